import { decodeHTMLAttribute } from "entities";
import { remoteVideo } from "../../core/media.ts";
import type { Media } from "../../core/schema.ts";
import { htmlToText } from "./html-to-text.ts";
import type { MediaKind } from "./media-kind.ts";
import { MEDIA_KEPT, MEDIA_LINK, MEDIA_NOT_KEPT, quoted } from "./note-kinds.ts";
import type { Note } from "./note-kinds.ts";

/**
 * A TimelineJS `media` as one of ours: a photograph file at an https address, a YouTube or Vimeo
 * video and a document are media as they are; what we cannot show safely (a post, a map, another
 * video site, a photo's page, an iframe) becomes a link, with a note. Credit, caption and alt come
 * along as plain text; the credit names who made it and is never a source.
 */

/** What TimelineJS's `media` holds (its parts are HTML). */
export interface TimelineJsMedia {
  url?: string | undefined;
  caption?: string | undefined;
  credit?: string | undefined;
  alt?: string | undefined;
  title?: string | undefined;
}

/** Said when TimelineJS gave no credit: true, and flagged for the editor to complete. */
export const NO_CREDIT = "Credit not given in the TimelineJS story";

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;

/** The address inside an `<iframe src="…">`, when it is an http(s) one. */
function iframeSource(html: string): string | undefined {
  const quotedSrc = /<iframe\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/i.exec(html)?.[1];
  const src = quotedSrc && decodeHTMLAttribute(quotedSrc);
  return src && /^https?:\/\//i.test(src) ? src : undefined;
}

export function toMedia(
  media: TimelineJsMedia,
  kind: MediaKind,
  headline: string,
  note: Note,
): Media | undefined {
  const raw = (media.url ?? "").trim();
  const text = (html: string | undefined) => (html ? htmlToText(html).text : "");
  const caption = text(media.caption);
  const title = text(media.title);
  let credit = text(media.credit);
  const url = raw.startsWith("<") ? iframeSource(raw) : raw;
  if (url === undefined || !/^https?:\/\//i.test(url)) {
    const what = raw.startsWith("<") ? "embedded HTML" : `${kind} ${quoted(raw)}`;
    note(
      "dropped",
      raw.startsWith("<")
        ? `${what}${caption ? ` (${quoted(caption)})` : ""} not kept: it is HTML we do not run, with no web address to link to`
        : `${what}${caption ? ` (${quoted(caption)})` : ""} not kept: a file beside the TimelineJS page; copy it into data/media/ and name it as the media's "file"`,
      MEDIA_NOT_KEPT,
    );
    return undefined;
  }
  if (!credit) {
    credit = NO_CREDIT;
    note(
      "flagged",
      `${kind} ${url}: no credit given; write who made it before publishing`,
      MEDIA_KEPT,
    );
  }
  const common = {
    credit,
    ...(caption ? { caption } : {}),
  };
  const video = kind === "video" ? remoteVideo(url) : undefined;
  if (video)
    return {
      kind: "video",
      url,
      ...(title || caption ? { title: title || caption } : {}),
      ...common,
    };
  if (kind === "document")
    return {
      kind: "document",
      url,
      ...(title || caption ? { title: title || caption } : {}),
      ...common,
    };
  if (kind === "image" && IMAGE_FILE.test(url) && url.startsWith("https:")) {
    let alt = text(media.alt);
    if (!alt && caption) {
      alt = caption;
      note(
        "changed",
        `image ${url}: no alt text; the caption stands for it (check it says what the image shows)`,
        MEDIA_KEPT,
      );
    } else if (!alt) {
      alt = headline;
      note(
        "flagged",
        `image ${url}: no alt text or caption; the headline stands for it: say what the image shows`,
        MEDIA_KEPT,
      );
    }
    return { kind: "image", url, alt, ...common };
  }
  const why =
    kind === "image"
      ? url.startsWith("http:")
        ? "an image over plain http, which a secure page cannot show"
        : "a page about the image, not the image itself"
      : kind === "video"
        ? "a video we cannot play without loading its site first (only YouTube and Vimeo play on a click)"
        : `a ${kind} we cannot show without loading its site`;
  note("changed", `${kind} ${url} kept as a link: ${why}`, MEDIA_LINK);
  return {
    kind: "embed",
    url,
    ...(title || caption ? { title: title || caption } : {}),
    ...common,
  };
}
