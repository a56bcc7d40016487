import { describe, expect, it } from "vitest";
import { keyMomentProblems, outletProblems } from "./source-checks.ts";
import { validateStoryText } from "./validate.ts";

const source = (publisher: string, url: string, extra: Record<string, unknown> = {}) => ({
  title: "A report",
  publisher,
  url,
  language: "en",
  ...extra,
});

const outlets = { Reuters: ["reuters.com"], "Kyiv Post": ["kyivpost.com"] };

describe("outlet checks", () => {
  it("accepts links on an outlet's own site, its subdomains and a host with a trailing dot", () => {
    const sources = {
      a: source("Reuters", "https://www.reuters.com/world/a"),
      b: source("Kyiv Post", "https://kyivpost.com./post/48808"),
    };
    expect(outletProblems({ outlets, sources })).toEqual([]);
  });

  it("reports a link to another site that is not marked as a copy, naming the site and the fix", () => {
    const sources = { a: source("Reuters", "https://seedsforwealth.com/detail?id=37100") };
    const [problem, ...rest] = outletProblems({ outlets, sources });
    expect(rest).toEqual([]);
    expect(problem?.[0]).toEqual(["sources", "a", "url"]);
    expect(problem?.[1]).toContain("links to seedsforwealth.com, which is not a site of Reuters");
    expect(problem?.[1]).toContain('"copy": { "kind": "copy" }');
  });

  it("accepts the same link once it is marked as a copy", () => {
    const sources = {
      a: source("Reuters", "https://seedsforwealth.com/detail?id=37100", {
        copy: { kind: "copy" },
      }),
    };
    expect(outletProblems({ outlets, sources })).toEqual([]);
  });

  it("does not take a look-alike domain for the outlet's own", () => {
    const sources = { a: source("Reuters", "https://notreuters.com/world/a") };
    expect(outletProblems({ outlets, sources })).toHaveLength(1);
  });

  it("reports a copy mark on the outlet's own site, and an original on another site", () => {
    const sources = {
      a: source("Reuters", "https://www.reuters.com/a", { copy: { kind: "copy" } }),
      b: source("Reuters", "https://copies.example/b", {
        copy: { kind: "copy", original: "https://elsewhere.example/b" },
      }),
    };
    expect(outletProblems({ outlets, sources }).map(([path]) => path)).toEqual([
      ["sources", "a", "copy"],
      ["sources", "b", "copy", "original"],
    ]);
  });

  it("asks for a publisher missing from outlets, and checks nothing when a story has no outlets", () => {
    const sources = { a: source("The Gazette", "https://gazette.example/a") };
    const [problem] = outletProblems({ outlets, sources });
    expect(problem?.[0]).toEqual(["sources", "a", "publisher"]);
    expect(problem?.[1]).toContain('"The Gazette" is not in "outlets"');
    expect(outletProblems({ sources })).toEqual([]);
  });
});

describe("key moment checks", () => {
  const events = [{ id: "talks" }, { id: "call" }];

  it("accepts ids of the story's events", () => {
    expect(keyMomentProblems({ events, keyMoments: ["call", "talks"] })).toEqual([]);
  });

  it("reports an unknown id and an id named twice", () => {
    expect(keyMomentProblems({ events, keyMoments: ["talks", "summit", "talks"] })).toEqual([
      [["keyMoments", 1], 'unknown event "summit"; use the id of one of "events"'],
      [["keyMoments", 2], 'event "talks" is already a key moment'],
    ]);
  });
});

describe("the validator", () => {
  it("reports an unmarked copy with file, line and JSON path", () => {
    const story = {
      title: "T",
      description: "D",
      outlets: { Reuters: ["reuters.com"] },
      actors: [{ id: "a", name: "A" }],
      phases: [],
      sources: { s: source("Reuters", "https://metapress.net/x") },
      events: [
        {
          id: "e",
          date: "2025-03-12",
          title: "E",
          summary: "S",
          actors: ["a"],
          tags: [],
          quotes: [],
          sources: ["s"],
        },
      ],
    };
    const result = validateStoryText("story.json", JSON.stringify(story, null, 2));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: "story.json", path: "sources.s.url" });
    expect(result.problems[0]?.line).toBeGreaterThan(1);
    expect(result.problems[0]?.message).toContain("metapress.net");
  });
});
