import { decodeHTML } from "entities/decode";

/**
 * Story text is plain text: the app shows it as text and never parses it as markup, so text that
 * would mean something as HTML is an editor's mistake (pasted markup, an escaped character) and is
 * refused rather than shown with its tags or entities visible.
 *
 * The rule, by what a browser would do with the text as HTML:
 * - a tag opener: `<` followed by a letter, `/`, `!` or `?` (`<b`, `</p`, `<!--`, `<?xml`);
 * - a character reference a browser decodes in text, per the HTML standard's tokenizer (decoded
 *   with the `entities` package, which implements it): `&#60;`, `&#60`, `&#x3c;`, `&#X3C`, any
 *   name followed by `;` from the standard's table (`&amp;`, `&nbsp;`), and the legacy names that
 *   browsers decode even without `;` (`&lt`, `&amp`, `&copy`, `&not`…; also as a prefix:
 *   `&notable` reads as `¬able`);
 * - and, stricter than a browser, any `&name;` (`&foo;`), which reads as an entity to a person.
 * Plain text such as "AT&T", "R&D", "Q&A" or "fish & chips" decodes to itself and passes.
 */

const TAG = /<[a-zA-Z/!?]/;
const NAMED = /&[a-zA-Z][a-zA-Z0-9]*;/;
/** The longest name in the standard's table is 32 characters with its `;`. */
const LONGEST_REFERENCE = 40;

/** What in `text` would be HTML (a quoted excerpt), or undefined for plain text. */
export function htmlIn(text: string): string | undefined {
  const tag = TAG.exec(text);
  if (tag) return `the tag opener “${tag[0]}”`;
  const named = NAMED.exec(text);
  if (named) return `the character reference “${named[0]}”`;
  for (let at = text.indexOf("&"); at >= 0; at = text.indexOf("&", at + 1)) {
    // Up to the next `&`, so that each piece holds at most one reference.
    const next = text.indexOf("&", at + 1);
    const piece = text.slice(at, Math.min(next < 0 ? text.length : next, at + LONGEST_REFERENCE));
    if (decodeHTML(piece) !== piece) {
      const shown = /^&#?[a-zA-Z0-9]*;?/.exec(piece)?.[0] ?? piece;
      return `the character reference “${shown}”, which a browser reads as “${decodeHTML(shown)}”`;
    }
  }
  return undefined;
}
