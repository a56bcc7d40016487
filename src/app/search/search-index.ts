import MiniSearch from "minisearch";
import type { StoryModel, DatedEvent } from "../../core/story-model.ts";
import { normalizeTerm, tokenize } from "./normalize.ts";

/**
 * Full-text search over the story's events: titles, summaries, quotes, speakers, places and the
 * titles of the sources cited. Case and diacritics are ignored, every word of the query must match
 * (all but the shortest may be one typo off) and a word matches as a prefix, so results follow the
 * reader's typing.
 */

/** For each matching event id, the document terms that matched (normalized), for highlighting. */
export type SearchHits = ReadonlyMap<string, ReadonlySet<string>>;

export interface SearchIndex {
  /** Undefined when the query has no words (no search is active). */
  search: (query: string) => SearchHits | undefined;
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

function searchWith(index: MiniSearch<SearchDocument>): SearchIndex {
  return {
    search(query) {
      if (!tokenize(query).some((word) => normalizeTerm(word))) return undefined;
      const hits = new Map<string, ReadonlySet<string>>();
      for (const result of index.search(query)) {
        hits.set(String(result.id), new Set(result.terms));
      }
      return hits;
    },
  };
}

export function createSearchIndex(model: StoryModel): SearchIndex {
  const index = emptyIndex();
  index.addAll(model.events.map((event) => toSearchDocument(event, model)));
  return searchWith(index);
}

/** The same index built in chunks between other tasks, so a large story never blocks input. */
export async function createSearchIndexAsync(model: StoryModel): Promise<SearchIndex> {
  const index = emptyIndex();
  const documents = model.events.map((event) => toSearchDocument(event, model));
  await index.addAllAsync(documents, { chunkSize: 500 });
  return searchWith(index);
}
