import anyAscii from "any-ascii";

/**
 * Ids longer than this are cut at a word boundary: they appear in every event's link. Well under
 * the schema's MAX_ID_LENGTH (src/core/ids.ts), so that `claimUnique`'s "-2", "-3"… still fit.
 */
export const MAX_SLUG_LENGTH = 60;

// Chinese and Japanese have no spaces between words; any-ascii writes each character as one
// capitalised syllable, so a separator per character keeps "ting-huo-tan-pan" readable.
const SYLLABIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Unicode text as ASCII, with CJK characters spaced apart. */
export function transliterate(s: string): string {
  let out = "";
  for (const ch of s) out += SYLLABIC.test(ch) ? ` ${anyAscii(ch)} ` : anyAscii(ch);
  return out;
}

/**
 * A lowercase ASCII slug (the schema's `SLUG`, src/core/ids.ts) of any text: transliterated, so Cyrillic,
 * Arabic or Chinese give readable ids rather than nothing. Returns "" when nothing is left.
 * The same text always gives the same slug.
 */
export function slugify(s: string, maxLength = MAX_SLUG_LENGTH): string {
  const words = transliterate(s)
    .toLowerCase()
    // "don't" → "dont", and the hamza any-ascii writes as an apostrophe in Arabic
    .replace(/['’`]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "");
  let out = "";
  for (const w of words) {
    const next = out ? `${out}-${w}` : w;
    if (next.length > maxLength) {
      // A single overlong word is cut rather than dropped, so the slug is never empty.
      if (!out) out = w.slice(0, maxLength);
      break;
    }
    out = next;
  }
  return out;
}

/**
 * Claims `base`, or `base-2`, `base-3`… if it is taken, in `taken`, and returns what it claimed.
 * Deterministic: the same claims in the same order give the same ids.
 */
export function claimUnique(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
