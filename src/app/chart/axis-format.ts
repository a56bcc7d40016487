import { format } from "date-fns";
import type { Locale, LocaleWidth, LocalizeFnOptions } from "date-fns";
import { enUS } from "date-fns/locale/en-US";
import { readerYear } from "../../core/dates.ts";
import { MONTHS } from "../../core/edtf-point.ts";
import type { TimeWindow } from "../../core/time-window.ts";

/**
 * The language every date on the page is written in (src/core/dates.ts: the story is written in
 * English, "13 March 2025, 19:00"): the axis uses it too, on a 24-hour clock.
 */
export const PAGE_LANGUAGE = "en-GB";

/**
 * The time axis's labels, formatted by date-fns in the reader's locale.
 *
 * date-fns ships one module per locale; bundling them all would cost more than the chart, and a
 * short list would leave most readers in English. Instead, `readerLocale` builds a date-fns locale
 * whose month, weekday and day-period names come from the browser's own `Intl` data, and
 * `localPattern` asks `Intl` for the order of the fields ("13 March" or "March 13") and turns it
 * into a date-fns pattern. date-fns does the formatting; the platform supplies the words.
 */

export type AxisScale =
  "millisecond" | "second" | "minute" | "hour" | "weekday" | "day" | "week" | "month" | "year";

// Any fixed year works; 2023 starts on a Sunday, so day index d is 1 January + d.
const SUNDAY = Date.UTC(2023, 0, 1);

function intlMonth(width: LocaleWidth | undefined): "narrow" | "short" | "long" {
  return width === "narrow" ? "narrow" : width === "wide" || width === undefined ? "long" : "short";
}

function part(
  lang: string,
  options: Intl.DateTimeFormatOptions,
  at: number,
  type: Intl.DateTimeFormatPartTypes,
): string {
  const parts = new Intl.DateTimeFormat(lang, { ...options, timeZone: "UTC" }).formatToParts(at);
  return parts.find((p) => p.type === type)?.value ?? "";
}

const locales = new Map<string, Locale>();

/** A date-fns locale whose names are the browser's for `lang` (a BCP 47 tag such as "de-AT"). */
export function readerLocale(lang: string): Locale {
  const cached = locales.get(lang);
  if (cached) return cached;
  const supported = Intl.DateTimeFormat.supportedLocalesOf([lang])[0] ?? "en-US";
  const locale: Locale = {
    ...enUS,
    code: supported,
    localize: {
      ...enUS.localize,
      month: (index: number, opts?: LocalizeFnOptions) => {
        const month = intlMonth(opts?.width);
        const at = Date.UTC(2023, index, 15);
        // In many languages a month beside a day is inflected ("13 марта", not "13 март").
        return opts?.context === "formatting"
          ? part(supported, { day: "numeric", month }, at, "month")
          : part(supported, { month }, at, "month");
      },
      day: (index: number, opts?: LocalizeFnOptions) => {
        const weekday =
          opts?.width === "wide" ? "long" : opts?.width === "narrow" ? "narrow" : "short";
        return part(supported, { weekday }, SUNDAY + index * 86_400_000, "weekday");
      },
      dayPeriod: (period: string) => {
        const hour = period === "pm" || period === "afternoon" || period === "evening" ? 15 : 9;
        const at = Date.UTC(2023, 0, 1, hour);
        return part(supported, { hour: "numeric", hourCycle: "h12" }, at, "dayPeriod");
      },
    },
  };
  locales.set(lang, locale);
  return locale;
}

function quote(literal: string): string {
  return `'${literal.replaceAll("'", "''")}'`;
}

/**
 * A date-fns pattern with the fields of `options` in the order and with the punctuation that `lang`
 * uses: `{ day: "numeric", month: "long" }` is "MMMM d" in en-US and "d MMMM" in en-GB.
 */
export function localPattern(lang: string, options: Intl.DateTimeFormatOptions): string {
  const formatter = new Intl.DateTimeFormat(lang, { ...options, timeZone: "UTC" });
  const { hourCycle } = formatter.resolvedOptions();
  const hasDay = options.day !== undefined;
  return formatter
    .formatToParts(Date.UTC(2023, 10, 23, 9, 5))
    .map(({ type, value }) => {
      switch (type) {
        case "year":
          return "y";
        case "month":
          if (/^\d+$/.test(value)) return options.month === "2-digit" ? "MM" : "M";
          // A month with a day takes its inflected form (M); on its own, the nominative (L).
          return (hasDay ? "M" : "L").repeat(options.month === "long" ? 4 : 3);
        case "day":
          return options.day === "2-digit" ? "dd" : "d";
        case "weekday":
          return options.weekday === "long" ? "EEEE" : "EEE";
        case "hour":
          if (hourCycle === "h11") return "K";
          if (hourCycle === "h12") return "h";
          return value.length === 2 ? "HH" : "H";
        case "minute":
          return "mm";
        case "second":
          return "ss";
        case "dayPeriod":
          return "a";
        case "literal":
          return quote(value);
        default:
          return "";
      }
    })
    .join("");
}

export interface AxisFormat {
  minor: (date: Date, scale: string) => string;
  major: (date: Date, scale: string) => string;
}

/** The axis's label functions for a reader whose language is `lang`. */
export function axisFormat(lang: string): AxisFormat {
  const locale = readerLocale(lang);
  const time = localPattern(lang, { hour: "numeric", minute: "2-digit" });
  // Whole hours: "4 PM" on a 12-hour clock, "16:00" on a 24-hour one (a bare "16" reads as a day).
  const twelveHour = /[hK]/.test(time);
  // A 24-hour clock in two digits, as the page writes times: "04:00", not "4:00".
  const time24 = twelveHour ? time : time.replace(/(^|[^H])H(?!H)/, "$1HH");
  const hour = twelveHour ? localPattern(lang, { hour: "numeric" }) : time24;
  const weekdayDay = localPattern(lang, { weekday: "short", day: "numeric" });
  const dayMonth = localPattern(lang, { weekday: "short", day: "numeric", month: "long" });
  const monthYear = localPattern(lang, { month: "long", year: "numeric" });
  const minor: Record<AxisScale, string> = {
    millisecond: "SSS",
    second: "ss",
    minute: time24,
    hour,
    weekday: weekdayDay,
    day: "d",
    week: "d",
    month: "LLL",
    year: "yyyy",
  };
  const major: Record<AxisScale, string> = {
    millisecond: time,
    second: time,
    minute: dayMonth,
    hour: dayMonth,
    weekday: monthYear,
    day: monthYear,
    week: monthYear,
    month: "yyyy",
    year: "",
  };
  const label = (patterns: Record<AxisScale, string>) => (date: Date, scale: string) => {
    const pattern = patterns[scale as AxisScale] ?? "";
    // Years as the page writes them: "501 BCE", not date-fns's "-500" or "0501".
    if (pattern === "yyyy") return readerYear(date.getFullYear());
    return pattern ? format(date, pattern, { locale }) : "";
  };
  return { minor: label(minor), major: label(major) };
}

/**
 * The window in words, as the page writes dates: "10 February to 19 March 2025",
 * "13 March 2025", "30 December 2024 to 2 January 2025".
 */
export function describeWindow(w: TimeWindow): string {
  const day = (d: Date) => `${d.getDate()} ${MONTHS[d.getMonth()] ?? ""}`;
  const year = (d: Date) => readerYear(d.getFullYear());
  // The window's end is the first instant after it: a window to midnight ends the day before.
  const [a, b] = [w.start, new Date(Math.max(+w.start, +w.end - 1))];
  if (a.getFullYear() !== b.getFullYear()) return `${day(a)} ${year(a)} to ${day(b)} ${year(b)}`;
  if (day(a) === day(b)) return `${day(a)} ${year(a)}`;
  return `${day(a)} to ${day(b)} ${year(b)}`;
}
