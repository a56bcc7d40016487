import { format, isValid } from "date-fns";
import { MONTHS, readerYear } from "./edtf-parse.ts";
import type { EdtfDate, EdtfPoint } from "./edtf-parse.ts";

/**
 * Honest dates: the EDTF parser (edtf-parse.ts, re-exported here), every format readers see, and
 * every date-fns call. Reader-facing text is built from the date's parts as written, never read
 * back from an instant, so it is the same in every reader's zone: "13 March 2025, 19:00 UTC+3",
 * "21:30, local time" for a time written without a zone, "501 BCE" for the year -0500.
 */

export type { EdtfDate, EdtfPoint, ParseOptions, Precision } from "./edtf-parse.ts";
export {
  isEdtf,
  MAX_YEAR,
  MIN_YEAR,
  mustParseEdtf,
  parseEdtf,
  parseEdtfOrProblem,
  readerYear,
} from "./edtf-parse.ts";

// The story is written in English, so its dates are too.
type Style = "full" | "short";

const pad2 = (n: number) => String(n).padStart(2, "0");

function monthName(p: EdtfPoint, style: Style): string {
  const name = MONTHS[p.month - 1] ?? "";
  return style === "full" ? name : name.slice(0, 3);
}

function zoneLabel(zone: string): string {
  if (zone === "Z" || zone === "+00:00") return "UTC";
  const [h, m] = [zone.slice(1, 3), zone.slice(4, 6)];
  const sign = zone[0] === "-" ? "−" : "+";
  return `UTC${sign}${Number(h)}${m === "00" ? "" : `:${m}`}`;
}

function plainPoint(p: EdtfPoint, style: Style): string {
  const year = readerYear(p.year);
  if (p.precision === "year") return year;
  if (p.precision === "month") return `${monthName(p, style)} ${year}`;
  const day = `${p.day} ${monthName(p, style)} ${year}`;
  if (p.precision === "day") return day;
  const time = `${pad2(p.hour)}:${pad2(p.minute)}`;
  return `${day}, ${time}${p.zone === undefined ? ", local time" : ` ${zoneLabel(p.zone)}`}`;
}

function qualify(base: string, q: { approximate: boolean; uncertain: boolean }): string {
  const approx = q.approximate ? `c. ${base}` : base;
  return q.uncertain ? `${approx} (uncertain)` : approx;
}

function formatPoint(p: EdtfPoint, style: Style): string {
  return qualify(plainPoint(p, style), p);
}

/** Joins two day- or month-precision dates sharing a year or month: "18–21 March 2014". */
function formatRange(from: EdtfPoint, to: EdtfPoint, style: Style): string {
  const plain = !from.approximate && !from.uncertain && !to.approximate && !to.uncertain;
  const sameYear = from.year === to.year;
  if (plain && from.precision === "day" && to.precision === "day" && sameYear) {
    if (from.month === to.month) return `${from.day}–${plainPoint(to, style)}`;
    return `${from.day} ${monthName(from, style)} – ${plainPoint(to, style)}`;
  }
  if (plain && from.precision === "month" && to.precision === "month" && sameYear) {
    return `${monthName(from, style)}–${plainPoint(to, style)}`;
  }
  return `${formatPoint(from, style)} – ${formatPoint(to, style)}`;
}

function formatAs(d: EdtfDate, style: Style): string {
  if (d.open) return `${formatPoint(d.from, style)} – ongoing`;
  return d.to ? formatRange(d.from, d.to, style) : formatPoint(d.from, style);
}

/**
 * "13 March 2025", "March 2025", "c. March 2025", "18–21 March 2014", "501 BCE",
 * "13 March 2025, 19:00 UTC+3", "13 March 2025, 21:30, local time", "18 March 2025 – ongoing".
 */
export function formatDate(d: EdtfDate): string {
  return formatAs(d, "full");
}

/** The same, with abbreviated months, for lists and labels: "13 Mar 2025". */
export function formatDateShort(d: EdtfDate): string {
  return formatAs(d, "short");
}

/** Something with a date and, optionally, the words an editor chose to show for it. */
export interface Dated {
  when: EdtfDate;
  /** Plain text shown in place of the formatted date ("Spring 1848"). */
  displayDate?: string | undefined;
}

/** An event's date as readers see it: its `displayDate` when it has one, else the date. */
export function readerDate(e: Dated): string {
  return e.displayDate ?? formatDate(e.when);
}

/** The same, short, for lists and labels. */
export function readerDateShort(e: Dated): string {
  return e.displayDate ?? formatDateShort(e.when);
}

function isoYear(year: number): string {
  const digits = String(Math.abs(year)).padStart(4, "0");
  return year < 0 ? `-${digits}` : digits;
}

/**
 * A machine-readable value for <time datetime>: the start as written, in ISO 8601 ("2025-03-13",
 * "2025-03-13T19:00+03:00", "2025-03-13T21:30" for a local time). HTML has no years before 1, so a
 * BCE date keeps ISO 8601's signed year ("-0500").
 */
export function dateTimeAttribute(d: EdtfDate): string {
  const p = d.from;
  const year = isoYear(p.year);
  if (p.precision === "year") return year;
  const month = `${year}-${pad2(p.month)}`;
  if (p.precision === "month") return month;
  const day = `${month}-${pad2(p.day)}`;
  if (p.precision === "day") return day;
  const seconds = p.second === 0 ? "" : `:${pad2(p.second)}`;
  return `${day}T${pad2(p.hour)}:${pad2(p.minute)}${seconds}${p.zone ?? ""}`;
}

/** Formats an instant as a calendar day in the reader's zone, for URLs: "2025-03-13", "-0500-01-01". */
export function formatDay(d: Date): string {
  // uuuu, the signed (astronomical) year: yyyy would write 501 BCE as 0501.
  return format(d, "uuuu-MM-dd");
}

const URL_INSTANT = /^(-?\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * An instant for a URL, readable in the reader's zone: "2025-03-01" at local midnight, else
 * "2025-03-01T12:30" (seconds are dropped). Where the local time names two instants (the hour
 * repeated when clocks go back), the offset is added so the text still names exactly one.
 */
export function formatUrlInstant(d: Date): string {
  const midnight = d.getHours() === 0 && d.getMinutes() === 0;
  const local = format(d, midnight ? "uuuu-MM-dd" : "uuuu-MM-dd'T'HH:mm");
  // Subtracted, not set: setSeconds would resolve the local time again, to the first 01:30.
  const minute = d.getTime() - d.getSeconds() * 1000 - d.getMilliseconds();
  return parseUrlInstant(local)?.getTime() === minute ? local : format(d, "uuuu-MM-dd'T'HH:mmxxx");
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
  // Date.UTC reads years 0–99 as 19xx; setUTCFullYear does not (and is slower, so only then).
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (year < 100) calendar.setUTCFullYear(year, month - 1, day);
  // Date rolls 2025-02-30 over into March; a rolled date did not exist.
  if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) return undefined;
  if (hour > 23 || minute > 59) return undefined;
  if (zone !== undefined) {
    // As Date's own parser: hours to 23, minutes to 59.
    if (Number(zone.slice(1, 3)) > 23 || Number(zone.slice(4)) > 59) return undefined;
    const sign = zone[0] === "-" ? -1 : 1;
    const offset =
      zone === "Z" ? 0 : sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4)));
    calendar.setUTCHours(hour, minute - offset);
    return isValid(calendar) ? calendar : undefined;
  }
  const at = new Date(year, month - 1, day, hour, minute);
  if (year < 100) at.setFullYear(year, month - 1, day);
  return isValid(at) ? at : undefined;
}
