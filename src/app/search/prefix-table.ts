import { normalizeTerm, tokenize } from "./normalize.ts";

/**
 * The story's words grouped by their first letter, each with the events that contain it: the answer
 * to a query of short words without the full-text index. The first letters of every search match
 * most events: the index scores every one of them (BM25 per word, per field) only for the list to
 * ignore the scores, which at 10,000 events kept the page busy for 40 ms on the first letter. Here
 * the same matches are a walk over the words that begin with the letters, with the same tokenizer
 * and normalization as the index, so the results are the same: every word of the query must begin
 * a word of the event. The table is built before the index, so typing is answered sooner too.
 */

export interface PrefixTable {
  /** For each event with a word starting with `prefix` (normalized), the words that do. */
  lookup: (prefix: string) => Map<string, Set<string>>;
  /** Events where every one of `prefixes` begins a word, with the words they begin. */
  lookupAll: (prefixes: readonly string[]) => Map<string, Set<string>>;
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

export function prefixTableBuilder(): PrefixTableBuilder {
  // first letter → word → the events containing it, each once.
  const byLetter = new Map<string, Map<string, string[]>>();
  const add = (documents: readonly PrefixDocument[]) => {
    for (const { id, texts } of documents) {
      const seen = new Set<string>();
      for (const text of texts) {
        for (const token of tokenize(text)) {
          const term = normalizeTerm(token);
          if (!term || seen.has(term)) continue;
          seen.add(term);
          const letter = term[0] ?? "";
          let words = byLetter.get(letter);
          if (!words) byLetter.set(letter, (words = new Map()));
          const ids = words.get(term);
          if (ids) ids.push(id);
          else words.set(term, [id]);
        }
      }
    }
  };
  const lookup = (prefix: string) => {
    const hits = new Map<string, Set<string>>();
    for (const [term, ids] of byLetter.get(prefix[0] ?? "") ?? []) {
      if (!term.startsWith(prefix)) continue;
      for (const id of ids) {
        const terms = hits.get(id);
        if (terms) terms.add(term);
        else hits.set(id, new Set([term]));
      }
    }
    return hits;
  };
  const lookupAll = (prefixes: readonly string[]) => {
    const [first, ...rest] = prefixes;
    if (first === undefined) return new Map<string, Set<string>>();
    const hits = lookup(first);
    for (const prefix of rest) {
      const more = lookup(prefix);
      for (const [id, terms] of hits) {
        const also = more.get(id);
        if (also) also.forEach((term) => terms.add(term));
        else hits.delete(id);
      }
    }
    return hits;
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
