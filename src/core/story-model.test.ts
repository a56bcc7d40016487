import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildStoryModel } from "./story-model.ts";
import type { Story } from "./schema.ts";

const fixture = JSON.parse(readFileSync("e2e/fixtures/small-story.json", "utf8")) as Story;

describe("buildStoryModel", () => {
  it("parses every quote's and source's date once, into the model", () => {
    const model = buildStoryModel(fixture);
    const quote = model.byId.get("talks-open")?.quotes[0];
    expect(quote?.when.start).toEqual(new Date(2025, 2, 11));
    expect(quote?.when.precision).toBe("day");
    expect(model.story.sources.gazette?.publishedWhen?.start).toEqual(new Date(2025, 2, 11));
  });

  it("leaves a source without a publication date without one", () => {
    const story = structuredClone(fixture);
    delete story.sources.gazette!.published;
    expect(buildStoryModel(story).story.sources.gazette).not.toHaveProperty("publishedWhen");
  });

  it("runs an event still going on to the end of the day it is built, flagged open", () => {
    const story = structuredClone(fixture);
    story.events[0]!.date = "2025-03-11/..";
    const model = buildStoryModel(story, { now: new Date(2026, 0, 15, 9) });
    const when = model.byId.get("talks-open")!.when;
    expect(when).toMatchObject({ interval: true, open: true });
    expect(when.end).toEqual(new Date(2026, 0, 16));
    expect(model.extent.end).toEqual(new Date(2026, 0, 16));
  });

  it("keeps an editor's display date beside the parsed date", () => {
    const story = structuredClone(fixture);
    story.events[0]!.displayDate = "Spring 2025";
    const event = buildStoryModel(story).byId.get("talks-open");
    expect(event?.displayDate).toBe("Spring 2025");
    expect(event?.when.start).toEqual(new Date(2025, 2, 11));
  });
});

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
