import { firstTagAttributes, htmlToText } from "./html-to-text.ts";
import type { Link } from "./html-to-text.ts";

/**
 * TimelineJS shows a pull quote when `media.url` is `<blockquote>` HTML (an embedded post looks
 * the same). This reads the quoted words and, when it can be found, who said them: `media.credit`,
 * a `<cite>` inside the quote, or a closing "— Name" line. A quote without a speaker is no quote.
 */

export interface PullQuote {
  /** The quoted words, without the attribution. */
  text: string;
  speaker?: string;
  role?: string;
  /** From a `lang` attribute in the quote, when it has one. */
  language?: string;
  /** Where the quote was published: the link in its attribution or its `cite` attribute. */
  url?: string;
  /** That link's text, when it has one. */
  urlText?: string;
  notes: string[];
}

const OPEN = /<blockquote\b((?:[^>"']|"[^"]*"|'[^']*')*)>/i;
const CITE = /<cite\b[^>]*>([\s\S]*?)<\/cite\s*>/i;
const LANG = /<[a-zA-Z][^>]*?\slang\s*=\s*["']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)/;
// An em dash may touch the name ("—Name"); an en dash or hyphen must stand apart ("1990–2000").
const DASH = /[—―]\s*|(?:^|\s)(?:–|--?)\s+/g;
const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;

export function isPullQuote(mediaUrl: string): boolean {
  return OPEN.test(mediaUrl);
}

/** "Edith Clarke, first professor" → speaker and role; "Kit Berry (@kit) 1 Jan" → "Kit Berry". */
export function splitAttribution(s: string): { speaker?: string; role?: string } {
  const beforeParen = s.replace(/^[\s—–―-]+/, "").split("(")[0] ?? "";
  const [name = "", ...rest] = beforeParen.split(",");
  let speaker = name.trim();
  let role: string | undefined = rest.join(",").trim();
  if (SUFFIX.test(role)) {
    speaker = `${speaker}, ${role}`;
    role = undefined;
  }
  return { speaker: speaker || undefined, role: role || undefined };
}

/** A trailing "— Name" line looks like a name: capitalised (or in a caseless script), short. */
function looksLikeName(speaker: string | undefined): speaker is string {
  return !!speaker && /^[\p{Lu}\p{Lo}]/u.test(speaker) && speaker.split(/\s+/).length <= 6;
}

function trailingAttribution(text: string): { at: number; attribution: string } | undefined {
  let last: RegExpExecArray | undefined;
  for (const m of text.matchAll(DASH)) last = m;
  if (!last) return undefined;
  const attribution = text.slice(last.index + last[0].length).trim();
  if (attribution === "" || attribution.includes("\n")) return undefined;
  return { at: last.index, attribution };
}

const httpLinks = (links: Link[]) => links.filter((l) => /^https?:\/\//i.test(l.href));

export function readPullQuote(mediaUrl: string, creditHtml = ""): PullQuote | undefined {
  const open = OPEN.exec(mediaUrl);
  if (!open) return undefined;
  const start = open.index + open[0].length;
  const close = mediaUrl.toLowerCase().lastIndexOf("</blockquote");
  let inner = mediaUrl.slice(start, close > start ? close : undefined);
  const attributes = firstTagAttributes(open[0]);
  const citeAttribute = attributes.cite?.trim();
  const language = (attributes.lang?.trim() || LANG.exec(inner)?.[1])?.toLowerCase();

  const citeMatch = CITE.exec(inner);
  if (citeMatch) inner = inner.replace(citeMatch[0], "");
  const body = htmlToText(inner);
  const cite = htmlToText(citeMatch?.[1] ?? "");
  const credit = htmlToText(creditHtml);
  const notes = [...body.notes, ...cite.notes, ...credit.notes];

  let text = body.text;
  let dashed: { speaker?: string; role?: string } = {};
  let dashLinks: Link[] = [];
  const trailing = citeMatch ? undefined : trailingAttribution(text);
  if (trailing) {
    const parts = splitAttribution(trailing.attribution);
    if (looksLikeName(parts.speaker)) {
      dashed = parts;
      text = text.slice(0, trailing.at).trim();
      dashLinks = httpLinks(body.links).filter(
        (l) => l.text !== "" && trailing.attribution.includes(l.text),
      );
    }
  }

  const who = [splitAttribution(credit.text), splitAttribution(cite.text), dashed].find(
    (a) => a.speaker,
  );
  const link = [
    httpLinks(cite.links)[0],
    dashLinks.at(-1),
    httpLinks(credit.links)[0],
    citeAttribute && /^https?:\/\//i.test(citeAttribute)
      ? { href: citeAttribute, text: "" }
      : undefined,
  ].find((l) => l !== undefined);

  const inWords = body.links.length - dashLinks.length;
  if (inWords > 0) {
    notes.push(
      `${inWords} link${inWords === 1 ? "" : "s"} inside the quoted words not kept as sources`,
    );
  }
  return {
    text,
    speaker: who?.speaker,
    role: who?.role,
    language,
    url: link?.href,
    urlText: link?.text || undefined,
    notes,
  };
}
