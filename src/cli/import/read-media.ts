import { htmlToText } from "./html-to-text.ts";
import { isSourceKind, mediaKind } from "./media-kind.ts";
import { MEDIA, quoted } from "./note-kinds.ts";
import type { Note } from "./note-kinds.ts";
import { isPullQuote, readPullQuote, splitAttribution } from "./pull-quote.ts";
import type { EventDraft } from "./read-slide.ts";
import { isHttpUrl } from "./sources.ts";
import type { Slide } from "./timelinejs-schema.ts";

/**
 * A slide's media: a pull quote, a document or web page (a source), or media our stories do not
 * carry yet (a photo, a video…), which is listed and whose credit is never a source. A sheet's
 * Quote and Speaker columns are read here too.
 */

export function readMedia(slide: Slide, note: Note): Pick<EventDraft, "links" | "quote"> {
  const { url, caption, credit } = slide.media;
  if (!url) return { links: [] };
  if (isPullQuote(url)) {
    const quote = readPullQuote(url, credit);
    for (const n of quote?.notes ?? []) note("changed", `pull quote: ${n}`);
    if (!quote?.text) {
      note("dropped", "pull quote: the <blockquote> has no words", "pull quote not kept");
      return { links: [] };
    }
    if (!quote.speaker) {
      note(
        "dropped",
        `pull quote ${quoted(quote.text)}: no speaker found (no media.credit, <cite> or ` +
          `closing “— Name”)`,
        "pull quote not kept",
      );
      return { links: [] };
    }
    return { links: [], quote: { ...quote, speaker: quote.speaker } };
  }
  const trimmed = url.trim();
  const kind = mediaKind(trimmed);
  const title = caption ? htmlToText(caption).text : "";
  if (!isSourceKind(kind) || !isHttpUrl(trimmed)) {
    const what = /^https?:\/\//i.test(trimmed) ? trimmed : quoted(trimmed);
    note(
      "dropped",
      `${kind} ${what}${title ? ` (${quoted(title)})` : ""} not kept: its credit is not a source`,
      MEDIA,
    );
    return { links: [] };
  }
  const publisher = credit ? htmlToText(credit).text : "";
  note("changed", `${kind} ${trimmed} kept as a source link`, MEDIA);
  return {
    links: [{ url: trimmed, title: title || undefined, publisher: publisher || undefined }],
  };
}

export /** A sheet's Quote and Speaker columns: the quote is cited from the row's first source. */
function sheetQuote(slide: Slide, note: Note): Pick<EventDraft, "links" | "quote"> {
  const media = readMedia(slide, note);
  const text = htmlToText(slide.sheet.quote ?? "").text;
  const { speaker, role } = splitAttribution(htmlToText(slide.sheet.speaker ?? "").text);
  if (!speaker) {
    note(
      "dropped",
      `column Quote: ${quoted(text)} has no Speaker; not kept`,
      "pull quote not kept",
    );
    return media;
  }
  return { links: media.links, quote: { text, speaker, ...(role ? { role } : {}), notes: [] } };
}
