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
  const table = prefixTableBuilder();
  table.add(documents.map(prefixDocument));
  return searchWith(index, table.done());
}

function prefixDocument(doc: SearchDocument): PrefixDocument {
  return { id: doc.id, texts: FIELDS.map((field) => doc[field]) };
}

/** At most this long at a time, so an input that arrives meanwhile waits no longer. */
const SLICE_MS = 8;
/** Once the reader is at the search box, the build goes on in tasks this long instead. */
const HURRIED_SLICE_MS = 30;

interface Deadline {
  timeRemaining: () => number;
}

/** What the browser offers to schedule the build around the reader; each part may be missing. */
export interface Browser {
  requestIdleCallback?: (callback: (deadline: Deadline) => void) => unknown;
  /** The Prioritized Task Scheduling API (Chromium, Firefox). */
  scheduler?: Pick<Scheduler, "postTask">;
  /** `navigator.scheduling` (Chromium): is a keystroke or a click waiting for this task to end? */
  scheduling?: { isInputPending?: () => boolean };
}

function thisBrowser(): Browser {
  const { requestIdleCallback, scheduler } = globalThis as Browser;
  const { scheduling } = (globalThis.navigator ?? {}) as Browser;
  return { requestIdleCallback, scheduler, scheduling };
}

/**
 * The browser's next idle period; when `hurried` (or without requestIdleCallback, as in Safari)
 * the next task of background priority: it runs only when no input, rendering or React task is
 * waiting, so the keystrokes and results the reader is waiting for go first (a plain next task
 * where the browser has no such priority).
 */
function idle(hurried: boolean, browser: Browser): Promise<Deadline> {
  const { requestIdleCallback, scheduler } = browser;
  if (!hurried && requestIdleCallback) {
    return new Promise((resolve) => requestIdleCallback(resolve));
  }
  // A task has no deadline of its own: the slice's length (inIdleSlices) is its only bound.
  const task = (): Deadline => ({ timeRemaining: () => Infinity });
  if (scheduler) return scheduler.postTask(task, { priority: "background" });
  return new Promise((resolve) => setTimeout(() => resolve(task()), 0));
}

/**
 * Runs `work` on every item in idle periods, a few milliseconds at a time (no long task), or in
 * tasks of up to HURRIED_SLICE_MS once `hurry()` says the reader is waiting. A slice ends early
 * when an input is waiting for it.
 */
export async function inIdleSlices<T>(
  items: readonly T[],
  work: (item: T) => void,
  hurry: () => boolean,
  browser: Browser = thisBrowser(),
): Promise<void> {
  const inputPending = () => browser.scheduling?.isInputPending?.() === true;
  let i = 0;
  while (i < items.length) {
    const hurried = hurry();
    const deadline = await idle(hurried, browser);
    const until = performance.now() + (hurried ? HURRIED_SLICE_MS : SLICE_MS);
    do {
      const item = items[i++];
      if (item !== undefined) work(item);
    } while (
      i < items.length &&
      deadline.timeRemaining() > 1 &&
      performance.now() < until &&
      !inputPending()
    );
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
  const builder = prefixTableBuilder();
  await inIdleSlices(documents, (doc) => builder.add([prefixDocument(doc)]), hurry);
  const table = builder.done();
  onTable?.(searchWith(null, table));
  const index = emptyIndex();
  await inIdleSlices(documents, (doc) => index.add(doc), hurry);
  return searchWith(index, table);
}
