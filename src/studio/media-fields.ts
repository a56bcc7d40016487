import type { Json } from "../core/json-diff.ts";
import { MEDIA_KINDS } from "../core/media.ts";
import type { MediaKindName } from "../core/media.ts";
import { mediaSchema } from "../core/schema.ts";
import type { Media } from "../core/schema.ts";

/**
 * Which of a media item's fields the form offers: those its kind can take (the schema's rules in
 * src/core/schema.ts: only an image has alt text, only a video a poster…), and any the item
 * already has, so nothing in the file is hidden from the editor.
 */

export type MediaKey = keyof Media;

// "file" for an embed too: the validator's "needs a file or a url" is said beside it.
const EVERY_KIND: readonly MediaKey[] = ["kind", "file", "url", "credit", "caption", "link"];

function applies(key: MediaKey, kind: MediaKindName | undefined, item: Record<string, Json>) {
  switch (key) {
    case "alt":
    case "decorative":
      return kind === "image";
    case "title":
    case "poster":
      return kind === "video";
    case "captions":
      return kind === "video" && item.file !== undefined;
    case "width":
    case "height":
      return kind === "image" && item.url !== undefined;
    default:
      return EVERY_KIND.includes(key);
  }
}

// The schema's own order, the order the form shows them in.
const ORDER = Object.keys(mediaSchema.shape) as MediaKey[];

export function mediaFields(item: Record<string, Json>): Set<MediaKey> {
  const kind = MEDIA_KINDS.find((k) => k === item.kind);
  return new Set(ORDER.filter((key) => applies(key, kind, item) || item[key] !== undefined));
}

/**
 * The address to show a remote image's preview from: an image's https `url` that the validator
 * has nothing against (its host is one of the story's `mediaHosts`), as the reading view would
 * show it. A local file has none: the build makes its sizes, and the studio does not serve them.
 */
export function previewAddress(item: Record<string, Json>, urlHasProblems: boolean) {
  const url = item.url;
  if (item.kind !== "image" || typeof url !== "string" || urlHasProblems) return undefined;
  return URL.canParse(url) && new URL(url).protocol === "https:" ? url : undefined;
}
