import { z } from "zod";
import { mediaSchema } from "./media-schema.ts";
import {
  domain,
  edtf,
  edtfInterval,
  httpUrl,
  language,
  slug,
  slugList,
  text,
} from "./schema-fields.ts";
import { correctionSchema, eventUpdateSchema, zonedDateTime } from "./updates-schema.ts";

/**
 * The story file's schema, and through z.infer the app's types. Every rule an editor can break
 * lives here, in the files it builds on (the field types in schema-fields.ts, media in
 * media-schema.ts, the story's history in updates-schema.ts), or in the cross-reference checks of
 * validate.ts, so the build and `npm run validate` give the same message. Their names are
 * exported from here too, so the rest of the code asks this one module.
 */

export { domain, edtf, edtfInterval, httpUrl, language, slug, text } from "./schema-fields.ts";
export { mediaFile, mediaSchema } from "./media-schema.ts";
export type { Media } from "./media-schema.ts";
export { correctionSchema, eventUpdateSchema, zonedDateTime } from "./updates-schema.ts";
export type { Correction, EventUpdate } from "./updates-schema.ts";

const COLOR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

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
export type StoryEvent = z.infer<typeof eventSchema>;
export type Story = z.infer<typeof storySchema>;
