/** One date of EDTF (not an interval), parsed: see edtf-parse.ts for the whole picture. */

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
  /** The date as written. Year 0 is 1 BCE; month and day are 1 when not given. */
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** For a time: its zone as written ("Z", "+03:00"); absent for a local time without a zone. */
  zone?: string;
}

/**
 * The years whose every instant a JavaScript date can hold (it holds ±8.64e15 ms around 1970:
 * 20 April 271,821 BCE to 13 September 275,760 CE). Beyond them lies the cosmological scale.
 */
export const MIN_YEAR = -271_820;
export const MAX_YEAR = 275_759;

export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/**
 * A year as readers see it: a CE year as the data writes it ("2025", "0044"), a BCE year by its
 * count before year 1, since ISO 8601's year 0 is 1 BCE ("1 BCE" for 0000, "501 BCE" for -0500),
 * and years of five digits or more grouped ("12,345", "12,001 BCE").
 */
export function readerYear(year: number): string {
  const n = year > 0 ? year : 1 - year;
  const digits = n >= 10_000 ? n.toLocaleString("en-GB") : String(n).padStart(4, "0");
  return year > 0 ? digits : `${n >= 10_000 ? digits : n} BCE`;
}

const YEAR = "(-?\\d{4})";
const DATE = new RegExp(`^${YEAR}(?:-(\\d{2})(?:-(\\d{2}))?)?([~?%])?$`);
const DATETIME = new RegExp(
  `^${YEAR}-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2})(?::(\\d{2}))?(Z|[+-]\\d{2}:\\d{2})?$`,
);
/** EDTF's letter-prefixed year for more than four digits, with an optional exponent: Y-17E7. */
const LONG_YEAR = /^Y(-?)(\d+)(?:E(\d+))?([~?%])?$/;

export const quoted = (s: string) => JSON.stringify(s);
export const notEdtf = (s: string) => `${quoted(s)} is not an EDTF date`;

function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

function daysIn(y: number, month: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** A wall-clock time in the reader's zone (setFullYear: the constructor reads 0–99 as 19xx). */
export function local(y: number, month: number, day: number, h = 0, mi = 0, s = 0): Date {
  const d = new Date(2000, 0, 1);
  d.setFullYear(y, month - 1, day);
  d.setHours(h, mi, s, 0);
  return d;
}

/** The same wall-clock time read as UTC: for instants with a zone, and for comparing as written. */
function utc(y: number, month: number, day: number, h = 0, mi = 0, s = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(y, month - 1, day);
  d.setUTCHours(h, mi, s, 0);
  return d.getTime();
}

function yearProblem(s: string, year: number): string | undefined {
  if (year >= MIN_YEAR && year <= MAX_YEAR) return undefined;
  return (
    `${quoted(s)} is beyond the years a JavaScript date can hold ` +
    `(${readerYear(MIN_YEAR)} to ${readerYear(MAX_YEAR)}); cosmological dates cannot be shown`
  );
}

/** A parsed point and its period as written (wall clock read as UTC), to compare zone-free. */
export interface Parsed {
  point: EdtfPoint;
  written: { start: number; end: number };
}

function qualifiers(q: string | undefined) {
  return { approximate: q === "~" || q === "%", uncertain: q === "?" || q === "%" };
}

function parseLongYear(s: string, m: RegExpExecArray): Parsed | string {
  const [, sign, digits = "", exponent, q] = m;
  if (exponent === undefined && digits.length <= 4) {
    return `${notEdtf(s)} (a year of four digits or fewer is written without Y: ${sign}${digits.padStart(4, "0")})`;
  }
  const year = Number(`${sign}${digits}${exponent === undefined ? "" : `e${exponent}`}`);
  const problem = yearProblem(s, year);
  if (problem) return problem;
  return calendar(year, 1, 1, "year", q);
}

function calendar(
  year: number,
  month: number,
  day: number,
  precision: "year" | "month" | "day",
  q: string | undefined,
): Parsed {
  const next = {
    year: [year + 1, 1, 1],
    month: [year, month + 1, 1],
    day: [year, month, day + 1],
  }[precision] as [number, number, number];
  return {
    point: {
      precision,
      start: local(year, month, day),
      end: local(...next),
      ...qualifiers(q),
      year,
      month,
      day,
      hour: 0,
      minute: 0,
      second: 0,
    },
    written: { start: utc(year, month, day), end: utc(...next) },
  };
}

function parseCalendar(s: string, m: RegExpExecArray): Parsed | string {
  const [, y = "", mo, d, q] = m;
  if (y === "-0000") return `${notEdtf(s)} (year zero is 0000, without a sign)`;
  const year = Number(y);
  const month = mo === undefined ? 1 : Number(mo);
  const day = d === undefined ? 1 : Number(d);
  if (month < 1 || month > 12) return `${notEdtf(s)} (there is no month ${mo})`;
  if (day < 1 || day > daysIn(year, month)) {
    return `${quoted(s)} is not a real date (${MONTHS[month - 1]} ${readerYear(year)} has no day ${day})`;
  }
  const precision = d !== undefined ? "day" : mo !== undefined ? "month" : "year";
  return calendar(year, month, day, precision, q);
}

/** "+03:00" → 180; undefined for an offset no place on Earth uses (−12:00 to +14:00). */
function offsetMinutes(zone: string): number | undefined {
  if (zone === "Z") return 0;
  const minutes = Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6));
  if (Number(zone.slice(4, 6)) > 59) return undefined;
  if (zone[0] === "-" ? minutes > 12 * 60 : minutes > 14 * 60) return undefined;
  return zone[0] === "-" ? -minutes : minutes;
}

function parseDateTime(s: string, m: RegExpExecArray): Parsed | string {
  const [, y = "", mo, d, h, mi, sec, zone] = m;
  if (y === "-0000") return `${notEdtf(s)} (year zero is 0000, without a sign)`;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, sec ?? "0"].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const bad = `${quoted(s)} is not a real date and time`;
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return bad;
  if (hour > 23 || minute > 59 || second > 59) return bad;
  // RFC 3339 reads -00:00 as "UTC, local offset unknown"; ISO 8601 (and so EDTF) does not allow
  // it. Either way it does not say what the author meant, so it is refused with both ways out.
  if (zone === "-00:00") {
    return `${bad}: -00:00 is not an offset; write Z for a time in UTC, or leave the offset out for a local time`;
  }
  const offset = zone === undefined ? 0 : offsetMinutes(zone);
  if (offset === undefined) {
    return `${bad}: offset ${zone} is outside the offsets in use (−12:00 to +14:00)`;
  }
  const wall = utc(year, month, day, hour, minute, second);
  const start =
    zone === undefined
      ? local(year, month, day, hour, minute, second)
      : new Date(wall - offset * 60_000);
  return {
    point: {
      precision: "minute",
      start,
      end: new Date(start.getTime() + 60_000),
      approximate: false,
      uncertain: false,
      year,
      month,
      day,
      hour,
      minute,
      second,
      ...(zone === undefined ? {} : { zone }),
    },
    written: { start: wall, end: wall + 60_000 },
  };
}

export function parsePoint(s: string): Parsed | string {
  const time = DATETIME.exec(s);
  if (time) return parseDateTime(s, time);
  const long = LONG_YEAR.exec(s);
  if (long) return parseLongYear(s, long);
  const m = DATE.exec(s);
  if (m) return parseCalendar(s, m);
  const unprefixed = /^-?\d{5,}$/.test(s);
  return unprefixed ? `${notEdtf(s)} (write a year of more than four digits as Y${s})` : notEdtf(s);
}
