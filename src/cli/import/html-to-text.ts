import { decodeHTML } from "entities/decode";
import { Parser } from "htmlparser2";

/**
 * TimelineJS text is HTML; ours is plain text that must never read as HTML. This turns the one
 * into the other, keeping the links (which become sources) and saying what it had to change.
 * htmlparser2 reads the markup and decodes every HTML entity (Windows-1252 numeric references such
 * as &#146; included, as browsers read them); this file only decides what becomes text.
 */

export interface Link {
  /** As written in the href (entities decoded), or the bare URL found in the text. */
  href: string;
  /** The link's text, plain; the URL itself for a bare URL. */
  text: string;
}

export interface PlainText {
  /** Paragraphs are separated by a blank line, `<br>` by a newline; other whitespace is one space. */
  text: string;
  links: Link[];
  /** What had to be changed to keep the text plain, for the import summary. */
  notes: string[];
}

/** Elements whose content is code or fallback, never text for a reader. */
const SKIPPED = new Set(["script", "style", "template", "iframe", "noscript", "object"]);
const BLOCKS = new Set(
  (
    "address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 " +
    "header hr li main nav ol p pre section table tbody td th thead tr ul"
  ).split(" "),
);
// Breaks are kept as these marks until whitespace is collapsed: a literal U+2028/U+2029 in the
// data counts as whitespace (\s) and so cannot be mistaken for one.
const LINE = "\u2028";
const PARAGRAPH = "\u2029";
const BARE_URL = /\bhttps?:\/\/[^\s<>"'“”«»]+/g;

/** A URL found in running text, without the punctuation that ends the sentence around it. */
function trimUrl(url: string): string {
  let u = url;
  for (;;) {
    const last = u.at(-1) ?? "";
    const unbalanced = last === ")" && u.split("(").length < u.split(")").length;
    if (!/[.,;:!?'’"\]]/.test(last) && !unbalanced) return u;
    u = u.slice(0, -1);
  }
}

function collapse(s: string): string {
  return s
    .replace(/ {2,}/g, " ")
    .replace(/ *([\u2028\u2029][\u2028\u2029 ]*)/g, (_, marks: string) =>
      marks.includes(PARAGRAPH) ? "\n\n" : "\n",
    )
    .trim();
}

function oneLine(s: string): string {
  return s
    .replace(/[\u2028\u2029]/g, " ")
    .replace(/ {2,}/g, " ")
    .trim();
}

/**
 * Text that could still read as markup once decoded (a literal "a<b", or "&amp;amp;" that decoded
 * to "&amp;") gets a space that breaks the pattern; the "no HTML" rule of the story schema would
 * refuse it otherwise.
 */
export function keepPlain(text: string): { text: string; notes: string[] } {
  const notes: string[] = [];
  const out = text
    .replace(/(\S?)<(?=[a-zA-Z/!?])/g, (_, before: string) => {
      notes.push("“<” followed by a letter was written as “ < ” so it cannot read as an HTML tag");
      return `${before}${before ? " " : ""}< `;
    })
    // Browsers decode "&lt" and "&#60" without their ";" too (see src/core/plain-text.ts), so the
    // space goes after the "&"; text such as "AT&T" decodes to itself and is left alone.
    .replace(
      /&([a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#[xX][0-9a-fA-F]+)(;?)/g,
      (all, name: string, end: string) => {
        if (end === "" && decodeHTML(all) === all) return all;
        notes.push(`“${all}” would read as an HTML entity; written as “& ${name}${end}”`);
        return `& ${name}${end}`;
      },
    );
  return { text: out, notes };
}

/** A "<" after the last ">" opens no tag: HTML would drop the rest of the text, an editor meant it. */
function literalTrailingLt(html: string): string {
  const last = html.lastIndexOf(">");
  return html.slice(0, last + 1) + html.slice(last + 1).replaceAll("<", "&lt;");
}

export function htmlToText(html: string): PlainText {
  const links: Link[] = [];
  let buf = "";
  let pending = "";
  let open: { href: string; start: number } | undefined;
  // Depth inside elements whose content is skipped (a <script> in an <iframe> counts twice).
  let skipped = 0;

  const closeLink = () => {
    if (!open) return;
    links.push({ href: open.href, text: keepPlain(oneLine(buf.slice(open.start))).text });
    open = undefined;
  };
  // The parser hands text over in pieces (an entity is a piece): a bare URL is looked for whole.
  const flushText = () => {
    const decoded = pending.replace(/\s+/g, " ");
    pending = "";
    if (!open) {
      for (const m of decoded.matchAll(BARE_URL)) {
        const href = trimUrl(m[0]);
        links.push({ href, text: href });
      }
    }
    buf += decoded;
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        flushText();
        if (SKIPPED.has(name) || skipped > 0) {
          if (SKIPPED.has(name)) skipped++;
          return;
        }
        if (name === "br") buf += LINE;
        else if (BLOCKS.has(name)) buf += PARAGRAPH;
        else if (name === "a") {
          closeLink();
          const href = attributes.href?.trim();
          if (href) open = { href, start: buf.length };
        }
      },
      onclosetag(name) {
        flushText();
        if (skipped > 0) {
          if (SKIPPED.has(name)) skipped--;
          return;
        }
        if (BLOCKS.has(name)) buf += PARAGRAPH;
        else if (name === "a") closeLink();
      },
      ontext(text) {
        if (skipped === 0) pending += text;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(literalTrailingLt(html));
  parser.end();
  flushText();
  closeLink();
  const plain = keepPlain(collapse(buf));
  return { text: plain.text, links, notes: plain.notes };
}

/** The attributes of the first tag in `html`, names lowercased, values with entities decoded. */
export function firstTagAttributes(html: string): Record<string, string> {
  let found: Record<string, string> | undefined;
  const parser = new Parser(
    {
      onopentag(_name, attributes) {
        found ??= attributes;
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return found ?? {};
}
