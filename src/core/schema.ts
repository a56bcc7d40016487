import { z } from "zod";
import { parseEdtf, parseEdtfOrProblem } from "./dates.ts";
import { MAX_ID_LENGTH, SLUG } from "./ids.ts";
import { extensionOf, LOCAL_EXTENSIONS, MEDIA_KINDS, remoteVideo } from "./media.ts";
import { htmlIn } from "./plain-text.ts";

/**
 * The story file's schema, and through z.infer the app's types. Every rule an editor can break
 * lives here (or in the cross-reference checks of validate.ts) so the build and `npm run validate`
 * give the same message.
 */

const LANGUAGE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const COLOR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
// A host name without scheme, port, path or trailing dot: "reuters.com", "en.kremlin.ru".
const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]$/;

export const slug = z
  .string()
  .regex(SLUG, "must be a lowercase ASCII slug such as “putin-press-conference”")
  .max(
    MAX_ID_LENGTH,
    `must be at most ${MAX_ID_LENGTH} characters (an id is part of its event's link and a file name in the build); shorten it`,
  );

/**
 * A list of ids, each named once: the chart keys an event's actors, tags and sources by id, and a
 * repeated one would be drawn twice (vis refuses the second item and the page fails).
 */
const slugList = z.array(slug).superRefine((ids, ctx) => {
  const first = new Map<string, number>();
  ids.forEach((id, i) => {
    const seen = first.get(id);
    if (seen === undefined) first.set(id, i);
    else {
      ctx.addIssue({
        code: "custom",
        path: [i],
        input: id,
        message: `repeats "${id}" (already at [${seen}]); name each once`,
      });
    }
  });
});

/** Plain text: non-empty, no HTML. Data is shown as text and never parsed as markup. */
export const text = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .superRefine((s, ctx) => {
    const found = htmlIn(s);
    if (found !== undefined) {
      ctx.addIssue({
        code: "custom",
        message: `must be plain text, not HTML (found ${found}); write the character itself`,
      });
    }
  });

export const edtf = z.string().superRefine((s, ctx) => {
  const parsed = parseEdtfOrProblem(s);
  if (typeof parsed === "string") ctx.addIssue({ code: "custom", message: parsed });
});

/** An EDTF interval such as 2022-02-24/2025-03-18. */
export const edtfInterval = edtf.refine(
  // A date that does not parse has already been reported by `edtf`, with the reason.
  (s) => parseEdtf(s)?.interval !== false,
  "must be an EDTF interval such as 2022-02-24/2025-03-18",
);

/**
 * A moment in the story's own history (published, updated, added, corrected): an EDTF date-time to
 * the minute with its zone, "2025-03-19T09:00+00:00", so every reader is told the same instant.
 */
export const zonedDateTime = edtf.refine((s) => {
  // A date that does not parse has already been reported by `edtf`, with the reason.
  const parsed = parseEdtf(s);
  return (
    parsed === undefined ||
    (!parsed.interval && parsed.precision === "minute" && parsed.from.zone !== undefined)
  );
}, "must be a date and time with its zone, such as 2025-03-19T09:00+00:00");

/** A change to an event since the story was published, in the words readers see. */
export const eventUpdateSchema = z.strictObject({
  at: zonedDateTime,
  /** What changed, for readers: "Added the Kremlin's readout of the call." */
  what: text,
});

/** A correction to an event, as readers see it: "An earlier version gave the date as 12 March." */
export const correctionSchema = z.strictObject({
  at: zonedDateTime,
  text,
});

export const httpUrl = z
  .string()
  .refine((s) => URL.canParse(s), "must be an absolute URL")
  .refine((s) => !URL.canParse(s) || /^https?:$/.test(new URL(s).protocol), {
    message: "must be an http(s) URL",
  });

export const language = z
  .string()
  .regex(LANGUAGE, "must be a BCP 47 language code such as “en”, “ru” or “uk”");

export const actorSchema = z.strictObject({
  id: slug,
  name: text,
  color: z.string().regex(COLOR, "must be a hex colour such as #1f5fa8").optional(),
});

export const phaseSchema = z.strictObject({
  id: slug,
  title: text,
  date: edtfInterval,
});

/** A site by its domain; it stands for every subdomain too ("kremlin.ru" covers en.kremlin.ru). */
export const domain = z
  .string()
  .regex(DOMAIN, "must be a lowercase domain such as “reuters.com” (no https://, path or port)");

/** What the linked page is when it is not on the publisher's own site (see the story's `outlets`). */
export const copySchema = z.strictObject({
  /**
   * "syndicated": republished by arrangement (an AP story on a newspaper's site); "copy": a copy or
   * mirror of unknown standing; "archive": a snapshot kept by an archive service.
   */
  kind: z.enum(["syndicated", "copy", "archive"]),
  /** The page on the outlet's own site, where it is known. */
  original: httpUrl.optional(),
});

export const sourceSchema = z.strictObject({
  title: text,
  /** The outlet that published the text (for a copy: the original outlet, not the copying site). */
  publisher: text,
  url: httpUrl,
  /** Set when `url` is not on the publisher's own site: readers are told which site it opens. */
  copy: copySchema.optional(),
  /** Copies of the same text on other sites, kept in case the cited page changes or goes. */
  archived: z.array(httpUrl).min(1, "must list at least one URL; omit it otherwise").optional(),
  /** When the source was published; omitted when not known (never guessed). */
  published: edtf.optional(),
  language,
});

export const quoteSchema = z.strictObject({
  /** Verbatim, as published in `source`. */
  text,
  speaker: text,
  role: text.optional(),
  /** When it was said. */
  date: edtf,
  source: slug,
  /** Language the words were originally spoken or written in. */
  language,
  /** True when `text` is a translation (the published English rendering of, say, Russian). */
  translated: z.boolean(),
  /** How another text (such as the seed article) worded the same quote, when it differs. */
  asReported: text.optional(),
});

export const accountSchema = z.strictObject({
  /** Whose account of the event this is. */
  actor: slug,
  text,
  source: slug,
});

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

export const eventSchema = z.strictObject({
  id: slug,
  /** Ids the event had before (the studio adds one when a published id changes): links keep working. */
  aliases: slugList.min(1, "must list at least one earlier id; omit it otherwise").optional(),
  date: edtf,
  /** Words shown to readers in place of the formatted date ("Spring 1848", TimelineJS's
   * display_date); `date` still places the event on the axis and in <time datetime>. */
  displayDate: text.optional(),
  title: text,
  summary: text,
  actors: slugList.min(1, "must name at least one actor"),
  tags: slugList,
  place: text.optional(),
  quotes: z.array(quoteSchema),
  /** May be empty while a story is edited (an import keeps unsourced events): a warning, not an error. */
  sources: slugList,
  /** Competing descriptions of the same event by different parties. */
  accounts: z.array(accountSchema).optional(),
  /** An editor's caveat shown with the event (what is uncertain and why). */
  note: text.optional(),
  /** Photographs, video, sound and documents shown with the event, the first one first. */
  media: z.array(mediaSchema).min(1, "must list at least one item; omit it otherwise").optional(),
  /** When the event was added to the story (omitted: with the first publication). */
  added: zonedDateTime.optional(),
  /** The latest change since publication, and what it was (see src/core/update-checks.ts). */
  updated: eventUpdateSchema.optional(),
  /** Corrections to this event, oldest first or in any order; shown with it and in the log. */
  corrections: z.array(correctionSchema).optional(),
});

export const storySchema = z.strictObject({
  $schema: z.string().optional(),
  title: text,
  description: text,
  /** "About this timeline": how it was checked and what it corrects, one paragraph per entry. */
  about: z.array(text).optional(),
  /** "Corrections to reports of these events": errors in reports of the story, closing "About". */
  corrections: z.array(text).optional(),
  /**
   * Each publisher's own sites, by the name used in `publisher`. When present, every publisher is
   * listed and a source linking elsewhere must be marked as a copy (see src/core/source-checks.ts).
   */
  outlets: z.record(text, z.array(domain).min(1, "must list at least one domain")).optional(),
  /** An editor's choice of the events that carry the story, by id (any order; shown by date). */
  keyMoments: z.array(slug).max(12, "must name at most 12 events: a choice, not a list").optional(),
  /**
   * Each tag's name for readers, by its id ("ceasefire": "Ceasefire"): the filter chips show these,
   * never the slug. When present, every tag an event uses must be listed (see tag-checks.ts).
   */
  tags: z.record(slug, text).optional(),
  /** When the story was first published, and last updated (see src/core/update-checks.ts). */
  published: zonedDateTime.optional(),
  updated: zonedDateTime.optional(),
  /**
   * The hosts remote images may come from ("upload.wikimedia.org"): each one learns of every reader
   * who sees its image, so the story names them, and the page's policy allows exactly these.
   */
  mediaHosts: z.array(domain).optional(),
  /** The story's own image for its share card and start page (an image, with alt and credit). */
  leadImage: mediaSchema
    .refine((m) => m.kind === "image", {
      message: 'must be an image ("kind": "image")',
      path: ["kind"],
    })
    .optional(),
  /** The period the reader lands on; older background is one zoom-out away. */
  focus: edtfInterval.optional(),
  actors: z.array(actorSchema).min(1, "must list at least one actor"),
  phases: z.array(phaseSchema),
  sources: z.record(slug, sourceSchema),
  events: z.array(eventSchema),
});

export type Actor = z.infer<typeof actorSchema>;
export type Phase = z.infer<typeof phaseSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type SourceCopy = z.infer<typeof copySchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Account = z.infer<typeof accountSchema>;
export type EventUpdate = z.infer<typeof eventUpdateSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type Media = z.infer<typeof mediaSchema>;
export type StoryEvent = z.infer<typeof eventSchema>;
export type Story = z.infer<typeof storySchema>;
