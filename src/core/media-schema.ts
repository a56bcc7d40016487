import { z } from "zod";
import { extensionOf, LOCAL_EXTENSIONS, MEDIA_KINDS, remoteVideo } from "./media.ts";
import { httpUrl, text } from "./schema-fields.ts";

/** A file in the story's media folder (data/media/), by its path there: "kyiv-talks.jpg". */
const MEDIA_FILE = /^(?:[A-Za-z0-9_][A-Za-z0-9._-]*\/)*[A-Za-z0-9_][A-Za-z0-9._-]*\.[A-Za-z0-9]+$/;
export const mediaFile = z
  .string()
  .regex(
    MEDIA_FILE,
    "must be a file in data/media/ by its path there, such as “kyiv-talks.jpg” or “2025/kyiv.jpg” (letters, digits, . _ -; no leading / or ..)",
  );

const pixels = z.number().int("must be a whole number of pixels").positive("must be positive");

/**
 * A photograph, video, sound, document or embed shown with an event. Exactly one of `file` (in
 * data/media/, processed by the build) or `url`. Images need `alt` (or `"decorative": true`);
 * every item needs a `credit`, which is never counted as a source.
 */
export const mediaSchema = z
  .strictObject({
    kind: z.enum(MEDIA_KINDS, {
      error: `must be one of ${MEDIA_KINDS.map((k) => `"${k}"`).join(", ")}`,
    }),
    /** A file in data/media/ (the build makes an image's sizes and formats). */
    file: mediaFile.optional(),
    /** Or where it is on the web: an image from a host in the story's `mediaHosts`, a YouTube or Vimeo video… */
    url: httpUrl.optional(),
    /** What an image shows, for readers who cannot see it. */
    alt: text.optional(),
    /** An image that adds nothing a reader would miss: no alt text, hidden from screen readers. */
    decorative: z.literal(true).optional(),
    /** Who made it, as it is to be credited: "Photo: Jane Doe / Example Agency". */
    credit: text,
    caption: text.optional(),
    /** A page about it (the photo's page in an archive, the document's home). */
    link: httpUrl.optional(),
    /** A video's title, shown on its play button (else the caption, else the event's title). */
    title: text.optional(),
    /** A video's still, a local image, shown until it plays. */
    poster: mediaFile.optional(),
    /** Captions for a local video: a WebVTT file in data/media/. */
    captions: mediaFile.optional(),
    /** A remote image's size, so the page keeps its room before it loads. */
    width: pixels.optional(),
    height: pixels.optional(),
  })
  .superRefine((m, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: "custom", path: [path], message });
    if (m.file === undefined && m.url === undefined) {
      issue("file", `needs a "file" (in data/media/) or a "url"`);
    }
    if (m.file !== undefined && m.url !== undefined) {
      issue("url", `has both "file" and "url"; keep the one readers should see`);
    }
    if (m.kind === "image") {
      if (m.alt === undefined && m.decorative === undefined) {
        issue(
          "alt",
          `is required for an image: say what it shows for readers who cannot see it, or set "decorative": true when it adds nothing`,
        );
      }
      if (m.alt !== undefined && m.decorative !== undefined) {
        issue("decorative", `an image with alt text is not decorative; keep one of the two`);
      }
    } else if (m.decorative !== undefined) {
      issue("decorative", `only an image can be decorative`);
    }
    const allowed = LOCAL_EXTENSIONS[m.kind];
    if (m.file !== undefined && !allowed.includes(extensionOf(m.file))) {
      issue(
        "file",
        allowed.length === 0
          ? `an ${m.kind} is a page on the web: give its "url"`
          : `"${m.file}" is not a ${m.kind} file we can show; use ${allowed.map((e) => `.${e}`).join(", ")}`,
      );
    }
    if (m.kind === "video" && m.url !== undefined && URL.canParse(m.url) && !remoteVideo(m.url)) {
      issue(
        "url",
        `video host "${new URL(m.url).hostname}" is not one we can play privately: use a YouTube or Vimeo video's address, or a local .mp4/.webm "file"`,
      );
    }
    if (m.kind === "image" && m.url !== undefined && m.url.startsWith("http:")) {
      issue("url", `must be https: a secure page cannot show an image over http`);
    }
    if (m.poster !== undefined && m.kind !== "video") issue("poster", `only a video has a poster`);
    if (m.poster !== undefined && !LOCAL_EXTENSIONS.image.includes(extensionOf(m.poster))) {
      issue("poster", `must be an image (.jpg, .png, .webp…)`);
    }
    if (m.captions !== undefined && (m.kind !== "video" || m.file === undefined)) {
      issue("captions", `only a local video ("file") takes a captions file`);
    } else if (m.captions !== undefined && extensionOf(m.captions) !== "vtt") {
      issue("captions", `must be a WebVTT file (.vtt)`);
    }
    if ((m.width === undefined) !== (m.height === undefined)) {
      issue(
        m.width === undefined ? "width" : "height",
        `give both "width" and "height", or neither`,
      );
    }
    if (m.width !== undefined && (m.kind !== "image" || m.url === undefined)) {
      issue("width", `only a remote image needs its size (the build measures local files)`);
    }
  });

export type Media = z.infer<typeof mediaSchema>;
