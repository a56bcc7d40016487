import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import sharp from "sharp";
import { extensionOf } from "../core/media.ts";
import type { ImageFormat, LocalMedia, MediaIndex, ProcessedImage } from "../core/media.ts";
import type { Media, Story } from "../core/schema.ts";

/**
 * The build's media step: every local file a story names, read from the media folder once. An
 * image becomes WebP at a few widths plus a JPEG (PNG when it has transparency) fallback, each file
 * named by a hash of its source so a changed photograph gets a new address; any other file is
 * copied under a hashed name. Nothing is written here: the story plugin emits the files into
 * Vite's output, so a failure leaves the previous dist/ as it was.
 */

/** The widths an image is made at (never wider than the original). */
export const IMAGE_WIDTHS = [480, 800, 1200, 1600] as const;
/** The single URL (share card, print): large enough for a card, small enough to fetch. */
const SINGLE_WIDTH = 1200;
/** Larger files or images are refused: a camera original belongs in an archive, not a page. */
export const MAX_IMAGE_BYTES = 40 * 1024 * 1024;
export const MAX_IMAGE_PIXELS = 60_000_000;

const TYPES: Record<string, string> = {
  mp4: "video/mp4",
  webm: "video/webm",
  mp3: "audio/mpeg",
  m4a: "audio/mp4",
  ogg: "audio/ogg",
  oga: "audio/ogg",
  pdf: "application/pdf",
  vtt: "text/vtt",
};

export interface OutputFile {
  /** Under the output folder: "media/kyiv-talks-3f2a9c01de-800.webp". */
  fileName: string;
  source: Buffer;
}

export interface ProcessedMedia {
  index: MediaIndex;
  files: OutputFile[];
}

/** Every local file of a story: each image (and poster) and each other file, with where it is named. */
function localFiles(story: Story): { name: string; image: boolean; at: string }[] {
  const found: { name: string; image: boolean; at: string }[] = [];
  const add = (m: Media, at: string) => {
    if (m.file) found.push({ name: m.file, image: m.kind === "image", at: `${at}.file` });
    if (m.poster) found.push({ name: m.poster, image: true, at: `${at}.poster` });
    if (m.captions) found.push({ name: m.captions, image: false, at: `${at}.captions` });
  };
  if (story.leadImage) add(story.leadImage, "leadImage");
  story.events.forEach((e, i) => e.media?.forEach((m, j) => add(m, `events[${i}].media[${j}]`)));
  return found;
}

/** Whether the story names any local file (else the build has nothing to process). */
export function hasLocalMedia(story: Story): boolean {
  return localFiles(story).length > 0;
}

const stem = (name: string) =>
  basename(name)
    .replace(/\.[^.]*$/, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "") || "media";

async function processImage(
  bytes: Buffer,
  name: string,
  hash: string,
): Promise<{ image: ProcessedImage; files: OutputFile[] }> {
  const input = () => sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: "error" });
  const meta = await input().metadata();
  // EXIF orientations 5–8 turn the picture a quarter: its width is the file's height.
  const turned = (meta.orientation ?? 1) >= 5;
  const width = turned ? meta.height : meta.width;
  const height = turned ? meta.width : meta.height;
  const widths = [...new Set([...IMAGE_WIDTHS.filter((w) => w < width), Math.min(width, 1600)])];
  const fallback = meta.hasAlpha ? "png" : "jpg";
  const files: OutputFile[] = [];
  const formats: ImageFormat[] = [];
  for (const ext of ["webp", fallback] as const) {
    const format: ImageFormat = { type: ext === "jpg" ? "image/jpeg" : `image/${ext}`, files: [] };
    for (const w of widths) {
      const resized = input().rotate().resize({ width: w, withoutEnlargement: true });
      const encoded =
        ext === "webp"
          ? resized.webp({ quality: 78 })
          : ext === "png"
            ? resized.png({ compressionLevel: 9, palette: true })
            : resized.flatten({ background: "#ffffff" }).jpeg({ quality: 80, mozjpeg: true });
      const path = `media/${stem(name)}-${hash}-${w}.${ext}`;
      files.push({ fileName: path, source: await encoded.toBuffer() });
      format.files.push({ path, width: w });
    }
    formats.push(format);
  }
  const fallbackFiles = formats.at(-1)?.files ?? [];
  const single = fallbackFiles.filter((f) => f.width <= SINGLE_WIDTH).at(-1) ?? fallbackFiles[0];
  if (!single) throw new Error("the image has no width");
  // The size of the largest file made: its ratio reserves the room, its width is the most we have.
  const largest = Math.min(width, 1600);
  const image: ProcessedImage = {
    kind: "image",
    width: largest,
    height: Math.round((height * largest) / width),
    formats,
    src: { ...single, height: Math.round((height * single.width) / width) },
  };
  return { image, files };
}

/** What the build made of a story's local media, or why it could not (naming the file and path). */
export async function processMedia(
  story: Story,
  dir: string,
  storyFile: string,
): Promise<ProcessedMedia | string> {
  const index: Record<string, LocalMedia> = {};
  const files: OutputFile[] = [];
  for (const { name, image, at } of localFiles(story)) {
    if (Object.hasOwn(index, name)) continue;
    const path = join(dir, name);
    const where = `${storyFile}  ${at}  ${path}`;
    let bytes: Buffer;
    try {
      const size = statSync(path).size;
      if (image && size > MAX_IMAGE_BYTES) {
        const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
        return `${where}: the image is ${mb(size)}; the build takes images up to ${mb(MAX_IMAGE_BYTES)}: export it smaller (2,000–4,000 px wide is plenty)`;
      }
      bytes = readFileSync(path);
    } catch (e) {
      return `${where}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`;
    }
    const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 10);
    if (!image) {
      const ext = extensionOf(name);
      const fileName = `media/${stem(name)}-${hash}.${ext}`;
      files.push({ fileName, source: bytes });
      index[name] = {
        kind: "file",
        path: fileName,
        type: TYPES[ext] ?? "application/octet-stream",
      };
      continue;
    }
    try {
      const done = await processImage(bytes, name, hash);
      index[name] = done.image;
      files.push(...done.files);
    } catch (e) {
      const reason = (e as Error).message;
      const huge = /pixel limit/i.test(reason);
      return huge
        ? `${where}: the image is larger than ${MAX_IMAGE_PIXELS / 1_000_000} megapixels; export it smaller (2,000–4,000 px wide is plenty)`
        : `${where}: cannot be read as an image (${reason}); export it again as JPEG, PNG or WebP`;
    }
  }
  return { index, files };
}
