import MiniSearch from "minisearch";
import type { StoryModel, DatedEvent } from "../../core/story-model.ts";
import { normalizeTerm, tokenize } from "./normalize.ts";
import { prefixTableBuilder, shortWords } from "./prefix-table.ts";
import type { PrefixDocument, PrefixTable, SearchHits } from "./prefix-table.ts";

/**
 * Full-text search over the story's events: titles, summaries, quotes, speakers, places and the
 * titles of the sources cited. Case and diacritics are ignored, every word of the query must match
 * (all but the shortest may be one typo off) and a word matches as a prefix, so results follow the
 * reader's typing. A query of short words (the start of every search) is answered from a table of
 * the story's words by first letter (prefix-table.ts): the same matches, without scoring most of
 * the story; the full-text index answers the rest.
 */

export type { SearchHits };

export interface SearchIndex {
  /** Undefined when the query has no words (no search is active). */
  search: (query: string) => SearchHits | undefined;
  /** False while only the table is built and the query needs the full-text index. */
  canAnswer: (query: string) => boolean;
}

interface SearchDocument {
  id: string;
  title: string;
  summary: string;
  quotes: string;
  speakers: string;
  place: string;
  sources: string;
}

const FIELDS = ["title", "summary", "quotes", "speakers", "place", "sources"] as const;

// A typo is forgiven only in longer words: at four letters one edit reaches unrelated words.
const FUZZY_FROM_LENGTH = 6;

/** The text of one event as the index sees it, one string per field. */
export function toSearchDocument(event: DatedEvent, model: StoryModel): SearchDocument {
  const { sources } = model.story;
  return {
    id: event.id,
    title: event.title,
    summary: event.summary,
    quotes: event.quotes.map((q) => q.text).join("\n"),
    speakers: [...new Set(event.quotes.map((q) => q.speaker))].join("\n"),
    place: event.place ?? "",
    sources: event.sources.map((id) => sources[id]?.title ?? "").join("\n"),
  };
}

function emptyIndex(): MiniSearch<SearchDocument> {
  return new MiniSearch<SearchDocument>({
    fields: [...FIELDS],
    tokenize,
    processTerm: normalizeTerm,
    searchOptions: {
      prefix: true,
      fuzzy: (term) => (term.length >= FUZZY_FROM_LENGTH ? 1 : false),
      combineWith: "AND",
    },
  });
}

function searchWith(index: MiniSearch<SearchDocument> | null, table?: PrefixTable): SearchIndex {
  const fromTable = (query: string) => table && shortWords(query, FUZZY_FROM_LENGTH);
  return {
    canAnswer: (query) => index !== null || fromTable(query) !== undefined,
    search(query) {
      if (!tokenize(query).some((word) => normalizeTerm(word))) return undefined;
      const words = fromTable(query);
      if (table && words) return table.lookupAll(words);
      const hits = new Map<string, ReadonlySet<string>>();
      for (const result of index?.search(query) ?? []) {
        hits.set(String(result.id), new Set(result.terms));
      }
      return hits;
    },
  };
}

/** `withTable: false` answers short queries from the full-text index too (to compare the two). */
export function createSearchIndex(model: StoryModel, withTable = true): SearchIndex {
  const index = emptyIndex();
  const documents = model.events.map((event) => toSearchDocument(event, model));
  index.addAll(documents);
  if (!withTable) return searchWith(index);
  const table = prefixTableBuilder(textsOf(model));
  table.add(documents.map(prefixDocument));
  return searchWith(index, table.done());
}

function prefixDocument(doc: SearchDocument): PrefixDocument {
  return { id: doc.id, texts: FIELDS.map((field) => doc[field]) };
}

/** An event's texts as the table saw them, made again for the few matches the list draws. */
function textsOf(model: StoryModel): (id: string) => readonly string[] | undefined {
  return (id) => {
    const event = model.byId.get(id);
    return event && prefixDocument(toSearchDocument(event, model)).texts;
  };
}

/** At most this long at a time, so an input that arrives meanwhile waits no longer. */
const SLICE_MS = 8;
/** Once the reader is at the search box, the build goes on in tasks this long instead. */
const HURRIED_SLICE_MS = 30;

interface Deadline {
  timeRemaining: () => number;
}

/**
 * The browser's next idle period; the next task when `hurried` (or without requestIdleCallback,
 * as in Safari).
 */
function idle(hurried: boolean): Promise<Deadline> {
  if (!hurried && typeof requestIdleCallback === "function") {
    return new Promise((resolve) => requestIdleCallback(resolve));
  }
  return new Promise((resolve) =>
    setTimeout(() => {
      const end = performance.now() + (hurried ? HURRIED_SLICE_MS : SLICE_MS);
      resolve({ timeRemaining: () => end - performance.now() });
    }, 0),
  );
}

/**
 * Runs `work` on every item in idle periods, a few milliseconds at a time (no long task), or in
 * tasks of HURRIED_SLICE_MS once `hurry()` says the reader is waiting.
 */
async function inIdleSlices<T>(
  items: readonly T[],
  work: (item: T) => void,
  hurry: () => boolean,
): Promise<void> {
  let i = 0;
  while (i < items.length) {
    const hurried = hurry();
    const deadline = await idle(hurried);
    const until = performance.now() + (hurried ? HURRIED_SLICE_MS : SLICE_MS);
    do {
      const item = items[i++];
      if (item !== undefined) work(item);
    } while (i < items.length && deadline.timeRemaining() > 1 && performance.now() < until);
  }
}

/**
 * The same index built in the browser's idle time, so a large story never blocks input. The
 * table comes first (it is quicker to build and answers the first letters typed): `onTable` hears
 * of an index that answers what the table can, before the full one is ready. `hurry` tells when
 * the reader is waiting (at the search box): the rest is built in longer tasks.
 */
export async function createSearchIndexAsync(
  model: StoryModel,
  onTable?: (partial: SearchIndex) => void,
  hurry: () => boolean = () => false,
): Promise<SearchIndex> {
  const documents = model.events.map((event) => toSearchDocument(event, model));
  const builder = prefixTableBuilder(textsOf(model));
  await inIdleSlices(documents, (doc) => builder.add([prefixDocument(doc)]), hurry);
  const table = builder.done();
  onTable?.(searchWith(null, table));
  const index = emptyIndex();
  await inIdleSlices(documents, (doc) => index.add(doc), hurry);
  return searchWith(index, table);
}
