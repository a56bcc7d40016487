import { z } from "zod";
import { parseEdtf, parseEdtfOrProblem } from "./dates.ts";

/**
 * The story file's schema, and through z.infer the app's types. Every rule an editor can break
 * lives here (or in the cross-reference checks of validate.ts) so the build and `npm run validate`
 * give the same message.
 */

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// A tag opener (<b, </b, <!--, <?xml) or a character reference (&amp; &#60; &#x3c;) means HTML.
const HTML = /<[a-zA-Z/!?]|&(?:[a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#x[0-9a-fA-F]+);/;
const LANGUAGE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const COLOR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

export const slug = z
  .string()
  .regex(SLUG, "must be a lowercase ASCII slug such as “putin-press-conference”");

/** Plain text: non-empty, no HTML. Data is shown as text and never parsed as markup. */
export const text = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .refine((s) => !HTML.test(s), "must be plain text, not HTML (found a tag or an &entity;)");

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

export const sourceSchema = z.strictObject({
  title: text,
  publisher: text,
  url: httpUrl,
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
  date: edtf,
  title: text,
  summary: text,
  actors: z.array(slug).min(1, "must name at least one actor"),
  tags: z.array(slug),
  place: text.optional(),
  quotes: z.array(quoteSchema),
  /** May be empty while a story is edited (an import keeps unsourced events): a warning, not an error. */
  sources: z.array(slug),
  /** Competing descriptions of the same event by different parties. */
  accounts: z.array(accountSchema).optional(),
  /** An editor's caveat shown with the event (what is uncertain and why). */
  note: text.optional(),
});

export const storySchema = z.strictObject({
  $schema: z.string().optional(),
  title: text,
  description: text,
  /** "About this timeline": how it was checked and what it corrects, one paragraph per entry. */
  about: z.array(text).optional(),
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
export type Quote = z.infer<typeof quoteSchema>;
export type Account = z.infer<typeof accountSchema>;
export type StoryEvent = z.infer<typeof eventSchema>;
export type Story = z.infer<typeof storySchema>;
