import { MONTHS as MONTHS_IN_FULL } from "./edtf-point.ts";

/**
 * How to fix what an editor wrote: the known id nearest to a typo, and the EDTF form of a date
 * written the way a spreadsheet or a newspaper writes it. Messages end with these so that the
 * reader of a problem knows what to type, not only what is wrong.
 */

/** Edit distance (insertions, deletions, substitutions); ids are short, so the plain table will do. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidate nearest to `word`, if it is near enough to be a typo of it (a third of its letters
 * at most, and at least one); ties go to the first candidate, so the answer is stable.
 */
export function nearest(word: string, candidates: Iterable<unknown>): string | undefined {
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (typeof c !== "string" || c === word) continue;
    const d = editDistance(word, c);
    if (d <= limit && d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** ` (did you mean ukraine?)`, or "" when nothing is close. */
export function didYouMean(word: string, candidates: Iterable<unknown>): string {
  const near = nearest(word, candidates);
  return near === undefined ? "" : ` (did you mean ${near}?)`;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

const pad = (n: number) => String(n).padStart(2, "0");

function ymd(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/**
 * `write 2025-03-13` for a date written as 03/13/2025, 13.03.2025, 2025/03/13, "March 13, 2025" or
 * "13 March 2025"; undefined for anything else. A slashed date whose first two numbers could both
 * be the month names both readings, since only the editor knows which was meant.
 */
export function edtfSuggestion(input: string): string | undefined {
  const s = input.trim();
  let m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(s);
  if (m) {
    const date = ymd(Number(m[1]), Number(m[2]), Number(m[3]));
    return date && `write ${date}`;
  }
  m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(s);
  if (m) {
    const [a, b, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
    // Day first with dots (13.03.2025) or a first number over 12; month first otherwise, as the US
    // and Google Sheets write it.
    const dayFirst = m[2] === "." || a > 12;
    const date = dayFirst ? ymd(year, b, a) : ymd(year, a, b);
    if (!date) return undefined;
    const other = m[2] === "/" && a <= 12 && b <= 12 && a !== b ? ymd(year, b, a) : undefined;
    if (other) {
      return (
        `write ${date} (${MONTHS_IN_FULL[a - 1]} ${b}) or ${other} ` +
        `(${MONTHS_IN_FULL[b - 1]} ${a})`
      );
    }
    return `write ${date}`;
  }
  m = /^([A-Za-z]{3,})\.? (\d{1,2}),? (\d{4})$/.exec(s);
  if (m && monthOf(m[1] ?? "") > 0) {
    const date = ymd(Number(m[3]), monthOf(m[1] ?? ""), Number(m[2]));
    return date && `write ${date}`;
  }
  m = /^(\d{1,2})\.? ([A-Za-z]{3,})\.? (\d{4})$/.exec(s);
  if (m && monthOf(m[2] ?? "") > 0) {
    const date = ymd(Number(m[3]), monthOf(m[2] ?? ""), Number(m[1]));
    return date && `write ${date}`;
  }
  return undefined;
}

/** `"03/13/2025" is not an EDTF date: write 2025-03-13`, or undefined when no fix is known. */
export function dateHint(input: unknown): string | undefined {
  if (typeof input !== "string") return undefined;
  const fix = edtfSuggestion(input);
  return fix && `${JSON.stringify(input)} is not an EDTF date: ${fix}`;
}
