import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Story } from "./schema.ts";
import { buildStoryModel } from "./story-model.ts";
import { changedSince, changeLog, storyStamp } from "./updates.ts";

const story = JSON.parse(readFileSync("e2e/fixtures/updates-story.json", "utf8")) as Story;
const model = buildStoryModel(story);

describe("a developing story as readers see it", () => {
  it("stamps the masthead with the last update, its zone written out", () => {
    expect(storyStamp(story)).toBe("Updated 21 March 2025, 12:00 UTC");
  });

  it("says Published before any update, and nothing without dates", () => {
    expect(storyStamp({ published: "2025-03-19T09:00+02:00" })).toBe(
      "Published 19 March 2025, 09:00 UTC+2",
    );
    expect(storyStamp({})).toBeUndefined();
  });

  it("logs every update, correction and later addition, newest first", () => {
    expect(changeLog(model).map((c) => [c.kind, c.event.id, c.text])).toEqual([
      ["added", "follow-up-talks", ""],
      ["correction", "evening-call", "An earlier version gave the date of the call as 17 March."],
      [
        "updated",
        "conditions-set",
        "Added South's list of conditions as Fixture Wire published it.",
      ],
    ]);
  });

  it("finds exactly the events changed since a visit", () => {
    const at = (iso: string) => [...changedSince(model, new Date(iso))].sort();
    expect(at("2025-03-19T12:00Z")).toEqual(["conditions-set", "evening-call", "follow-up-talks"]);
    expect(at("2025-03-20T12:00Z")).toEqual(["evening-call", "follow-up-talks"]);
    expect(at("2025-03-21T12:00Z")).toEqual([]);
  });

  it("never counts an event of the first publication as new", () => {
    expect(changedSince(model, new Date("2000-01-01T00:00Z")).has("talks-open")).toBe(false);
  });
});
