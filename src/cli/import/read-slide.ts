import type { z } from "zod";
import { formatPath } from "../../core/validate.ts";
import { htmlToText } from "./html-to-text.ts";
import type { PlainText } from "./html-to-text.ts";
import { isPullQuote, readPullQuote } from "./pull-quote.ts";
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
  title: string;
  summary: string;
  /** The headline as plain text, for an id when there is no unique_id. */
  headline: string;
  uniqueId?: string;
  group?: string;
  place?: string;
  /** http(s) links in the order the slide shows them: text, then media. */
  links: SourceLink[];
  quote?: PullQuote & { speaker: string };
}

type Note = (action: ImportNote["action"], message: string) => void;

const MAX_TITLE = 100;

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

function quoted(s: string, max = 60): string {
  const one = s.replace(/\s+/g, " ");
  return `“${one.length > max ? `${one.slice(0, max - 1)}…` : one}”`;
}

/** `events[3] “Headline”`, or `events[3] (no headline)`: how the summary names a slide. */
export function slideLabel(kind: string, index: number, raw: unknown): string {
  const text = (raw as { text?: { headline?: unknown } } | null)?.text;
  const headline = typeof text?.headline === "string" ? htmlToText(text.headline).text : "";
  return `${kind}[${index}] ${headline ? quoted(headline) : "(no headline)"}`;
}

function httpLinks(from: PlainText[], note: Note): SourceLink[] {
  const links: SourceLink[] = [];
  for (const link of from.flatMap((p) => p.links)) {
    if (isHttpUrl(link.href)) links.push({ url: link.href, title: link.text || undefined });
    else
      note("dropped", `link ${quoted(link.text || link.href)} (${link.href}): not an http(s) URL`);
  }
  return links;
}

function displayDates(slide: Slide): string[] {
  const given = [slide.display_date, slide.start_date?.display_date, slide.end_date?.display_date];
  return given.filter((d): d is string => d !== undefined);
}

function readMedia(slide: Slide, note: Note): Pick<EventDraft, "links" | "quote"> {
  const { url, caption, credit } = slide.media;
  if (!url) return { links: [] };
  if (isPullQuote(url)) {
    const quote = readPullQuote(url, credit);
    for (const n of quote?.notes ?? []) note("changed", `pull quote: ${n}`);
    if (!quote?.text) {
      note("dropped", "pull quote: the <blockquote> has no words");
      return { links: [] };
    }
    if (!quote.speaker) {
      note(
        "dropped",
        `pull quote ${quoted(quote.text)}: no speaker found (no media.credit, <cite> or ` +
          `closing “— Name”)`,
      );
      return { links: [] };
    }
    return { links: [], quote: { ...quote, speaker: quote.speaker } };
  }
  const trimmed = url.trim();
  if (!isHttpUrl(trimmed)) {
    note("dropped", `media ${quoted(trimmed)}: not an http(s) URL or a <blockquote>`);
    return { links: [] };
  }
  const title = caption ? htmlToText(caption).text : "";
  const publisher = credit ? htmlToText(credit).text : "";
  return {
    links: [{ url: trimmed, title: title || undefined, publisher: publisher || undefined }],
  };
}

export function readSlide(raw: unknown, index: number, report: (n: ImportNote) => void) {
  const where = slideLabel("events", index, raw);
  const note: Note = (action, message) => report({ where, action, message });
  const parsed = slideSchema.safeParse(raw);
  if (!parsed.success) {
    note("dropped", schemaProblem(parsed.error.issues[0], "an event"));
    return undefined;
  }
  const slide = parsed.data;
  const date = slideDate(slide.start_date, slide.end_date);
  if (!date.ok) {
    note("dropped", date.problem);
    return undefined;
  }

  const headline = htmlToText(slide.text.headline ?? "");
  const body = htmlToText(slide.text.text ?? "");
  const isQuote = isPullQuote(slide.media.url ?? "");
  const caption = htmlToText(slide.media.caption ?? "");
  const texts = [headline, body, caption];
  for (const n of texts.flatMap((t) => t.notes)) note("changed", n);

  let title = headline.text;
  if (!title) {
    title = firstSentence(body.text) || firstSentence(caption.text);
    if (!title) {
      note("dropped", "no headline, text or caption to make a title from");
      return undefined;
    }
    note("changed", `no headline; the title is taken from the text: ${quoted(title)}`);
  }
  let summary = body.text || caption.text;
  if (!summary) {
    summary = title;
    note("changed", "no text; the summary repeats the headline");
  }
  for (const n of date.notes) note("changed", n);
  for (const d of displayDates(slide)) {
    note(
      "dropped",
      `display date ${quoted(d)} not kept (the app writes dates from their precision)`,
    );
  }

  const links = httpLinks(texts, note);
  const media = readMedia(slide, note);
  // A pull quote's credit names its speaker; another medium's credit is its publisher.
  if (!isQuote && slide.media.credit) {
    links.push(...httpLinks([htmlToText(slide.media.credit)], note));
  }
  links.push(...media.links);
  if (links.length === 0 && !media.quote?.url) {
    note("dropped", "no source link (every event needs one; add a link to its text or media)");
    return undefined;
  }

  const group = slide.group ? htmlToText(slide.group).text : "";
  const place = slide.location.name ? htmlToText(slide.location.name).text : "";
  const draft: EventDraft = {
    index,
    where,
    date: date.edtf,
    title,
    summary,
    headline: headline.text,
    uniqueId: slide.unique_id?.trim(),
    group: group || undefined,
    place: place || undefined,
    links,
    quote: media.quote,
  };
  return draft;
}
