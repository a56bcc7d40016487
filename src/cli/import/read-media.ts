import { htmlToText } from "./html-to-text.ts";
import { isSourceKind, mediaKind } from "./media-kind.ts";
import { MEDIA_KEPT, quoted } from "./note-kinds.ts";
import type { Note } from "./note-kinds.ts";
import { isPullQuote, readPullQuote, splitAttribution } from "./pull-quote.ts";
import type { EventDraft } from "./read-slide.ts";
import { isHttpUrl } from "./sources.ts";
import type { Slide } from "./timelinejs-schema.ts";
import { toMedia } from "./to-media.ts";

/**
 * A slide's media: a pull quote; a web page (a source); a document (media, and a source: a reader
 * can check it); a photograph or video (media, see to-media.ts), whose credit is never a source.
 * A sheet's Quote and Speaker columns are read here too.
 */

type ReadMedia = Pick<EventDraft, "links" | "quote" | "media">;

export function readMedia(slide: Slide, note: Note, headline = ""): ReadMedia {
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
    const media = toMedia(slide.media, kind, headline, note);
    return { links: [], media: media ? [media] : [] };
  }
  const publisher = credit ? htmlToText(credit).text : "";
  const link = { url: trimmed, title: title || undefined, publisher: publisher || undefined };
  if (kind === "document") {
    note("changed", `document ${trimmed} kept as media and as a source link`, MEDIA_KEPT);
    const media = toMedia(slide.media, kind, headline, note);
    return { links: [link], media: media ? [media] : [] };
  }
  note(
    "changed",
    `${kind} ${trimmed} kept as a source link`,
    "media that is a page, kept as a source",
  );
  return { links: [link], media: [] };
}

export /** A sheet's Quote and Speaker columns: the quote is cited from the row's first source. */
function sheetQuote(slide: Slide, note: Note, headline = ""): ReadMedia {
  const media = readMedia(slide, note, headline);
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
  return {
    links: media.links,
    media: media.media,
    quote: { text, speaker, ...(role ? { role } : {}), notes: [] },
  };
}
