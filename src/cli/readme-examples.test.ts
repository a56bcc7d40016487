import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateStoryText } from "../core/validate.ts";

/**
 * The README's "Adding or correcting an event" examples, pasted where it says (the source into the
 * top-level `sources`, the event into `events`) in a copy of data/events.json, must validate.
 */

const README = readFileSync("README.md", "utf8");
const STORY = "data/events.json";

/** The JSON block after each `<!-- example: kind -->` marker, parsed. */
function examples(kind: string): unknown[] {
  const marker = new RegExp(`<!-- example: ${kind} -->\\s*\`\`\`json\\n([\\s\\S]*?)\`\`\``, "g");
  return [...README.matchAll(marker)].map((m) => JSON.parse(m[1]!) as unknown);
}

interface StoryCopy {
  outlets: Record<string, unknown>;
  sources: Record<string, unknown>;
  events: { id: string }[];
}

describe("the README's examples", () => {
  const sources = examples("source") as Record<string, unknown>[];
  const events = examples("event") as { id: string }[];
  const outlets = examples("outlet") as Record<string, unknown>[];

  it("are there: one outlet, one source entry and one event", () => {
    expect(outlets).toHaveLength(1);
    expect(sources).toHaveLength(1);
    expect(events).toHaveLength(1);
  });

  it("are new to the story, so pasting them adds rather than repeats", () => {
    const story = JSON.parse(readFileSync(STORY, "utf8")) as StoryCopy;
    for (const id of Object.keys(sources[0]!)) expect(story.sources).not.toHaveProperty(id);
    for (const name of Object.keys(outlets[0]!)) expect(story.outlets).not.toHaveProperty(name);
    expect(story.events.map((e) => e.id)).not.toContain(events[0]!.id);
  });

  it("validate when pasted into a copy of data/events.json", () => {
    const story = JSON.parse(readFileSync(STORY, "utf8")) as StoryCopy;
    Object.assign(story.outlets, ...outlets);
    Object.assign(story.sources, ...sources);
    story.events.push(...events);
    const result = validateStoryText(STORY, JSON.stringify(story, null, 2));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it("include a photograph that validates on an event, and is refused without its alt text", () => {
    const media = examples("media") as Record<string, unknown>[];
    expect(media).toHaveLength(1);
    const withMedia = (item: Record<string, unknown>) => {
      const story = JSON.parse(readFileSync(STORY, "utf8")) as StoryCopy;
      Object.assign(story.events[0]!, { media: [item] });
      const files = { dir: "data/media", exists: (name: string) => name === item.file };
      return validateStoryText(STORY, JSON.stringify(story, null, 2), files);
    };
    const result = withMedia(media[0]!);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(withMedia({ ...media[0]!, alt: undefined }).ok).toBe(false);
  });

  it("would fail without the source entry (the event's citation is checked)", () => {
    const story = JSON.parse(readFileSync(STORY, "utf8")) as StoryCopy;
    story.events.push(...events);
    expect(validateStoryText(STORY, JSON.stringify(story, null, 2)).ok).toBe(false);
  });
});
