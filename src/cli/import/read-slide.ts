import type { z } from "zod";
import type { Media } from "../../core/schema.ts";
import { formatPath } from "../../core/json-text.ts";
import { htmlToText } from "./html-to-text.ts";
import type { PlainText } from "./html-to-text.ts";
import { COSMOLOGICAL, NO_SOURCE, quoted } from "./note-kinds.ts";
import type { Note } from "./note-kinds.ts";
import { isPullQuote } from "./pull-quote.ts";
import { readMedia, sheetQuote } from "./read-media.ts";
import type { PullQuote } from "./pull-quote.ts";
import { isHttpUrl } from "./sources.ts";
import type { ImportNote } from "./summary.ts";
import { slideDate } from "./timelinejs-date.ts";
import { slideSchema } from "./timelinejs-schema.ts";
import type { Slide } from "./timelinejs-schema.ts";

/**
 * One TimelineJS event slide read into what our event needs, or dropped with the reason. Ids,
 * actors and source ids are given later, once all events are read and sorted.
 */

export interface SourceLink {
  url: string;
  title?: string;
  publisher?: string;
}

export interface EventDraft {
  /** Position in the TimelineJS `events` list. */
  index: number;
  where: string;
  date: string;
  /** Milliseconds of the start, for sorting (core's parser is not asked: see timelinejs-date.ts). */
  sortKey: number;
  /** TimelineJS's display_date: shown to readers in place of the formatted date. */
  displayDate?: string;
  title: string;
  summary: string;
  /** The headline as plain text, for an id when there is no unique_id. */
  headline: string;
  uniqueId?: string;
  group?: string;
  /** From a sheet's Tags column, as slugs. */
  tags: string[];
  place?: string;
  /** http(s) links in the order the slide shows them: text, then a document or page as media. */
  links: SourceLink[];
  quote?: PullQuote & { speaker: string };
  /** The slide's photograph, video or document, as ours (see to-media.ts). */
  media?: Media[];
}

const MAX_TITLE = 100;

/** Slides and eras in date order; those of the same date keep their order in the file. */
export const byDateThenIndex = <T extends { sortKey: number; index: number }>(list: T[]): T[] =>
  [...list].sort((a, b) => a.sortKey - b.sortKey || a.index - b.index);

/** The first sentence of a text, cut at a word if long: a title for a slide without a headline. */
export function firstSentence(text: string): string {
  const line = text.split("\n")[0] ?? "";
  const sentence = /^.*?[.!?](?=\s|$)/u.exec(line)?.[0] ?? line;
  if (sentence.length <= MAX_TITLE) return sentence.trim();
  const cut = sentence.slice(0, MAX_TITLE);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : MAX_TITLE).trim()}…`;
}

/** `start_date.month must be a whole number…`, or what the whole slide should have been. */
export function schemaProblem(issue: z.core.$ZodIssue | undefined, what: string): string {
  if (!issue || issue.path.length === 0) return `not ${what} (expected an object with start_date)`;
  return `${formatPath(issue.path)} ${issue.message}`;
}

/** `events[3] “Headline”`, or `events[3] (no headline)`: how the summary names a slide. */
export function slideLabel(kind: string, index: number, raw: unknown): string {
  const given = raw as { text?: { headline?: unknown }; sheet?: { where?: unknown } } | null;
  const row = given?.sheet?.where;
  const text = given?.text;
  const headline = typeof text?.headline === "string" ? htmlToText(text.headline).text : "";
  const at = typeof row === "string" ? row : `${kind}[${index}]`;
  return `${at} ${headline ? quoted(headline) : "(no headline)"}`;
}

function httpLinks(from: PlainText[], note: Note): SourceLink[] {
  const links: SourceLink[] = [];
  for (const link of from.flatMap((p) => p.links)) {
    if (isHttpUrl(link.href)) links.push({ url: link.href, title: link.text || undefined });
    else
      note(
        "dropped",
        `link ${quoted(link.text || link.href)} (${link.href}): not an http(s) URL`,
        "link that is not a web address",
      );
  }
  return links;
}

/**
 * The slide's display_date, or its start's and end's (joined by a dash). A display date with no
 * letter or digit (".", "-", " ") is how TimelineJS editors hide a date; readers of a timeline
 * need one, so it is not kept.
 */
function displayDate(slide: Slide, note: Note): string | undefined {
  const start = slide.start_date?.display_date?.trim();
  const end = slide.end_date?.display_date?.trim();
  const given = slide.display_date?.trim() || (start && end ? `${start} – ${end}` : start || end);
  if (!given) return undefined;
  const plain = htmlToText(given).text;
  if (!/[\p{L}\p{N}]/u.test(plain)) {
    note(
      "changed",
      `display date ${quoted(given)} hid the date in TimelineJS; readers see the formatted date`,
      "display date that hid the date",
    );
    return undefined;
  }
  return plain;
}

export function readSlide(raw: unknown, index: number, report: (n: ImportNote) => void) {
  const where = slideLabel("events", index, raw);
  const note: Note = (action, message, kind) =>
    report({ where, action, message, ...(kind ? { kind } : {}) });
  const parsed = slideSchema.safeParse(raw);
  if (!parsed.success) {
    note("refused", schemaProblem(parsed.error.issues[0], "an event"), "not a TimelineJS event");
    return undefined;
  }
  const slide = parsed.data;
  const date = slideDate(slide.start_date, slide.end_date);
  if (!date.ok) {
    note(
      "refused",
      date.problem,
      /cosmological/.test(date.problem) ? COSMOLOGICAL : "no usable date",
    );
    return undefined;
  }

  const headline = htmlToText(slide.text.headline ?? "");
  const body = htmlToText(slide.text.text ?? "");
  const isQuote = isPullQuote(slide.media.url ?? "");
  const caption = htmlToText(slide.media.caption ?? "");
  const texts = [headline, body, caption];
  for (const n of texts.flatMap((t) => t.notes)) note("changed", n, "text that looked like HTML");

  let title = headline.text;
  if (!title) {
    title = firstSentence(body.text) || firstSentence(caption.text);
    if (!title) {
      note("refused", "no headline, text or caption to make a title from", "no title");
      return undefined;
    }
    note(
      "changed",
      `no headline; the title is taken from the text: ${quoted(title)}`,
      "title taken from the text",
    );
  }
  let summary = body.text || caption.text;
  if (!summary) {
    summary = title;
    note("changed", "no text; the summary repeats the headline", "summary repeats the headline");
  }
  for (const n of date.notes) note("changed", n, /BCE/.test(n) ? "BCE year" : "date");
  const shown = displayDate(slide, note);

  // A sheet's Source URL column first: it is the editor's own choice of source.
  const links: SourceLink[] = [];
  for (const source of slide.sheet.sources ?? []) {
    if (isHttpUrl(source.url)) links.push(source);
    else
      note(
        "dropped",
        `column Source URL: “${source.url}” is not a web address (write it as https://…)`,
        "link that is not a web address",
      );
  }
  // Links in a photo's caption or credit point at the photo or its author, not at a source.
  links.push(...httpLinks([headline, body], note));
  const media = slide.sheet.quote ? sheetQuote(slide, note, title) : readMedia(slide, note, title);
  if (!isQuote && media.links.length > 0 && slide.media.credit) {
    links.push(...httpLinks([htmlToText(slide.media.credit)], note));
  }
  links.push(...media.links);
  if (links.length === 0 && !media.quote?.url) {
    note("flagged", "no source link: kept without a source; add one before publishing", NO_SOURCE);
  }

  const group = slide.group ? htmlToText(slide.group).text : "";
  const place = slide.location.name ? htmlToText(slide.location.name).text : "";
  const draft: EventDraft = {
    index,
    where,
    date: date.edtf,
    sortKey: date.sortKey,
    ...(shown ? { displayDate: shown } : {}),
    title,
    summary,
    headline: headline.text,
    uniqueId: slide.unique_id?.trim(),
    group: group || undefined,
    tags: slide.sheet.tags ?? [],
    place: place || undefined,
    links,
    quote: media.quote,
    ...(media.media && media.media.length > 0 ? { media: media.media } : {}),
  };
  return draft;
}
