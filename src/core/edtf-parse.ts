/**
 * The EDTF (ISO 8601-2) subset a story may use, parsed into the parts as written and the instants
 * the axis needs. Public through dates.ts.
 *
 * Years are astronomical, as in ISO 8601: 0000 is 1 BCE, -0500 is 501 BCE. The parts as written
 * (year, month, day, hour, minute) are what readers see; the instants (`start`, `end`) only place
 * the date on the axis and order it. A date without a time, or a time without a zone, is placed at
 * that wall-clock time in the reader's zone, as the axis draws in it; a time with its zone is that
 * exact instant. Nothing shown to a reader is read back from an instant, so no reader's zone (or
 * its daylight-saving gaps) can change a written date or time.
 */
import { local, notEdtf, parsePoint, quoted } from "./edtf-point.ts";
import type { EdtfPoint, Parsed, Precision } from "./edtf-point.ts";

export type { EdtfPoint, Precision } from "./edtf-point.ts";
export { MAX_YEAR, MIN_YEAR, MONTHS, readerYear } from "./edtf-point.ts";

export interface EdtfDate {
  edtf: string;
  /** First instant covered. */
  start: Date;
  /** First instant after the date (exclusive): the end of the day, month or year; for an open
   * interval, the end of the day the date was parsed (the build, or the reader's today). */
  end: Date;
  /** Precision of the (first) date. */
  precision: Precision;
  approximate: boolean;
  uncertain: boolean;
  interval: boolean;
  /** An interval still going on (`2025-03-18/..`): `end` is today, and there is no `to`. */
  open: boolean;
  from: EdtfPoint;
  /** The second date of a closed interval. */
  to?: EdtfPoint;
}

function intervalProblem(s: string, problem: string): string {
  return `${quoted(s)} is not an EDTF interval: ${problem}`;
}

function pick(p: EdtfPoint) {
  const { start, end, precision, approximate, uncertain } = p;
  return { start, end, precision, approximate, uncertain };
}

/** Where an interval's ends lie, compared as instants when both have zones, else as written. */
function span(from: Parsed, to: Parsed) {
  const zoned = from.point.zone !== undefined && to.point.zone !== undefined;
  const at = (p: Parsed) =>
    zoned ? { start: p.point.start.getTime(), end: p.point.end.getTime() } : p.written;
  return { from: at(from), to: at(to) };
}

export interface ParseOptions {
  /** "Now", for an open interval's end (default: the clock). */
  now?: Date;
}

/** Parses an EDTF string of the supported subset; returns a message saying what is wrong. */
export function parseEdtfOrProblem(s: string, options: ParseOptions = {}): EdtfDate | string {
  const parts = s.split("/");
  if (parts.length > 2) return notEdtf(s);
  const [first = "", second] = parts;
  if (second !== undefined && (first === ".." || first === "")) {
    return intervalProblem(
      s,
      "an open or unknown start is not supported; give the earliest date known",
    );
  }
  const parsedFrom = parsePoint(first);
  if (typeof parsedFrom === "string") {
    return parts.length === 2 ? intervalProblem(s, parsedFrom) : parsedFrom;
  }
  const from = parsedFrom.point;
  if (second === undefined) return { edtf: s, ...pick(from), interval: false, open: false, from };
  if (second === "..") {
    const now = options.now ?? new Date();
    const today = local(now.getFullYear(), now.getMonth() + 1, now.getDate() + 1);
    const end = today > from.end ? today : from.end;
    return { edtf: s, ...pick(from), end, interval: true, open: true, from };
  }
  if (second === "") {
    return intervalProblem(
      s,
      "an unknown end is not supported; write .. for an event still going on",
    );
  }
  const parsedTo = parsePoint(second);
  if (typeof parsedTo === "string") return intervalProblem(s, parsedTo);
  const at = span(parsedFrom, parsedTo);
  if (at.to.start < at.from.start) return `interval ${quoted(s)} ends before it starts`;
  if (at.to.start < at.from.end) {
    return `interval ${quoted(s)} ends inside its start's period (${first}): give an end after it, or write ${first} alone`;
  }
  const to = parsedTo.point;
  return {
    edtf: s,
    ...pick(from),
    end: to.end,
    approximate: from.approximate || to.approximate,
    uncertain: from.uncertain || to.uncertain,
    interval: true,
    open: false,
    from,
    to,
  };
}

export function parseEdtf(s: string, options?: ParseOptions): EdtfDate | undefined {
  const parsed = parseEdtfOrProblem(s, options);
  return typeof parsed === "string" ? undefined : parsed;
}

export function isEdtf(s: string): boolean {
  return parseEdtf(s) !== undefined;
}

/** Parses EDTF that validation has already accepted. */
export function mustParseEdtf(s: string, options?: ParseOptions): EdtfDate {
  const parsed = parseEdtfOrProblem(s, options);
  if (typeof parsed === "string") throw new Error(parsed);
  return parsed;
}
