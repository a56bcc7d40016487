import { describe, expect, it } from "vitest";
import { validStory } from "./fixtures/mutable-story.ts";
import type { MutableStory } from "./fixtures/mutable-story.ts";
import { MAX_ID_LENGTH } from "./ids.ts";
import { validateStoryText } from "./validate.ts";

const problemsOf = (mutate: (s: MutableStory) => void) => {
  const s = validStory();
  mutate(s);
  const result = validateStoryText("story.json", JSON.stringify(s, null, 2));
  return result.ok ? [] : result.problems;
};

describe("ids named twice in one event's list", () => {
  it.each([
    ["actors", ["north", "south", "north"], "events[0].actors[2]", '"north"'],
    ["tags", ["diplomacy", "diplomacy"], "events[0].tags[1]", '"diplomacy"'],
    ["sources", ["gazette", "gazette"], "events[0].sources[1]", '"gazette"'],
  ])("are refused in %s, naming the repeated id", (list, ids, path, id) => {
    const problems = problemsOf((s) => (s.events[0]![list] = ids));
    const found = problems.find((p) => p.path === path);
    expect(found?.message, JSON.stringify(problems)).toContain(`repeats ${id}`);
    expect(found?.line).toBeGreaterThan(1);
  });

  it("are refused in the story's phases too", () => {
    const problems = problemsOf((s) => s.phases.push({ ...s.phases[0] }));
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      [
        "phases[1].id",
        'duplicate phase id "talks" (first used at phases[0], line 17); give one of them another id',
      ],
    ]);
  });

  it("are refused while the same id in two events is fine", () => {
    expect(problemsOf((s) => (s.events[1]!.actors = ["north", "south"]))).toEqual([]);
  });
});

describe("the length of an id", () => {
  const long = (n: number) => "a".repeat(n);

  it(`may be ${MAX_ID_LENGTH} characters`, () => {
    expect(problemsOf((s) => (s.events[0]!.id = long(MAX_ID_LENGTH)))).toEqual([]);
  });

  it.each([
    ["an event", (s: MutableStory, id: string) => (s.events[0]!.id = id), "events[0].id"],
    ["an actor", (s: MutableStory, id: string) => (s.actors[1]!.id = id), "actors[1].id"],
    ["a phase", (s: MutableStory, id: string) => (s.phases[0]!.id = id), "phases[0].id"],
    ["a tag", (s: MutableStory, id: string) => (s.events[0]!.tags = [id]), "events[0].tags[0]"],
  ])("is at most MAX_ID_LENGTH for %s, with a message saying why", (_kind, set, path) => {
    for (const n of [MAX_ID_LENGTH + 1, 201, 256]) {
      const problems = problemsOf((s) => set(s, long(n)));
      const found = problems.find((p) => p.path === path);
      expect(found?.message, JSON.stringify(problems)).toContain(
        `must be at most ${MAX_ID_LENGTH} characters`,
      );
    }
  });

  it("is at most MAX_ID_LENGTH for a source's key", () => {
    const key = long(MAX_ID_LENGTH + 1);
    const problems = problemsOf((s) => {
      s.sources[key] = s.sources.gazette!;
      s.events[0]!.sources = ["gazette", key];
    });
    expect(problems.some((p) => p.message.includes("must be at most"))).toBe(true);
  });
});

describe("the no-HTML rule", () => {
  const summary = (text: string) => problemsOf((s) => (s.events[0]!.summary = text));

  it.each([
    ["&#X3C;script&#X3E;", "&#X3C;"],
    ["1 &#60 2", "&#60"],
    ["1 &lt 2", "&lt"],
    ["&LT;b&GT;", "&LT;"],
    ["Tom &amp Jerry", "&amp"],
    ["&#x3c", "&#x3c"],
    ["&#0060;", "&#0060;"],
    ["caf&eacute", "&eacute"],
    ["a &copy; b", "&copy;"],
    ["<b>bold</b>", "<b"],
  ])("refuses %j, naming %j", (text, found) => {
    const problems = summary(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe("events[0].summary");
    expect(problems[0]?.message).toContain("must be plain text, not HTML");
    expect(problems[0]?.message).toContain(`“${found}`);
  });

  it.each([
    "AT&T and R&D",
    "Q&A, S&P 500, M&S, P&O",
    "fish & chips",
    "&",
    "a&b",
    "& lt",
    "&# 60",
    "&#x",
    "&#xg",
    "1 < 2 and 3 > 2",
  ])("accepts the plain text %j", (text) => {
    expect(summary(text)).toEqual([]);
  });
});
