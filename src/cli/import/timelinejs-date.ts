import type { TimelineDate } from "./timelinejs-schema.ts";

/**
 * TimelineJS date objects → EDTF at the precision the editor gave: a year, a month, a day, or a
 * local time (`2025-03-13T21:30`: TimelineJS times are wall-clock times with no zone, and EDTF
 * allows a time without one, so none is invented). BCE years are EDTF's negative years: TimelineJS
 * shows year -44 as "44 BCE", and EDTF, like ISO 8601, counts astronomically (year 0000 is 1 BCE),
 * so 44 BCE is written -0043 and the summary says so. Only what no JavaScript date can
 * hold (TimelineJS's cosmological scale) is refused. Dates are checked here, not with core's
 * parser, so that the importer writes these forms whatever the app's parser reads today.
 */

export type DateResult =
  { ok: true; edtf: string; notes: string[]; sortKey: number } | { ok: false; problem: string };

/** The years a JavaScript date can hold (±8.64e15 ms from 1970), less the partial edge years. */
const JS_MIN_YEAR = -271820;
const JS_MAX_YEAR = 275759;
/** EDTF writes years of more than four digits as `Y12345`, which the app does not read. */
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
  return `${year < 0 ? "-" : ""}${pad(year, 4)}`;
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

/** One date object as an EDTF date (not an interval). */
export function pointToEdtf(d: TimelineDate): DateResult {
  const { month, day } = d;
  const fail = (problem: string): DateResult => ({ ok: false, problem });
  if (d.year === undefined) return fail("no year");
  const given = d.year;
  const year = given < 0 ? given + 1 : given;
  if (year < JS_MIN_YEAR || year > JS_MAX_YEAR) {
    return fail(
      `year ${given} is on a cosmological scale: no JavaScript date can hold it (they reach ` +
        `271,820 BCE to 275,759 CE), so this timeline cannot show it`,
    );
  }
  if (Math.abs(year) > MAX_DIGITS_YEAR) {
    return fail(`year ${given}: years of more than four digits are not supported yet`);
  }
  const notes: string[] = [];
  if (given < 0) {
    notes.push(
      `year ${given} (${-given} BCE, as TimelineJS shows it) is written ${yearText(year)}: ` +
        "EDTF counts year 0000 as 1 BCE",
    );
  }
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
  return { ok: true, edtf: timedEdtf, notes, sortKey };
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
  // An end that is a coarser period holding the start (2025-03 to 2025) does not end before it.
  if (to.sortKey < from.sortKey && !from.edtf.startsWith(to.edtf)) {
    notes.push(`end date ${to.edtf} is before the start date ${from.edtf}; kept the start only`);
    return kept;
  }
  return { ...kept, edtf: `${from.edtf}/${to.edtf}` };
}
