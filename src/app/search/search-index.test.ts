import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildStoryModel } from "../../core/story-model.ts";
import type { Story } from "../../core/schema.ts";
import { createSearchIndex } from "./search-index.ts";
import { testTimeline } from "./fixtures/test-story.ts";

const model = testTimeline();
const index = createSearchIndex(model);

function ids(query: string): string[] | undefined {
  const hits = index.search(query);
  return hits && [...hits.keys()].sort();
}

describe("createSearchIndex", () => {
  it("finds an event by a word of its quote", () => {
    expect(ids("nuances")).toEqual(["putin-press-conference"]);
  });

  it("ignores case and diacritics, in the query and in the text", () => {
    expect(ids("NUANCES")).toEqual(["putin-press-conference"]);
    expect(ids("nuancés")).toEqual(["putin-press-conference"]);
    expect(ids("zelenskyy")).toEqual(["zelenskyy-address"]);
    const accented = testTimeline([
      {
        id: "kyiv-visit",
        date: "2025-03-20",
        title: "Visit to Kyïv",
        summary: "A visit.",
        actors: ["usa"],
        tags: [],
        quotes: [],
        sources: ["wire"],
      },
    ]);
    const hits = createSearchIndex(accented).search("kyiv");
    expect([...(hits?.keys() ?? [])]).toContain("kyiv-visit");
  });

  it("matches a word by its beginning while the reader types", () => {
    expect(ids("nua")).toEqual(["putin-press-conference"]);
    expect(ids("zel")).toEqual(["zelenskyy-address"]);
  });

  it("searches summaries, speakers, places and source titles", () => {
    expect(ids("principle")).toEqual(["putin-press-conference"]);
    expect(ids("rubio")).toEqual(["jeddah-talks"]);
    expect(ids("odesa")).toEqual(["strikes"]);
    expect(ids("lukashenko")).toEqual(["putin-press-conference"]);
  });

  it("requires every word of the query to match", () => {
    expect(ids("ceasefire proposal")).toEqual(["jeddah-talks", "putin-press-conference"]);
    expect(ids("ceasefire putin")).toEqual(["putin-press-conference"]);
    expect(ids("ceasefire odesa")).toEqual([]);
  });

  it("forgives one typo in a long word but not in a short one", () => {
    expect(ids("nuanses")).toEqual(["putin-press-conference"]);
    expect(ids("kyev")).toEqual([]);
  });

  it("reports the matched words of each event for highlighting", () => {
    expect(index.search("nua putin")?.get("putin-press-conference")).toEqual(
      new Set(["nuances", "putin"]),
    );
  });

  it("is inactive for a query without words", () => {
    expect(index.search("")).toBeUndefined();
    expect(index.search("  … ")).toBeUndefined();
  });
});

describe("the real story", () => {
  const path = "data/events.json";
  it.skipIf(!existsSync(path))("finds Putin's 13 March press conference by “nuances”", () => {
    const story = JSON.parse(readFileSync(path, "utf8")) as Story;
    const real = buildStoryModel(story);
    const hits = createSearchIndex(real).search("nuances");
    const found = [...(hits?.keys() ?? [])].map((id) => real.byId.get(id)!);
    expect(found.some((e) => e.date.startsWith("2025-03-13") && /putin/i.test(e.title))).toBe(true);
  });
});
