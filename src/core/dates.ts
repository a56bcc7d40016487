import { addDays, addMonths, addYears, format, isValid } from "date-fns";

/**
 * Honest dates: a parser for exactly the EDTF (ISO 8601-2) subset the story uses, and every
 * date-fns call that formats a date for readers. Dates are built from their parts in the reader's
 * zone (never `new Date("YYYY-MM-DD")`, which is UTC midnight and the previous day west of UTC).
 */

export type Precision = "year" | "month" | "day" | "minute";

/** One side of an EDTF date: a calendar period at some precision, possibly qualified. */
export interface EdtfPoint {
  precision: Precision;
  /** First instant of the period. */
  start: Date;
  /** First instant after the period (exclusive). */
  end: Date;
  approximate: boolean;
  uncertain: boolean;
  /** For a time with its zone: the wall-clock time there, and the zone as written ("+03:00"). */
  wallClock?: Date;
  zone?: string;
}

export interface EdtfDate {
  edtf: string;
  /** First instant covered. */
  start: Date;
  /** First instant after the date (exclusive): the end of the day, month or year. */
  end: Date;
  /** Precision of the (first) date. */
  precision: Precision;
  approximate: boolean;
  uncertain: boolean;
  interval: boolean;
  from: EdtfPoint;
  /** The second date of an interval. */
  to?: EdtfPoint;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/;
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})$/;

function parsePoint(s: string): EdtfPoint | string {
  const time = DATETIME.exec(s);
  if (time) return parseDateTime(time);
  const m = DATE.exec(s);
  if (!m) return `${JSON.stringify(s)} is not an EDTF date`;
  const [, y, mo, d, q] = m;
  const year = Number(y);
  const month = mo === undefined ? 1 : Number(mo);
  const day = d === undefined ? 1 : Number(d);
  if (month < 1 || month > 12)
    return `${JSON.stringify(s)} is not an EDTF date (there is no month ${mo})`;
  // setFullYear, because the constructor reads years below 100 as 19xx.
  const start = new Date(2000, 0, 1);
  start.setFullYear(year, month - 1, day);
  // Date rolls 2025-02-30 over into March; a rolled date did not exist.
  if (start.getFullYear() !== year || start.getMonth() !== month - 1 || start.getDate() !== day) {
    const firstOfMonth = new Date(2000, 0, 1);
    firstOfMonth.setFullYear(year, month - 1, 1);
    const monthName = format(firstOfMonth, "MMMM yyyy");
    return `${JSON.stringify(s)} is not a real date (${monthName} has no day ${day})`;
  }
  const precision: Precision = d !== undefined ? "day" : mo !== undefined ? "month" : "year";
  const end =
    precision === "day"
      ? addDays(start, 1)
      : precision === "month"
        ? addMonths(start, 1)
        : addYears(start, 1);
  return {
    precision,
    start,
    end,
    approximate: q === "~" || q === "%",
    uncertain: q === "?" || q === "%",
  };
}

function parseDateTime(m: RegExpExecArray): EdtfPoint | string {
  const [all, y, mo, d, h, mi, sec, zone = "Z"] = m;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, sec ?? "0"].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wallClock = new Date(year, month - 1, day, hour, minute, second);
  const ok =
    wallClock.getMonth() === month - 1 &&
    wallClock.getDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60;
  const offsetOk = zone === "Z" || Number(zone.slice(1, 3)) <= 14;
  if (!ok || !offsetOk) return `${JSON.stringify(all)} is not a real date and time`;
  const start = new Date(all);
  if (!isValid(start)) return `${JSON.stringify(all)} is not a real date and time`;
  return {
    precision: "minute",
    start,
    end: new Date(start.getTime() + 60_000),
    approximate: false,
    uncertain: false,
    wallClock,
    zone,
  };
}

/** Parses an EDTF string of the supported subset; returns a message saying what is wrong. */
export function parseEdtfOrProblem(s: string): EdtfDate | string {
  const parts = s.split("/");
  if (parts.length > 2) return `${JSON.stringify(s)} is not an EDTF date`;
  const [first = "", second] = parts;
  const from = parsePoint(first);
  if (typeof from === "string") return parts.length === 2 ? intervalProblem(s, from) : from;
  if (second === undefined) {
    return { edtf: s, ...pick(from), interval: false, from };
  }
  const to = parsePoint(second);
  if (typeof to === "string") return intervalProblem(s, to);
  if (to.end <= from.start || to.start < from.start) {
    return `interval ${JSON.stringify(s)} ends before it starts`;
  }
  return {
    edtf: s,
    ...pick(from),
    end: to.end,
    approximate: from.approximate || to.approximate,
    uncertain: from.uncertain || to.uncertain,
    interval: true,
    from,
    to,
  };
}

function intervalProblem(s: string, problem: string): string {
  return `${JSON.stringify(s)} is not an EDTF interval: ${problem}`;
}

function pick(p: EdtfPoint) {
  const { start, end, precision, approximate, uncertain } = p;
  return { start, end, precision, approximate, uncertain };
}

export function parseEdtf(s: string): EdtfDate | undefined {
  const parsed = parseEdtfOrProblem(s);
  return typeof parsed === "string" ? undefined : parsed;
}

export function isEdtf(s: string): boolean {
  return parseEdtf(s) !== undefined;
}

/** Parses EDTF that validation has already accepted. */
export function mustParseEdtf(s: string): EdtfDate {
  const parsed = parseEdtfOrProblem(s);
  if (typeof parsed === "string") throw new Error(parsed);
  return parsed;
}

// Reader-facing formats: the story is written in English, so its dates are too.
const FULL: Record<Precision, string> = {
  year: "yyyy",
  month: "MMMM yyyy",
  day: "d MMMM yyyy",
  minute: "d MMMM yyyy, HH:mm",
};
const SHORT: Record<Precision, string> = {
  year: "yyyy",
  month: "MMM yyyy",
  day: "d MMM yyyy",
  minute: "d MMM yyyy, HH:mm",
};

function zoneLabel(zone: string): string {
  if (zone === "Z" || zone === "+00:00" || zone === "-00:00") return "UTC";
  const [h, m] = [zone.slice(1, 3), zone.slice(4, 6)];
  const sign = zone[0] === "-" ? "−" : "+";
  return `UTC${sign}${Number(h)}${m === "00" ? "" : `:${m}`}`;
}

function formatPoint(p: EdtfPoint, patterns: Record<Precision, string>): string {
  const base =
    p.wallClock && p.zone
      ? `${format(p.wallClock, patterns.minute)} ${zoneLabel(p.zone)}`
      : format(p.start, patterns[p.precision]);
  return qualify(base, p);
}

function qualify(base: string, q: { approximate: boolean; uncertain: boolean }): string {
  const approx = q.approximate ? `c. ${base}` : base;
  return q.uncertain ? `${approx} (uncertain)` : approx;
}

/** Joins two day- or month-precision dates sharing a year or month: "18–21 March 2014". */
function formatRange(from: EdtfPoint, to: EdtfPoint, patterns: Record<Precision, string>): string {
  const plain = !from.approximate && !from.uncertain && !to.approximate && !to.uncertain;
  const sameYear = from.start.getFullYear() === to.start.getFullYear();
  if (plain && from.precision === "day" && to.precision === "day" && sameYear) {
    const month = patterns === FULL ? "MMMM" : "MMM";
    if (from.start.getMonth() === to.start.getMonth()) {
      return `${format(from.start, "d")}–${format(to.start, patterns.day)}`;
    }
    return `${format(from.start, `d ${month}`)} – ${format(to.start, patterns.day)}`;
  }
  if (plain && from.precision === "month" && to.precision === "month" && sameYear) {
    const month = patterns === FULL ? "MMMM" : "MMM";
    return `${format(from.start, month)}–${format(to.start, patterns.month)}`;
  }
  return `${formatPoint(from, patterns)} – ${formatPoint(to, patterns)}`;
}

/** "13 March 2025", "March 2025", "c. March 2025", "18–21 March 2014", "13 March 2025, 19:00 UTC+3". */
export function formatDate(d: EdtfDate): string {
  return d.to ? formatRange(d.from, d.to, FULL) : formatPoint(d.from, FULL);
}

/** The same, with abbreviated months, for lists and labels: "13 Mar 2025". */
export function formatDateShort(d: EdtfDate): string {
  return d.to ? formatRange(d.from, d.to, SHORT) : formatPoint(d.from, SHORT);
}

/** A machine-readable value for <time datetime>: the EDTF start as ISO 8601 (date or instant). */
export function dateTimeAttribute(d: EdtfDate): string {
  const p = d.from;
  if (p.zone) return d.edtf.split("/")[0] ?? d.edtf;
  return format(
    p.start,
    p.precision === "year" ? "yyyy" : p.precision === "month" ? "yyyy-MM" : "yyyy-MM-dd",
  );
}

/** Formats an instant as a calendar day in the reader's zone, for URLs: "2025-03-13". */
export function formatDay(d: Date): string {
  return format(d, "yyyy-MM-dd");
}

const URL_INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * An instant for a URL, readable in the reader's zone: "2025-03-01" at local midnight, else
 * "2025-03-01T12:30" (seconds are dropped). Where the local time names two instants (the hour
 * repeated when clocks go back), the offset is added so the text still names exactly one.
 */
export function formatUrlInstant(d: Date): string {
  const midnight = d.getHours() === 0 && d.getMinutes() === 0;
  const local = format(d, midnight ? "yyyy-MM-dd" : "yyyy-MM-dd'T'HH:mm");
  // Subtracted, not set: setSeconds would resolve the local time again, to the first 01:30.
  const minute = d.getTime() - d.getSeconds() * 1000 - d.getMilliseconds();
  return parseUrlInstant(local)?.getTime() === minute ? local : format(d, "yyyy-MM-dd'T'HH:mmxxx");
}

/** Reads what formatUrlInstant writes; undefined for anything else (never throws). */
export function parseUrlInstant(s: string): Date | undefined {
  const m = URL_INSTANT.exec(s);
  if (!m) return undefined;
  const [, y, mo, d, h = "00", mi = "00", zone] = m;
  const [year, month, day, hour, minute] = [y, mo, d, h, mi].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  // Date rolls 2025-02-30 over into March; a rolled date did not exist.
  if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) return undefined;
  if (hour > 23 || minute > 59) return undefined;
  if (zone !== undefined) {
    const at = new Date(`${y}-${mo}-${d}T${h}:${mi}:00${zone}`);
    return isValid(at) ? at : undefined;
  }
  const at = new Date(year, month - 1, day, hour, minute);
  at.setFullYear(year, month - 1, day);
  return at;
}
