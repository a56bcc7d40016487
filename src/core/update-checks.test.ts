import { describe, expect, it } from "vitest";
import { validStory } from "./fixtures/mutable-story.ts";
import type { MutableStory } from "./fixtures/mutable-story.ts";
import { validateStoryText } from "./validate.ts";

const problemsOf = (mutate: (s: MutableStory) => void) => {
  const s = validStory();
  s.published = "2025-03-19T09:00+00:00";
  s.updated = "2025-03-21T12:00+00:00";
  mutate(s);
  const result = validateStoryText("story.json", JSON.stringify(s, null, 2));
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
};

const event = (s: MutableStory) => s.events[0]!;

describe("a developing story's dates", () => {
  it("accepts a story published, updated, with an added, an updated and a corrected event", () => {
    expect(
      problemsOf((s) => {
        event(s).added = "2025-03-20T08:00+01:00";
        event(s).updated = { at: "2025-03-21T12:00Z", what: "Added the readout." };
        event(s).corrections = [
          { at: "2025-03-20T16:30+00:00", text: "An earlier version erred." },
        ];
      }),
    ).toEqual([]);
  });

  it.each([
    ["a day", "2025-03-19"],
    ["a time without its zone", "2025-03-19T09:00"],
    ["an interval", "2025-03-19/2025-03-20"],
    ["words", "yesterday"],
  ])("refuses %s as the publication time", (_, value) => {
    const problems = problemsOf((s) => (s.published = value));
    expect(problems.join("\n")).toMatch(/^published: .*(date and time with its zone|EDTF)/m);
  });

  it("refuses an update before the publication", () => {
    expect(problemsOf((s) => (s.updated = "2025-03-19T08:59+00:00"))).toEqual([
      'updated: is before "published"; a story is updated after it is published',
    ]);
  });

  it("compares instants, not the times as written", () => {
    // 10:30 in Kyiv (UTC+2) is 08:30 UTC, before the publication at 09:00 UTC.
    expect(problemsOf((s) => (s.updated = "2025-03-19T10:30+02:00"))).toHaveLength(1);
    expect(problemsOf((s) => (s.updated = "2025-03-19T11:30+02:00"))).toEqual([]);
  });

  it("refuses an update without a publication", () => {
    expect(problemsOf((s) => delete s.published)).toEqual([
      'updated: needs "published" too: when the story was first published',
    ]);
  });

  it("refuses a correction dated after the story's last update", () => {
    const problems = problemsOf(
      (s) => (event(s).corrections = [{ at: "2025-03-22T09:00+00:00", text: "Fixed." }]),
    );
    expect(problems).toEqual([
      `events[0].corrections[0].at: this correction is after the story's last update (2025-03-21T12:00+00:00); move the story's "updated" to 2025-03-22T09:00+00:00 or later`,
    ]);
  });

  it("refuses a correction without its date or text", () => {
    const problems = problemsOf(
      (s) => (event(s).corrections = [{ text: "Fixed." }, { at: "2025-03-20T09:00Z" }]),
    );
    expect(problems.map((p) => p.split(":")[0])).toEqual([
      "events[0].corrections[0].at",
      "events[0].corrections[1].text",
    ]);
  });

  it("refuses an event added or updated after the story's last update", () => {
    const problems = problemsOf((s) => {
      event(s).added = "2025-03-22T09:00+00:00";
      s.events[1]!.updated = { at: "2025-03-23T09:00+00:00", what: "Reworded." };
    });
    expect(problems.map((p) => p.split(":")[0])).toEqual([
      "events[0].added",
      "events[1].updated.at",
    ]);
  });

  it("refuses an event updated before the story was published, or before it was added", () => {
    const problems = problemsOf((s) => {
      event(s).updated = { at: "2025-03-18T09:00+00:00", what: "Reworded." };
      s.events[1]!.added = "2025-03-20T09:00+00:00";
      s.events[1]!.updated = { at: "2025-03-19T12:00+00:00", what: "Reworded." };
    });
    expect(problems).toEqual([
      `events[0].updated.at: its update is before the story's "published"; the first version had it`,
      `events[1].updated.at: is before the event was "added"; it cannot be`,
    ]);
  });

  it("refuses changes to events of a story that records no publication", () => {
    const problems = problemsOf((s) => {
      delete s.published;
      delete s.updated;
      event(s).added = "2025-03-20T09:00+00:00";
    });
    expect(problems).toEqual([
      `events[0]: records a change (added, updated or corrections) but the story has no "published"; add the story's "published" and "updated"`,
    ]);
  });

  it("gives the line of the problem", () => {
    const s = validStory();
    s.published = "2025-03-19T09:00+00:00";
    s.updated = "2025-03-18T09:00+00:00";
    const result = validateStoryText("story.json", JSON.stringify(s, null, 2));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.line).toBeGreaterThan(1);
  });
});
