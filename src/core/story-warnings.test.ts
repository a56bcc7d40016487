import { describe, expect, it } from "vitest";
import { formatWarning, strictResult, validateStoryText } from "./validate.ts";

type Event = Record<string, unknown>;

function story(events: Event[]) {
  return {
    title: "T",
    description: "D",
    actors: [
      { id: "ukraine", name: "Ukraine" },
      { id: "russia", name: "Russia" },
    ],
    phases: [],
    sources: {
      gazette: { title: "G", publisher: "P", url: "https://example.org/", language: "en" },
    },
    events,
  };
}

const event = (id: string, extra: Event = {}): Event => ({
  id,
  date: "2025-03-11",
  title: "Talks",
  summary: "S",
  actors: ["ukraine"],
  tags: [],
  quotes: [],
  sources: ["gazette"],
  ...extra,
});

const text = (events: Event[]) => JSON.stringify(story(events), null, 2);
const validate = (events: Event[]) => validateStoryText("s.json", text(events));
const lineOf = (events: Event[], needle: string, nth = 0) =>
  text(events)
    .split("\n")
    .map((l, i) => [l, i + 1] as const)
    .filter(([l]) => l.includes(needle))[nth]?.[1];

describe("warnings", () => {
  it("does not warn about a tag of one event in a story of fewer than ten events", () => {
    const events = [event("a", { tags: ["ceasefire"] }), event("b")];
    expect(validate(events).warnings).toEqual([]);
  });

  it("accepts an event with no source and warns that it needs one before publishing", () => {
    const events = [event("a", { sources: [] }), event("b")];
    const result = validate(events);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.warnings).toHaveLength(1);
    const [w] = result.warnings;
    expect(w?.path).toBe("events[0].sources");
    expect(w?.line).toBe(lineOf(events, '"sources": []'));
    expect(formatWarning(w!)).toMatch(
      /^s\.json:\d+:\d+ {2}events\[0\]\.sources {2}warning: needs a source before publishing/,
    );
  });

  it("in strict mode rejects an event without sources at its JSON path", () => {
    const result = strictResult(validate([event("a", { sources: [] }), event("b")]));
    if (result.ok) throw new Error("accepted in strict mode");
    const match = result.problems.find((p) => p.path === "events[0].sources");
    expect(match?.message).toContain("must cite at least one source");
    expect(match?.message).toContain("needs a source before publishing");
  });

  it("in strict mode keeps the problems a story already had, with its warnings, in file order", () => {
    const result = strictResult(
      validate([event("a", { sources: [] }), event("b", { actors: ["nobody"] })]),
    );
    if (result.ok) throw new Error("accepted");
    expect(result.problems.map((p) => p.path)).toEqual([
      "events[0].sources",
      "events[1].actors[0]",
    ]);
  });

  it("leaves a story without warnings as it is in strict mode", () => {
    const result = strictResult(validate([event("a"), event("b")]));
    expect(result.ok).toBe(true);
  });

  it("warns about a tag used by a single event, suggesting the tag it resembles", () => {
    const events = [
      event("a", { tags: ["ceasefire"] }),
      event("b", { tags: ["ceasefire"] }),
      event("c", { tags: ["ceasfire"] }),
      ...Array.from({ length: 7 }, (_, i) => event(`e${i}`)),
    ];
    const result = validate(events);
    expect(result.warnings.map((w) => [w.path, w.message])).toEqual([
      [
        "events[2].tags[0]",
        'tag "ceasfire" is used by this event only (did you mean ceasefire?); a tag groups events, so check its spelling or remove it',
      ],
    ]);
  });
});

describe("problems say how to fix them", () => {
  it("suggests the nearest known actor for a typo", () => {
    const result = validate([event("a", { actors: ["ukriane"] })]);
    if (result.ok) throw new Error("accepted");
    expect(result.problems[0]?.message).toContain(
      'unknown actor "ukriane" (did you mean ukraine?)',
    );
  });

  it("suggests the nearest known source for a typo", () => {
    const result = validate([event("a", { sources: ["gazete"] })]);
    if (result.ok) throw new Error("accepted");
    expect(result.problems[0]?.message).toContain(
      'unknown source "gazete" (did you mean gazette?)',
    );
  });

  it("suggests nothing when no id is close", () => {
    const result = validate([event("a", { actors: ["china"] })]);
    if (result.ok) throw new Error("accepted");
    expect(result.problems[0]?.message).not.toContain("did you mean");
  });

  it("gives the line of the first use of a duplicate id", () => {
    const events = [event("talks"), event("other"), event("talks")];
    const result = validate(events);
    if (result.ok) throw new Error("accepted");
    const first = lineOf(events, '"id": "talks"');
    expect(result.problems[0]?.path).toBe("events[2].id");
    expect(result.problems[0]?.line).toBe(lineOf(events, '"id": "talks"', 1));
    expect(result.problems[0]?.message).toBe(
      `duplicate event id "talks" (first used at events[0], line ${first}); give one of them another id`,
    );
  });

  it.each([
    ["03/13/2025", '"03/13/2025" is not an EDTF date: write 2025-03-13'],
    ["13.03.2025", '"13.03.2025" is not an EDTF date: write 2025-03-13'],
    ["March 13, 2025", '"March 13, 2025" is not an EDTF date: write 2025-03-13'],
    ["03/04/2025", "write 2025-03-04 (March 4) or 2025-04-03 (April 3)"],
  ])("writes a date given as %j in EDTF in its message", (date, message) => {
    const result = validate([event("a", { date })]);
    if (result.ok) throw new Error("accepted");
    expect(result.problems[0]?.path).toBe("events[0].date");
    expect(result.problems[0]?.message).toContain(message);
  });
});
