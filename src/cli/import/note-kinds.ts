import type { ImportNote } from "./summary.ts";

/**
 * The kinds under which the summary groups its notes, so that forty events without a source are
 * one heading with a few examples, and the helpers every reader of slides writes notes with.
 */

/** The group of events refused because no JavaScript date can hold their date. */
export const COSMOLOGICAL = "date on a cosmological scale (no JavaScript date can hold it)";
/** The groups of notes about media: kept with a caveat, kept as a link, not kept. */
export const MEDIA_KEPT = "media kept (check alt text and credit)";
export const MEDIA_LINK = "media kept as a link (cannot be shown safely here)";
export const MEDIA_NOT_KEPT = "media not kept";
/** The group of notes about events kept without a source. */
export const NO_SOURCE = "no source: kept, needs one before publishing";

/** How a slide reader reports: what happened, the message, and the kind it is listed under. */
export type Note = (action: ImportNote["action"], message: string, kind?: string) => void;

/** A text in quotation marks, on one line and cut if long, for a message. */
export function quoted(s: string, max = 60): string {
  const one = s.replace(/\s+/g, " ");
  return `“${one.length > max ? `${one.slice(0, max - 1)}…` : one}”`;
}
