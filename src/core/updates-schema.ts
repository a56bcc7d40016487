import { z } from "zod";
import { parseEdtf } from "./dates.ts";
import { edtf, text } from "./schema-fields.ts";

/**
 * The story's own history in its schema: the moments it was published, updated and corrected
 * (zonedDateTime), and an event's update and corrections as readers see them (src/core/updates.ts).
 */

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

export type EventUpdate = z.infer<typeof eventUpdateSchema>;
export type Correction = z.infer<typeof correctionSchema>;
