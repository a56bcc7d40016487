import { z } from "zod";

/**
 * The TimelineJS3 JSON format as TimelineJS itself reads it: numbers may be strings ("2025") or
 * numbers, empty strings mean "not given", and fields this importer does not use (background,
 * location.lat, autolink…) are allowed and ignored. The top level is parsed whole; slides and eras
 * are parsed one by one so that one bad event is dropped and reported, not the whole story.
 */

/** A string field; numbers are read as text, and "" or null as not given. */
const str = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .transform((v) => {
    const s = v === null || v === undefined ? "" : String(v);
    return s.trim() === "" ? undefined : s;
  });

/** A date part: 3, "3", "03" or " 3 " are 3; "" and null are not given. */
const datePart = z
  .union([z.number(), z.string(), z.null()])
  .optional()
  .transform((v, ctx) => {
    if (v === null || v === undefined) return undefined;
    const s = String(v).trim();
    if (s === "") return undefined;
    if (!/^[+-]?\d+$/.test(s)) {
      ctx.addIssue({ code: "custom", message: `must be a whole number, not ${JSON.stringify(v)}` });
      return z.NEVER;
    }
    return Number(s);
  });

const dateObject = z.looseObject({
  year: datePart,
  month: datePart,
  day: datePart,
  hour: datePart,
  minute: datePart,
  second: datePart,
  millisecond: datePart,
  display_date: str,
  format: str,
});

/** A date object; "" or null (as spreadsheet exports write an empty end date) is no date. */
export const timelineDateSchema = z.preprocess(
  (d) => (d === "" || d === null ? undefined : d),
  dateObject.optional(),
);

/** An optional object; null or absent reads as an empty one, so every field is simply unset. */
function part<T extends z.ZodType<object>>(schema: T) {
  return schema.nullish().transform((v): z.output<T> => v ?? ({} as z.output<T>));
}

const textSchema = part(z.looseObject({ headline: str, text: str }));

const mediaSchema = part(
  z.looseObject({ url: str, caption: str, credit: str, thumbnail: str, alt: str, title: str }),
);

/** An event slide, or the title slide (which has no date). */
export const slideSchema = z.looseObject({
  start_date: timelineDateSchema,
  end_date: timelineDateSchema,
  display_date: str,
  text: textSchema,
  media: mediaSchema,
  group: str,
  unique_id: str,
  location: part(z.looseObject({ name: str })),
  /** What a sheet's own columns add (none of them TimelineJS's): see from-sheet.ts. */
  sheet: part(
    z.looseObject({
      /** Where the slide is in the sheet, for messages: "row 14". */
      where: str,
      tags: z.array(z.string()).optional(),
      sources: z.array(z.strictObject({ url: z.string(), title: str, publisher: str })).optional(),
      quote: str,
      speaker: str,
    }),
  ),
});

export const eraSchema = z.looseObject({
  start_date: timelineDateSchema,
  end_date: timelineDateSchema,
  text: textSchema,
  sheet: part(z.looseObject({ where: str })),
});

export const timelineSchema = z.looseObject({
  title: z.unknown().optional(),
  events: z.array(z.unknown(), "must be a list of events (TimelineJS3 keeps them in “events”)"),
  eras: z
    .array(z.unknown())
    .nullish()
    .transform((e) => e ?? []),
  scale: str,
});

export type TimelineDate = NonNullable<z.output<typeof timelineDateSchema>>;
export type Slide = z.output<typeof slideSchema>;
export type Era = z.output<typeof eraSchema>;
export type Timeline = z.output<typeof timelineSchema>;
