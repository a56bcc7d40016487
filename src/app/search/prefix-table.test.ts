import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildStoryModel } from "../../core/story-model.ts";
import type { StoryModel } from "../../core/story-model.ts";
import type { Story } from "../../core/schema.ts";
import { normalizeTerm, tokenize } from "./normalize.ts";
import { prefixTableBuilder, shortWords } from "./prefix-table.ts";
import type { SearchHits } from "./prefix-table.ts";
import { createSearchIndex, createSearchIndexAsync, toSearchDocument } from "./search-index.ts";
import { testTimeline } from "./fixtures/test-story.ts";

/** Every beginning of a word in the story, up to five letters (the index is fuzzy from six). */
function prefixesOf(model: StoryModel): string[] {
  const prefixes = new Set<string>();
  for (const event of model.events) {
    for (const text of Object.values(toSearchDocument(event, model))) {
      for (const term of tokenize(text).map(normalizeTerm)) {
        for (let n = 1; n <= Math.min(5, term.length); n++) prefixes.add(term.slice(0, n));
      }
    }
  }
  return [...prefixes];
}

/** Every match with its words, as a map (the table finds an event's words when asked). */
function asMap(hits: SearchHits | undefined): Map<string, ReadonlySet<string>> | undefined {
  return hits && new Map([...hits.keys()].map((id) => [id, hits.get(id) ?? new Set()]));
}

/** The table's answer for each short query is the full-text index's, word for word. */
function expectSameAsIndex(model: StoryModel): void {
  const withTable = createSearchIndex(model);
  const indexOnly = createSearchIndex(model, false);
  const prefixes = prefixesOf(model);
  // Words of several letters, and pairs of them (every word must match).
  const pairs = prefixes.slice(0, 60).map((p, i) => `${p} ${prefixes[(i * 7) % prefixes.length]}`);
  const queries = [...prefixes, ...pairs, "q", "ž", "A", "É", "c ce", "Ceas PUT"];
  for (const query of queries) {
    expect(asMap(withTable.search(query)), query).toEqual(asMap(indexOnly.search(query)));
  }
}

describe("the prefix table", () => {
  it("answers every query of words up to five letters as the full-text index does", () => {
    expectSameAsIndex(testTimeline());
  });

  const path = "data/events.json";
  it.skipIf(!existsSync(path))("answers them as the index does over the real story", () => {
    expectSameAsIndex(buildStoryModel(JSON.parse(readFileSync(path, "utf8")) as Story));
  });

  it("lists each event once with the words that begin with the letters", () => {
    const builder = prefixTableBuilder();
    builder.add([
      { id: "a", texts: ["Ceasefire talks", "Cease, cease"] },
      { id: "b", texts: ["Crimea"] },
    ]);
    builder.add([{ id: "c", texts: ["No match here"] }]);
    const table = builder.done();
    expect(table.lookup("c")).toEqual(
      new Map([
        ["a", new Set(["ceasefire", "cease"])],
        ["b", new Set(["crimea"])],
      ]),
    );
    expect(table.lookup("ce")).toEqual(new Map([["a", new Set(["ceasefire", "cease"])]]));
    expect(table.lookup("x")).toEqual(new Map());
  });
});

describe("narrowing and the words of a match", () => {
  const documents = [
    { id: "a", texts: ["Ceasefire talks", "Cease, cease"] },
    { id: "b", texts: ["Crimea ceasefire"] },
    { id: "c", texts: ["Celebrations in Crimea"] },
    { id: "d", texts: ["No match here"] },
  ];
  const fresh = () => {
    const builder = prefixTableBuilder();
    builder.add(documents);
    return builder.done();
  };
  const ids = (hits: SearchHits) => [...hits.keys()].sort();

  it("answers a query that extends the last one as a fresh table does", () => {
    const typing = fresh();
    for (const prefix of ["c", "ce", "cea", "ceas", "ce", "cr", "crim"]) {
      expect(ids(typing.lookupAll([prefix])), prefix).toEqual(ids(fresh().lookupAll([prefix])));
    }
    for (const words of [["cr"], ["cr", "c"], ["cri", "ce"], ["crim", "cea"]]) {
      const hits = typing.lookupAll(words);
      expect(ids(hits), words.join(" ")).toEqual(ids(fresh().lookupAll(words)));
    }
    expect(ids(typing.lookupAll(["crim", "cea"]))).toEqual(["b"]);
  });

  it("gives each match the words of its own that begin with the letters", () => {
    const hits = fresh().lookupAll(["ce", "cr"]);
    expect(ids(hits)).toEqual(["b", "c"]);
    expect(hits.get("b")).toEqual(new Set(["crimea", "ceasefire"]));
    expect(hits.get("c")).toEqual(new Set(["celebrations", "crimea"]));
    expect(hits.get("a")).toBeUndefined();
    expect(fresh().lookupAll(["cease"]).get("a")).toEqual(new Set(["ceasefire", "cease"]));
  });
});

describe("shortWords", () => {
  it("takes the words of a query, normalized, when each is shorter than the fuzzy length", () => {
    expect(shortWords("C", 6)).toEqual(["c"]);
    expect(shortWords(" Ké, putin ", 6)).toEqual(["ke", "putin"]);
  });

  it("leaves a query with a longer word, or without words, to the full-text index", () => {
    expect(shortWords("cease ceasef", 6)).toBeUndefined();
    expect(shortWords("…", 6)).toBeUndefined();
  });
});

describe("the index built in the background", () => {
  it("answers short words from the table before the full index is ready", async () => {
    const model = testTimeline();
    let partial: ReturnType<typeof createSearchIndex> | undefined;
    const full = await createSearchIndexAsync(model, (p) => (partial = p));
    expect(partial?.canAnswer("nua")).toBe(true);
    expect(partial?.canAnswer("nuanses")).toBe(false);
    expect([...(partial?.search("nua")?.keys() ?? [])]).toEqual(["putin-press-conference"]);
    expect(full.canAnswer("nuanses")).toBe(true);
    expect([...(full.search("nuanses")?.keys() ?? [])]).toEqual(["putin-press-conference"]);
  });
});
