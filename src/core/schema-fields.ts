import { z } from "zod";
import { parseEdtf, parseEdtfOrProblem } from "./dates.ts";
import { MAX_ID_LENGTH, SLUG } from "./ids.ts";
import { htmlIn } from "./plain-text.ts";

/**
 * The story schema's field types (schema.ts builds on them): ids, plain text, EDTF dates, http(s)
 * URLs, languages and domains, each with the message an editor reads when a value breaks its rule.
 */

const LANGUAGE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
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
export const slugList = z.array(slug).superRefine((ids, ctx) => {
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

export const httpUrl = z
  .string()
  .refine((s) => URL.canParse(s), "must be an absolute URL")
  .refine((s) => !URL.canParse(s) || /^https?:$/.test(new URL(s).protocol), {
    message: "must be an http(s) URL",
  });

export const language = z
  .string()
  .regex(LANGUAGE, "must be a BCP 47 language code such as “en”, “ru” or “uk”");

/** A site by its domain; it stands for every subdomain too ("kremlin.ru" covers en.kremlin.ru). */
export const domain = z
  .string()
  .regex(DOMAIN, "must be a lowercase domain such as “reuters.com” (no https://, path or port)");
