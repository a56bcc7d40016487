import { z } from "zod";
import { parseEdtf, parseEdtfOrProblem } from "./dates.ts";
import { MAX_ID_LENGTH, SLUG } from "./ids.ts";
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
export type StoryEvent = z.infer<typeof eventSchema>;
export type Story = z.infer<typeof storySchema>;
