import { normalizeTerm, tokenize } from "./normalize.ts";

/**
 * The story's words grouped by their first letter, each with the events that contain it: the answer
 * to a query of short words without the full-text index. The first letters of every search match
 * most events: the index scores every one of them (BM25 per word, per field) only for the list to
 * ignore the scores, which at 10,000 events kept the page busy for 40 ms on the first letter. Here
 * the same matches are a walk over the words that begin with the letters, with the same tokenizer
 * and normalization as the index, so the results are the same: every word of the query must begin
 * a word of the event. The table is built before the index, so typing is answered sooner too.
 *
 * A lookup finds which events match at once and their matched words only when asked (for the
 * rows the list draws, a few dozen of thousands), and a query that extends the last one ("cea"
 * after "ce") walks only the words the last one found.
 */

/** For each matching event id, the document terms that matched (normalized), for highlighting. */
export interface SearchHits {
  readonly size: number;
  has: (id: string) => boolean;
  get: (id: string) => ReadonlySet<string> | undefined;
  keys: () => IterableIterator<string>;
}

export interface PrefixTable {
  /** For each event with a word starting with `prefix` (normalized), the words that do. */
  lookup: (prefix: string) => Map<string, Set<string>>;
  /** Events where every one of `prefixes` begins a word, with the words they begin. */
  lookupAll: (prefixes: readonly string[]) => SearchHits;
}

export interface PrefixDocument {
  id: string;
  texts: readonly string[];
}

/** Adds documents as they come (in chunks, between other tasks, for large stories). */
export interface PrefixTableBuilder {
  add: (documents: readonly PrefixDocument[]) => void;
  done: () => PrefixTable;
}

/** The distinct terms of `texts` (normalized), in order of first appearance. */
function termsOf(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const text of texts) {
    for (const token of tokenize(text)) {
      const term = normalizeTerm(token);
      if (term) seen.add(term);
    }
  }
  return [...seen];
}

/** Matches whose words are picked from the event's when asked for, once per event. */
function lazyHits(
  marks: Uint8Array,
  size: number,
  prefixes: readonly string[],
  { ids, numberOf, terms }: Documents,
): SearchHits {
  const found = new Map<string, ReadonlySet<string>>();
  /** The event's number when it matched. */
  const matching = (id: string) => {
    const n = numberOf.get(id);
    return n !== undefined && marks[n] === 1 ? n : undefined;
  };
  return {
    size,
    has: (id) => matching(id) !== undefined,
    *keys() {
      for (let n = 0; n < marks.length; n++) if (marks[n] === 1) yield ids[n] ?? "";
    },
    get: (id) => {
      const n = matching(id);
      if (n === undefined) return undefined;
      let matched = found.get(id);
      if (!matched) {
        const own = terms[n] ?? [];
        matched = new Set(own.filter((term) => prefixes.some((p) => term.startsWith(p))));
        found.set(id, matched);
      }
      return matched;
    },
  };
}

/** A word of the story and the events that contain it (by number), each once. */
interface Word {
  term: string;
  docs: number[];
}

/** The events by number, in the order they were added. */
interface Documents {
  ids: string[];
  numberOf: Map<string, number>;
  /**
   * Each event's distinct words, as the table's own strings (one copy of a word however many
   * events hold it): a match's words are picked from them, not found again in its text (that
   * took 11 ms for the 780 rows a first letter leaves in a list of 1,000 events).
   */
  terms: string[][];
}

export function prefixTableBuilder(): PrefixTableBuilder {
  // first letter → word → its events.
  const byLetter = new Map<string, Map<string, Word>>();
  const documents: Documents = { ids: [], numberOf: new Map(), terms: [] };
  const add = (added: readonly PrefixDocument[]) => {
    for (const { id, texts } of added) {
      const n = documents.ids.length;
      documents.ids.push(id);
      documents.numberOf.set(id, n);
      const own: string[] = [];
      for (const term of termsOf(texts)) {
        const letter = term[0] ?? "";
        let words = byLetter.get(letter);
        if (!words) byLetter.set(letter, (words = new Map()));
        let word = words.get(term);
        if (word) word.docs.push(n);
        else words.set(term, (word = { term, docs: [n] }));
        own.push(word.term);
      }
      documents.terms.push(own);
    }
  };
  // The last lookup's words by prefix: a prefix that extends one of them ("cea" after "ce") has
  // only its words to look through.
  let cached = new Map<string, Word[]>();
  const wordsFor = (prefix: string, next: Map<string, Word[]>) => {
    let from: Word[] | undefined;
    let fromLength = -1;
    for (const [p, words] of cached) {
      if (prefix.startsWith(p) && p.length > fromLength) [from, fromLength] = [words, p.length];
    }
    from ??= [...(byLetter.get(prefix[0] ?? "")?.values() ?? [])];
    const words = from.filter(({ term }) => term.startsWith(prefix));
    next.set(prefix, words);
    return words;
  };
  // The matches as one mark per event, not a set of ids: the first letter of a search matches
  // most of the story (8,000 of 10,000 events), and marking numbers is what finding them costs.
  const lookupAll = (prefixes: readonly string[]): SearchHits => {
    const next = new Map<string, Word[]>();
    const count = documents.ids.length;
    let marks: Uint8Array | undefined;
    for (const prefix of prefixes) {
      const own = new Uint8Array(count);
      for (const word of wordsFor(prefix, next)) for (const n of word.docs) own[n] = 1;
      if (marks) for (let n = 0; n < count; n++) marks[n] = (marks[n] ?? 0) & (own[n] ?? 0);
      else marks = own;
    }
    cached = next;
    marks ??= new Uint8Array(count);
    let size = 0;
    for (let n = 0; n < count; n++) size += marks[n] ?? 0;
    return lazyHits(marks, size, prefixes, documents);
  };
  const lookup = (prefix: string) => {
    const hits = lookupAll([prefix]);
    return new Map([...hits.keys()].map((id) => [id, new Set(hits.get(id))]));
  };
  return { add, done: () => ({ lookup, lookupAll }) };
}

/**
 * The words of `query` (normalized) when each is shorter than `fuzzyFrom` letters (the index
 * forgives a typo from there, which the table cannot), else undefined.
 */
export function shortWords(query: string, fuzzyFrom: number): string[] | undefined {
  const terms = tokenize(query)
    .map(normalizeTerm)
    .filter((term) => term !== "");
  return terms.length > 0 && terms.every((term) => term.length < fuzzyFrom) ? terms : undefined;
}
