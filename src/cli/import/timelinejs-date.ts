import { MAX_YEAR, MIN_YEAR, parseEdtfOrProblem, readerYear } from "../../core/dates.ts";
import type { TimelineDate } from "./timelinejs-schema.ts";

/**
 * TimelineJS date objects → EDTF at the precision the editor gave: a year, a month, a day, or a
 * local time (`2025-03-13T21:30`: TimelineJS times are wall-clock times with no zone, and EDTF
 * allows a time without one, so none is invented). BCE years are EDTF's negative years: TimelineJS
 * shows year -44 as "44 BCE", and EDTF, like ISO 8601, counts astronomically (year 0000 is 1 BCE),
 * so 44 BCE is written -0043 and the summary says so. A year of more than four digits is written
 * as EDTF's `Y-14999`, which stands alone (no month or day). Only what no JavaScript date can hold
 * (TimelineJS's cosmological scale) is refused. Every date written is read back with core's
 * parser, so the importer never writes a date the app refuses.
 */

export type DateResult =
  { ok: true; edtf: string; notes: string[]; sortKey: number } | { ok: false; problem: string };

/** EDTF writes a year of more than four digits as `Y12345` or `Y-12345`, a year alone. */
const MAX_DIGITS_YEAR = 9999;

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, "0");

function isEmpty(d: TimelineDate): boolean {
  const { year, month, day, hour, minute, second, millisecond } = d;
  return [year, month, day, hour, minute, second, millisecond].every((v) => v === undefined);
}

/** Milliseconds since 1970 of the start of a date, for sorting; any year JavaScript can hold. */
function timeOf(year: number, month = 1, day = 1, hour = 0, minute = 0, second = 0): number {
  const d = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  d.setUTCFullYear(year);
  return d.getTime();
}

function isRealDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year);
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function yearText(year: number): string {
  const text = `${year < 0 ? "-" : ""}${pad(year, 4)}`;
  return Math.abs(year) > MAX_DIGITS_YEAR ? `Y${text}` : text;
}

function readTime(
  d: TimelineDate,
  edtf: string,
  hasDay: boolean,
  notes: string[],
): { edtf?: string; problem?: string } {
  const { hour, minute, second, millisecond } = d;
  if ([hour, minute, second, millisecond].every((v) => v === undefined)) return { edtf };
  const shown = `${pad(hour ?? 0, 2)}:${pad(minute ?? 0, 2)}`;
  if (!hasDay) {
    notes.push(`time ${shown} dropped: a time needs a day; kept ${edtf}`);
    return { edtf };
  }
  if (hour === undefined || hour < 0 || hour > 23) {
    return { problem: `hour ${hour ?? "(none)"} is not an hour (0 to 23)` };
  }
  if (minute !== undefined && (minute < 0 || minute > 59)) {
    return { problem: `minute ${minute} is not a minute (0 to 59)` };
  }
  if (second !== undefined && (second < 0 || second > 59)) {
    return { problem: `second ${second} is not a second (0 to 59)` };
  }
  if (millisecond !== undefined && millisecond !== 0) {
    notes.push(`milliseconds ${millisecond} dropped`);
  }
  let time = `${pad(hour, 2)}:${pad(minute ?? 0, 2)}`;
  if (second !== undefined) time += `:${pad(second, 2)}`;
  return { edtf: `${edtf}T${time}` };
}

/** A year of five digits or more: EDTF writes it alone, so a month, day or time is dropped. */
function longYear(d: TimelineDate, year: number, notes: string[]): DateResult {
  const edtf = yearText(year);
  const { month, day, hour, minute, second } = d;
  if ([month, day, hour, minute, second].some((v) => v !== undefined)) {
    notes.push(`only the year kept (${edtf}): EDTF writes a year of more than four digits alone`);
  }
  return readBack({ ok: true, edtf, notes, sortKey: timeOf(year) });
}

/** One date object as an EDTF date (not an interval). */
export function pointToEdtf(d: TimelineDate): DateResult {
  const { month, day } = d;
  const fail = (problem: string): DateResult => ({ ok: false, problem });
  if (d.year === undefined) return fail("no year");
  const given = d.year;
  const year = given < 0 ? given + 1 : given;
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return fail(
      `year ${given} is on a cosmological scale: no JavaScript date can hold it (they reach ` +
        `${readerYear(MIN_YEAR)} to ${readerYear(MAX_YEAR)} CE), so this timeline cannot show it`,
    );
  }
  const notes: string[] = [];
  if (given < 0) {
    notes.push(
      `year ${given} (${-given} BCE, as TimelineJS shows it) is written ${yearText(year)}: ` +
        "EDTF counts year 0000 as 1 BCE",
    );
  }
  if (given === 0) {
    // TimelineJS shows year 0 as "0" and year -1 as "1 BCE"; both become 0000.
    notes.push(
      'year 0 (TimelineJS shows it as "0"; the calendar has no year 0) is written 0000, which ' +
        "is 1 BCE, as TimelineJS's year -1 is: check which year was meant",
    );
  }
  if (Math.abs(year) > MAX_DIGITS_YEAR) return longYear(d, year, notes);
  let edtf = yearText(year);
  let hasDay = false;
  if (month !== undefined) {
    if (month < 1 || month > 12) return fail(`month ${month} is not a month (1 to 12)`);
    edtf += `-${pad(month, 2)}`;
    if (day !== undefined) {
      if (!isRealDay(year, month, day)) {
        return fail(`"${edtf}-${pad(day, 2)}" is not a real date (no day ${day} in that month)`);
      }
      edtf += `-${pad(day, 2)}`;
      hasDay = true;
    }
  } else if (day !== undefined) {
    notes.push(`day ${day} ignored: the date has no month`);
  }
  const timed = readTime(d, edtf, hasDay, notes);
  if (timed.problem !== undefined) return fail(timed.problem);
  const timedEdtf = timed.edtf ?? edtf;
  const hasTime = timedEdtf.includes("T");
  const sortKey = timeOf(
    year,
    month,
    hasDay ? day : 1,
    hasTime ? d.hour : 0,
    hasTime ? d.minute : 0,
    hasTime ? d.second : 0,
  );
  return readBack({ ok: true, edtf: timedEdtf, notes, sortKey });
}

/** The result, or core's problem with the date if the app would refuse it (it should not). */
function readBack(result: Extract<DateResult, { ok: true }>): DateResult {
  const parsed = parseEdtfOrProblem(result.edtf);
  return typeof parsed === "string" ? { ok: false, problem: parsed } : result;
}

/**
 * A slide's or era's dates: the start alone, or `start/end`. An end date that cannot be used (no
 * year, not after the start) is dropped with a note and the start is kept.
 */
export function slideDate(start?: TimelineDate, end?: TimelineDate): DateResult {
  if (!start || isEmpty(start)) return { ok: false, problem: "no start date" };
  const from = pointToEdtf(start);
  if (!from.ok) return { ok: false, problem: `start date: ${from.problem}` };
  const notes = from.notes.map((n) => (end ? `start date: ${n}` : n));
  const kept = { ok: true as const, edtf: from.edtf, notes, sortKey: from.sortKey };
  if (!end || isEmpty(end)) return kept;

  const to = pointToEdtf(end);
  if (!to.ok) {
    notes.push(`end date dropped (${to.problem}); kept the start date only`);
    return kept;
  }
  notes.push(...to.notes.map((n) => `end date: ${n}`));
  // TimelineJS drops an end date equal to the start; so do we.
  if (to.edtf === from.edtf) return kept;
  const interval = `${from.edtf}/${to.edtf}`;
  if (typeof parseEdtfOrProblem(interval) !== "string") return { ...kept, edtf: interval };
  // The app reads an interval as a start and a later end. An end that is a coarser period holding
  // the start (2025-03 to 2025), or that falls inside it (2025-03-13 to 19:00 that day), is not
  // before the start, but not after it either.
  const before = to.sortKey < from.sortKey && !from.edtf.startsWith(to.edtf);
  notes.push(
    `end date ${to.edtf} ${before ? "is before" : "does not come after"} the start date ` +
      `${from.edtf}; kept the start only`,
  );
  return kept;
}
