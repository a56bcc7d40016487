import { describe, expect, it } from "vitest";
import { buildStoryModel } from "./story-model.ts";
import { validateStoryText } from "./validate.ts";
import { validStory } from "./fixtures/mutable-story.ts";

const withAliases = (aliases: string[][]) => {
  const story = validStory();
  aliases.forEach((a, i) => {
    if (story.events[i]) (story.events[i] as Record<string, unknown>).aliases = a;
  });
  return validateStoryText("story.json", JSON.stringify(story, null, 2));
};

describe("an event's earlier ids (aliases)", () => {
  it("are accepted and lead to the event in the model", () => {
    const result = withAliases([["an-old-id"]]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const model = buildStoryModel(result.story);
    const first = result.story.events[0]!;
    expect(model.aliases.get("an-old-id")).toBe(first.id);
  });

  it("may not be another event's id, nor the event's own", () => {
    const b = validStory().events[1];
    const result = withAliases([[String(b!.id)], [String(b!.id)]]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.path, p.message])).toEqual([
      [
        "events[0].aliases[0]",
        `earlier id "${String(b!.id)}" is also events[1]'s; an old link can open only one event`,
      ],
      ["events[1].aliases[0]", "is the event's own id; list only earlier ids"],
    ]);
  });
});
