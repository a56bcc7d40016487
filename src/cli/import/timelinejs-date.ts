import { parseEdtfOrProblem } from "../../core/dates.ts";
import type { TimelineDate } from "./timelinejs-schema.ts";

/**
 * TimelineJS date objects → EDTF at the precision the editor gave: a year, a month or a day.
 * TimelineJS times are wall-clock times with no zone; EDTF times need one and we never invent it,
 * so a time is dropped to its day and the summary says so.
 */

export type DateResult =
  { ok: true; edtf: string; notes: string[] } | { ok: false; problem: string };

const pad = (n: number, width: number) => String(n).padStart(width, "0");

function isEmpty(d: TimelineDate): boolean {
  const { year, month, day, hour, minute, second, millisecond } = d;
  return [year, month, day, hour, minute, second, millisecond].every((v) => v === undefined);
}

/** One date object as an EDTF date (not an interval). */
export function pointToEdtf(d: TimelineDate): DateResult {
  const { year, month, day, hour, minute, second, millisecond } = d;
  const fail = (problem: string): DateResult => ({ ok: false, problem });
  if (year === undefined) return fail("no year");
  if (year < 0) {
    return fail(`year ${year} is before the common era; our dates support years 100 to 9999`);
  }
  if (year < 100 || year > 9999) return fail(`year ${year}: our dates support years 100 to 9999`);
  const notes: string[] = [];
  let edtf = pad(year, 4);
  if (month !== undefined) {
    if (month < 1 || month > 12) return fail(`month ${month} is not a month (1 to 12)`);
    edtf += `-${pad(month, 2)}`;
    if (day !== undefined) edtf += `-${pad(day, 2)}`;
  } else if (day !== undefined) {
    notes.push(`day ${day} ignored: the date has no month`);
  }
  if ([hour, minute, second, millisecond].some((v) => v !== undefined)) {
    const time = `${pad(hour ?? 0, 2)}:${pad(minute ?? 0, 2)}`;
    notes.push(`time ${time} dropped: TimelineJS times have no time zone; kept ${edtf}`);
  }
  const parsed = parseEdtfOrProblem(edtf);
  if (typeof parsed === "string") return fail(parsed);
  return { ok: true, edtf, notes };
}

/**
 * A slide's or era's dates: the start alone, or `start/end`. An end date that cannot be used (no
 * year, before the start) is dropped with a note and the start is kept.
 */
export function slideDate(start?: TimelineDate, end?: TimelineDate): DateResult {
  if (!start || isEmpty(start)) return { ok: false, problem: "no start date" };
  const from = pointToEdtf(start);
  if (!from.ok) return { ok: false, problem: `start date: ${from.problem}` };
  const notes = from.notes.map((n) => (end ? `start date: ${n}` : n));
  if (!end || isEmpty(end)) return { ok: true, edtf: from.edtf, notes };

  const to = pointToEdtf(end);
  if (!to.ok) {
    notes.push(`end date dropped (${to.problem}); kept the start date only`);
    return { ok: true, edtf: from.edtf, notes };
  }
  notes.push(...to.notes.map((n) => `end date: ${n}`));
  // TimelineJS drops an end date equal to the start; so do we.
  if (to.edtf === from.edtf) return { ok: true, edtf: from.edtf, notes };
  const interval = `${from.edtf}/${to.edtf}`;
  if (typeof parseEdtfOrProblem(interval) === "string") {
    notes.push(`end date ${to.edtf} is before the start date ${from.edtf}; kept the start only`);
    return { ok: true, edtf: from.edtf, notes };
  }
  return { ok: true, edtf: interval, notes };
}
