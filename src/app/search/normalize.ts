/**
 * How text becomes search terms, shared by the index and the highlighter so that a word marked in
 * the list is exactly a word the index matched. Words are runs of anything but spaces and
 * punctuation (the index's own tokenizer); terms are lowercased and stripped of diacritics, so
 * "Zelenskyy", "ZELENSKYY" and "Zelénskyy" are the same term.
 */

const SEPARATOR = /[\n\r\p{Z}\p{P}]+/u;
const WORD = /[^\n\r\p{Z}\p{P}]+/gu;

// Most words are plain ASCII letters and digits, for which lowercasing is the whole job: the
// Unicode decomposition is what indexing 10,000 events spent most of its time on.
const PLAIN = /^[A-Za-z0-9]*$/;

export function normalizeTerm(term: string): string {
  if (PLAIN.test(term)) return term.toLowerCase();
  return term
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

export function tokenize(text: string): string[] {
  return text.split(SEPARATOR).filter(Boolean);
}

/** Every word of `text` with its position, for marking words in place. */
export function words(text: string): { word: string; start: number; end: number }[] {
  return Array.from(text.matchAll(WORD), (m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** The first word of `text` that passes `test`, with its position; undefined when none does. */
export function findWord(
  text: string,
  test: (word: string) => boolean,
): { word: string; start: number } | undefined {
  // matchAll is lazy: the words after the first that passes are never cut out.
  for (const m of text.matchAll(WORD)) if (test(m[0])) return { word: m[0], start: m.index };
  return undefined;
}
