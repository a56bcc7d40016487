import { describe, expect, it } from "vitest";
import type { Story } from "./schema.ts";
import { buildStoryModel } from "./story-model.ts";

const event = (id: string, date: string) => ({
  id,
  date,
  title: id,
  summary: id,
  actors: ["a"],
  tags: [],
  quotes: [],
  sources: ["s"],
});

const story: Story = {
  title: "T",
  description: "D",
  actors: [{ id: "a", name: "A" }],
  phases: [],
  sources: { s: { title: "S", publisher: "P", url: "https://p.example/s", language: "en" } },
  events: [event("call", "2025-03-18"), event("talks", "2025-03-11"), event("visit", "2025-03-12")],
  keyMoments: ["call", "talks"],
};

describe("the story model's key moments", () => {
  it("are the editor's chosen events, resolved and in date order", () => {
    const model = buildStoryModel(story);
    expect(model.keyMoments.map((e) => e.id)).toEqual(["talks", "call"]);
    expect(model.keyMoments[0]).toBe(model.byId.get("talks"));
  });

  it("are empty for a story without them", () => {
    expect(buildStoryModel({ ...story, keyMoments: undefined }).keyMoments).toEqual([]);
  });
});
