/**
 * What a TimelineJS `media.url` shows, as TimelineJS's own media types tell it (by host and file
 * extension). Only a document or a web page can be a source; a photo, a video or a post is media,
 * which our stories do not carry yet, and its credit names a photographer, not a source.
 */

export type MediaKind =
  "image" | "video" | "audio" | "social post" | "map" | "embed" | "document" | "web page";

const RULES: [MediaKind, RegExp][] = [
  ["map", /^https?:\/\/(?:www\.|maps\.)?google\.[a-z.]+\/maps/i],
  ["document", /\.pdf(?:[?#]|$)/i],
  ["image", /\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|avif)(?:[?#]|$)/i],
  ["video", /\.(?:mp4|webm|mov|m4v|ogv)(?:[?#]|$)/i],
  ["audio", /\.(?:mp3|wav|m4a|oga|ogg|flac)(?:[?#]|$)/i],
  [
    "video",
    /^https?:\/\/(?:[\w-]+\.)*(?:youtube\.com|youtu\.be|vimeo\.com|dailymotion\.com|tiktok\.com|wistia\.com|twitch\.tv)\//i,
  ],
  ["audio", /^https?:\/\/(?:[\w-]+\.)*(?:soundcloud\.com|spotify\.com|mixcloud\.com)\//i],
  [
    "image",
    /^https?:\/\/(?:[\w-]+\.)*(?:flickr\.com|flic\.kr|imgur\.com|giphy\.com|googleusercontent\.com|instagram\.com\/p\/)/i,
  ],
  ["image", /^https?:\/\/(?:upload|commons)\.wikimedia\.org\/wiki\/File:/i],
  [
    "social post",
    /^https?:\/\/(?:[\w-]+\.)*(?:twitter\.com|x\.com|bsky\.app|instagram\.com|facebook\.com|threads\.net|t\.me|vk\.com)\//i,
  ],
  [
    "document",
    /^https?:\/\/(?:[\w-]+\.)*(?:documentcloud\.org|docs\.google\.com|drive\.google\.com)\//i,
  ],
];

export function mediaKind(url: string): MediaKind {
  const u = url.trim();
  if (u.startsWith("<")) return "embed";
  for (const [kind, pattern] of RULES) if (pattern.test(u)) return kind;
  if (/^https?:\/\//i.test(u)) return "web page";
  // A relative path ("img/photo.jpg") is a file that was beside the TimelineJS page.
  return /\.(?:mp4|webm|mov)$/i.test(u)
    ? "video"
    : /\.(?:mp3|wav|ogg)$/i.test(u)
      ? "audio"
      : "image";
}

/** Whether media of this kind can stand as a source (it is something a reader can check). */
export function isSourceKind(kind: MediaKind): boolean {
  return kind === "document" || kind === "web page";
}
