/**
 * Media on events: what each kind may be, how a remote video is recognised, and what the build
 * made of each local file (sizes and formats of an image, the hashed name of any other file). Pure:
 * the schema, the validator, the build, the share pages and the app all read it.
 */

export const MEDIA_KINDS = ["image", "video", "audio", "document", "embed"] as const;
export type MediaKindName = (typeof MEDIA_KINDS)[number];

/** The extensions a local file of each kind may have (lower case, without the dot). */
export const LOCAL_EXTENSIONS: Record<MediaKindName, readonly string[]> = {
  image: ["jpg", "jpeg", "png", "webp", "avif", "gif", "tif", "tiff"],
  video: ["mp4", "webm"],
  audio: ["mp3", "m4a", "ogg", "oga"],
  document: ["pdf"],
  // An embed is someone else's page: never a local file.
  embed: [],
};

/** Where a played video loads from: the privacy-enhanced players, and nothing until play. */
export const VIDEO_ORIGINS = {
  youtube: "https://www.youtube-nocookie.com",
  vimeo: "https://player.vimeo.com",
} as const;

export interface RemoteVideo {
  host: keyof typeof VIDEO_ORIGINS;
  id: string;
  /** The player's address, loaded only once the reader presses play. */
  embedUrl: string;
  /** The video's page on its site, for print and readers without the player. */
  pageUrl: string;
}

const YOUTUBE_ID = /^[A-Za-z0-9_-]{6,20}$/;

/** A YouTube or Vimeo address as the video it shows; anything else is not a video we can show. */
export function remoteVideo(url: string): RemoteVideo | undefined {
  if (!URL.canParse(url)) return undefined;
  const u = new URL(url);
  if (!/^https?:$/.test(u.protocol)) return undefined;
  const host = u.hostname.replace(/^(?:www\.|m\.)/, "");
  const segments = u.pathname.split("/").filter(Boolean);
  let youtube: string | undefined;
  if (host === "youtu.be") youtube = segments[0];
  else if (host === "youtube.com" || host === "youtube-nocookie.com") {
    if (segments[0] === "watch") youtube = u.searchParams.get("v") ?? undefined;
    else if (["embed", "shorts", "live", "v"].includes(segments[0] ?? "")) youtube = segments[1];
  }
  if (youtube !== undefined) {
    if (!YOUTUBE_ID.test(youtube)) return undefined;
    return {
      host: "youtube",
      id: youtube,
      embedUrl: `${VIDEO_ORIGINS.youtube}/embed/${youtube}?autoplay=1`,
      pageUrl: `https://www.youtube.com/watch?v=${youtube}`,
    };
  }
  if (host === "vimeo.com" || host === "player.vimeo.com") {
    const id = segments.find((s) => /^\d{3,12}$/.test(s));
    if (id === undefined) return undefined;
    return {
      host: "vimeo",
      id,
      embedUrl: `${VIDEO_ORIGINS.vimeo}/video/${id}?autoplay=1&dnt=1`,
      pageUrl: `https://vimeo.com/${id}`,
    };
  }
  return undefined;
}

/** A file's extension, lower case: "Kyiv.JPG" → "jpg". */
export function extensionOf(file: string): string {
  const dot = file.lastIndexOf(".");
  return dot < 0 ? "" : file.slice(dot + 1).toLowerCase();
}

/** One format of a processed image, each width its own file (paths from the site's base). */
export interface ImageFormat {
  type: string;
  files: { path: string; width: number }[];
}

/** A local image as the build wrote it: its size, and its formats, modern first, fallback last. */
export interface ProcessedImage {
  kind: "image";
  width: number;
  height: number;
  formats: ImageFormat[];
  /** The fallback format's file for a single URL (share cards, print): at most 1,200 px wide. */
  src: { path: string; width: number; height: number };
}

/** Any other local file (a video, its captions, audio, a document), copied under a hashed name. */
export interface CopiedFile {
  kind: "file";
  path: string;
  type: string;
}

export type LocalMedia = ProcessedImage | CopiedFile;

/** What the build made of each local file, by its name in the story (its path in data/media/). */
export type MediaIndex = Readonly<Record<string, LocalMedia>>;

/** A `srcset` value: "media/a-480.webp 480w, media/a-800.webp 800w", each path after `base`. */
export function srcsetOf(format: ImageFormat, base: string): string {
  return format.files.map((f) => `${base}${f.path} ${f.width}w`).join(", ");
}

interface MediaLike {
  kind?: unknown;
  url?: unknown;
}

/**
 * The origins a story's pages may load media from, for the Content-Security-Policy: `img-src` gets
 * exactly the hosts the story lists in `mediaHosts` (validation refuses a remote image from any
 * other, and one over plain http), `frame-src` the player of each kind of video it has. Sorted,
 * each once.
 */
export function mediaOrigins(
  mediaHosts: readonly string[],
  media: readonly MediaLike[],
): { img: string[]; frame: string[] } {
  const frame = new Set<string>();
  for (const m of media) {
    if (m.kind !== "video" || typeof m.url !== "string") continue;
    const video = remoteVideo(m.url);
    if (video) frame.add(VIDEO_ORIGINS[video.host]);
  }
  const img = [...new Set(mediaHosts)].map((host) => `https://${host}`).sort();
  return { img, frame: [...frame].sort() };
}

/** What a reader is shown for an image: a processed local file or a remote image, with its text. */
export interface ShownImage {
  /** A path after the site's base for a local file; an absolute URL for a remote one. */
  src: string;
  local: boolean;
  width: number | undefined;
  height: number | undefined;
  /** "" for a decorative image. */
  alt: string;
  /** A local image's formats, modern first (absent for a remote image). */
  formats: readonly ImageFormat[];
}

interface ImageLike {
  kind: string;
  file?: string | undefined;
  url?: string | undefined;
  alt?: string | undefined;
  width?: number | undefined;
  height?: number | undefined;
}

/** An image item as shown, or undefined when it is not an image (or its file was not processed). */
export function shownImage(m: ImageLike, index: MediaIndex): ShownImage | undefined {
  if (m.kind !== "image") return undefined;
  const alt = m.alt ?? "";
  if (m.url !== undefined) {
    // Validation allows only https here; this keeps any other scheme out of a page regardless.
    if (!URL.canParse(m.url) || new URL(m.url).protocol !== "https:") return undefined;
    return { src: m.url, local: false, width: m.width, height: m.height, alt, formats: [] };
  }
  const done = m.file !== undefined && Object.hasOwn(index, m.file) ? index[m.file] : undefined;
  if (done?.kind !== "image") return undefined;
  return {
    src: done.src.path,
    local: true,
    width: done.width,
    height: done.height,
    alt,
    formats: done.formats,
  };
}

/** A local file's path after the site's base (a video, its captions, a document). */
export function copiedPath(file: string | undefined, index: MediaIndex): CopiedFile | undefined {
  const done = file !== undefined && Object.hasOwn(index, file) ? index[file] : undefined;
  return done?.kind === "file" ? done : undefined;
}
