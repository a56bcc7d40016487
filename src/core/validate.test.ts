import { describe, expect, it } from "vitest";
import { formatPath } from "./json-text.ts";
import { formatProblem, validateStoryText } from "./validate.ts";

/** A small valid story; each malformed case below changes one thing. */
function story(): Record<string, unknown> {
  return {
    title: "T",
    description: "D",
    actors: [
      { id: "north", name: "North", color: "#2b6cb0" },
      { id: "south", name: "South" },
    ],
    phases: [{ id: "talks", title: "Talks", date: "2025-03-10/2025-03-20" }],
    sources: {
      gazette: { title: "G", publisher: "P", url: "https://example.org/", language: "en" },
    },
    events: [
      {
        id: "first",
        date: "2025-03-11",
        title: "First",
        summary: "S",
        actors: ["north"],
        tags: [],
        quotes: [
          {
            text: "Words.",
            speaker: "A",
            date: "2025-03-11",
            source: "gazette",
            language: "en",
            translated: false,
          },
        ],
        sources: ["gazette"],
      },
      {
        id: "second",
        date: "2025-03",
        title: "Second",
        summary: "S",
        actors: ["south"],
        tags: [],
        quotes: [],
        sources: ["gazette"],
      },
    ],
  };
}

type Mutation = (s: ReturnType<typeof story> & { events: Record<string, unknown>[] }) => void;

const validate = (value: unknown) =>
  validateStoryText("data/events.json", JSON.stringify(value, null, 2));

describe("validateStoryText", () => {
  it("accepts a valid story", () => {
    const result = validate(story());
    expect(result.ok).toBe(true);
  });

  const cases: [string, Mutation, string, string][] = [
    ["a missing title", (s) => delete s.title, "title", "is required"],
    ["a title of the wrong type", (s) => (s.title = 3), "title", "expected string"],
    [
      "an empty summary",
      (s) => ((s.events[0] as Record<string, unknown>).summary = "  "),
      "events[0].summary",
      "must not be empty",
    ],
    [
      "a month 13",
      (s) => (s.events[0]!.date = "2025-13-01"),
      "events[0].date",
      '"2025-13-01" is not an EDTF date',
    ],
    [
      "30 February",
      (s) => (s.events[0]!.date = "2025-02-30"),
      "events[0].date",
      "is not a real date",
    ],
    [
      "a reversed interval",
      (s) => (s.events[0]!.date = "2025-03-12/2025-03-01"),
      "events[0].date",
      "ends before it starts",
    ],
    [
      "a phase that is not an interval",
      (s) => ((s.phases as Record<string, unknown>[])[0]!.date = "2025-03"),
      "phases[0].date",
      "must be an EDTF interval",
    ],
    [
      "a duplicate event id",
      (s) => (s.events[1]!.id = "first"),
      "events[1].id",
      'duplicate event id "first"',
    ],
    [
      "an id that is not a slug",
      (s) => (s.events[0]!.id = "First Event"),
      "events[0].id",
      "lowercase ASCII slug",
    ],
    [
      "an unknown actor",
      (s) => (s.events[0]!.actors = ["east"]),
      "events[0].actors[0]",
      'unknown actor "east"',
    ],
    [
      "an unknown source",
      (s) => (s.events[1]!.sources = ["herald"]),
      "events[1].sources[0]",
      'unknown source "herald"',
    ],
    [
      "a quote from an uncited source",
      (s) =>
        (s.events[1]!.quotes = (s.events[0]!.quotes as unknown[]).map((q) => ({
          ...(q as object),
          source: "herald",
        }))),
      "events[1].quotes[0].source",
      'unknown source "herald"',
    ],
    [
      "HTML in a title",
      (s) => (s.events[0]!.title = "<b>First</b>"),
      "events[0].title",
      "must be plain text, not HTML",
    ],
    [
      "an HTML entity in a summary",
      (s) => (s.events[0]!.summary = "Tom &amp; Jerry"),
      "events[0].summary",
      "must be plain text",
    ],
    [
      "a javascript: URL",
      (s) =>
        ((s.sources as Record<string, Record<string, unknown>>).gazette!.url =
          "javascript:alert(1)"),
      "sources.gazette.url",
      "must be an http(s) URL",
    ],
    [
      "a relative URL",
      (s) => ((s.sources as Record<string, Record<string, unknown>>).gazette!.url = "/news"),
      "sources.gazette.url",
      "must be an absolute URL",
    ],
    [
      "an unknown field",
      (s) => (s.events[0]!.headline = "x"),
      "events[0].headline",
      'unknown field "headline"',
    ],
    [
      "a quote without a speaker",
      (s) => delete (s.events[0]!.quotes as Record<string, unknown>[])[0]!.speaker,
      "events[0].quotes[0].speaker",
      "is required",
    ],
    [
      "a bad colour",
      (s) => ((s.actors as Record<string, unknown>[])[0]!.color = "blue"),
      "actors[0].color",
      "must be a hex colour",
    ],
    [
      "a bad language code",
      (s) => ((s.sources as Record<string, Record<string, unknown>>).gazette!.language = "English"),
      "sources.gazette.language",
      "BCP 47",
    ],
    [
      "translated not a boolean",
      (s) => ((s.events[0]!.quotes as Record<string, unknown>[])[0]!.translated = "no"),
      "events[0].quotes[0].translated",
      "expected boolean",
    ],
  ];

  it.each(cases)("rejects %s at its JSON path", (_name, mutate, path, message) => {
    const s = story() as Parameters<Mutation>[0];
    mutate(s);
    const result = validate(s);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const match = result.problems.find((p) => p.path === path);
    expect(match, JSON.stringify(result.problems)).toBeDefined();
    expect(match?.message).toContain(message);
  });

  it("names the line and column of the bad value", () => {
    const s = story() as Parameters<Mutation>[0];
    s.events[0]!.date = "2025-13-01";
    const text = JSON.stringify(s, null, 2);
    const result = validateStoryText("data/events.json", text);
    if (result.ok) throw new Error("expected a problem");
    const lines = text.split("\n");
    const line = lines.findIndex((l) => l.includes('"2025-13-01"')) + 1;
    const col = (lines[line - 1]?.indexOf('"2025-13-01"') ?? 0) + 1;
    expect(formatProblem(result.problems[0]!)).toBe(
      `data/events.json:${line}:${col}  events[0].date  "2025-13-01" is not an EDTF date (there is no month 13)`,
    );
  });

  it("reports duplicate ids and reversed intervals in one run, with schema errors elsewhere", () => {
    const s = story() as Parameters<Mutation>[0];
    s.events[1]!.id = "first";
    s.events[0]!.date = "2025-03-12/2025-03-01";
    const result = validate(s);
    if (result.ok) throw new Error("expected problems");
    expect(result.problems.map((p) => p.path)).toEqual(["events[0].date", "events[1].id"]);
  });

  it.each([
    ["", "(root)", "file is empty"],
    ["\uFEFF{}", "(root)", "byte-order mark"],
    ['{\n  "title": "T",\n  "description": \n}', "(json)", "invalid JSON: expected a value"],
    ['{"title": "T",}', "(json)", "invalid JSON"],
    ["[1, 2]", "(root)", "expected object"],
  ])("rejects the file text %j", (text, path, message) => {
    const result = validateStoryText("f.json", text);
    if (result.ok) throw new Error("expected a problem");
    expect(result.problems[0]?.path).toBe(path);
    expect(result.problems[0]?.message).toContain(message);
  });

  it("gives the line of a JSON syntax error", () => {
    const result = validateStoryText("f.json", '{\n  "title": "T",\n  "description": \n}');
    if (result.ok) throw new Error("expected a problem");
    expect(result.problems[0]?.line).toBe(4);
  });
});

describe("formatPath", () => {
  it("writes array indexes in brackets and odd keys quoted", () => {
    expect(formatPath(["events", 3, "quotes", 0, "source"])).toBe("events[3].quotes[0].source");
    expect(formatPath(["sources", "a b", "url"])).toBe('sources["a b"].url');
    expect(formatPath([])).toBe("(root)");
  });
});

describe("a story whose actor has an object for an id", () => {
  it("gets problems, and the validator does not throw listing the known actors", () => {
    const text = JSON.stringify({
      title: "T",
      description: "D",
      actors: [{ id: {}, name: "A" }],
      phases: [],
      sources: {},
      events: [{ id: "e", date: "2025-03-13", title: "E", summary: "S", actors: ["x"] }],
    });
    const result = validateStoryText("f.json", text);
    if (result.ok) throw new Error("expected problems");
    expect(result.problems.some((p) => p.path.startsWith("actors[0].id"))).toBe(true);
  });
});
