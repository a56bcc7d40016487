import { describe, expect, it } from "vitest";
import type { Json } from "../core/json-diff.ts";
import { mergeStories } from "./merge.ts";

const base = {
  title: "T",
  events: [
    { id: "a", title: "A", summary: "a" },
    { id: "b", title: "B", summary: "b" },
  ],
} satisfies Json;

describe("mergeStories", () => {
  it("takes each side's changes to different fields", () => {
    const mine = structuredClone(base);
    mine.events[0]!.title = "A, mine";
    const theirs = structuredClone(base);
    theirs.events[1]!.summary = "b, theirs";
    const { story, conflicts } = mergeStories(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(story).toEqual({
      title: "T",
      events: [
        { id: "a", title: "A, mine", summary: "a" },
        { id: "b", title: "B", summary: "b, theirs" },
      ],
    });
  });

  it("keeps events added on both sides and drops one deleted on disk", () => {
    const mine = structuredClone(base) as { title: string; events: Json[] };
    mine.events.push({ id: "mine", title: "M", summary: "m" });
    const theirs = structuredClone(base) as { title: string; events: Json[] };
    theirs.events.shift();
    theirs.events.push({ id: "theirs", title: "Th", summary: "t" });
    const { story } = mergeStories(base, mine, theirs);
    const ids = (story as { events: { id: string }[] }).events.map((e) => e.id);
    expect(ids).toEqual(["b", "theirs", "mine"]);
  });

  it("keeps the editor's value where both changed the same field, and names it", () => {
    const mine = { ...base, title: "Mine" };
    const theirs = { ...base, title: "Theirs" };
    expect(mergeStories(base, mine, theirs)).toEqual({ story: mine, conflicts: ["title"] });
  });
});
