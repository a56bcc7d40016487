import { CsvError, parse } from "csv-parse/sync";
import { edtfSuggestion } from "../../core/hints.ts";
import { fromTimelineJs } from "./from-timelinejs.ts";
import type { ImportOptions, ImportResult } from "./from-timelinejs.ts";
import { columnOf } from "./sheet-columns.ts";
import type { Column } from "./sheet-columns.ts";
import { slugify } from "../../core/slug.ts";
import type { ImportNote } from "./summary.ts";

/**
 * A Google Sheet in TimelineJS's template, downloaded as CSV → our story. Each row becomes the
 * slide TimelineJS would make of it (as its own sheet reader does), with our extra columns riding
 * along, and the slides go through the same conversion as a TimelineJS JSON file. Problems are
 * named as the sheet shows them: "row 14, column Year". Row 1 is the header row.
 */

type Row = Partial<Record<Column, string>>;
type Cell = { value?: number; problem?: string };

/** A whole number as sheets write it: "2025", " 03 ", "-500", "1,815". */
function integerCell(raw: string | undefined, column: Column): Cell {
  const s = raw?.trim() ?? "";
  if (s === "") return {};
  if (/^[+-]?\d{1,3}(?:,\d{3})+$|^[+-]?\d+$/.test(s)) return { value: Number(s.replace(/,/g, "")) };
  const iso = /^(-?\d{1,4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(s);
  const fix = iso ? `write ${s}` : edtfSuggestion(s);
  const parts = fix ? /write (-?\d+)-(\d+)(?:-(\d+))?/.exec(fix) : null;
  if (parts && column === "Year") {
    const [, y, m, d] = parts;
    const day = d ? ` and ${Number(d)} in Day` : "";
    return {
      problem: `"${s}" is not a year: write ${Number(y)} in Year, ${Number(m)} in Month${day}`,
    };
  }
  return { problem: `"${s}" is not a whole number: write the ${column.toLowerCase()} as digits` };
}

/** "21:30", "9:30 PM", "2130", "21.30.15" → hour, minute, second; as TimelineJS reads times. */
function timeCell(raw: string | undefined): Cell & { minute?: number; second?: number } {
  const s = raw?.trim() ?? "";
  if (s === "") return {};
  const m =
    /^(\d{1,2})(?:[:.](\d{2})(?:[:.](\d{2}))?)?\s*(?:([AaPp])\.?[Mm]\.?)?$/.exec(s) ??
    /^(\d{1,2})(\d{2})()\s*(?:([AaPp])\.?[Mm]\.?)?$/.exec(s);
  const bad = { problem: `"${s}" is not a time: write it as 21:30 or 9:30 PM` };
  if (!m) return bad;
  let hour = Number(m[1]);
  const period = m[4]?.toLowerCase();
  if (period && (hour < 1 || hour > 12)) return bad;
  if (period === "p" && hour !== 12) hour += 12;
  if (period === "a" && hour === 12) hour = 0;
  const minute = m[2] ? Number(m[2]) : undefined;
  const second = m[3] ? Number(m[3]) : undefined;
  if (hour > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59) return bad;
  return { value: hour, minute, second };
}

const lines = (s: string | undefined) =>
  (s ?? "")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");

interface Built {
  slide?: Record<string, unknown>;
  problems: [column: Column, message: string][];
}

function dateOf(row: Row, prefix: "" | "End "): Built & { date?: Record<string, unknown> } {
  const problems: Built["problems"] = [];
  const read = (name: "Year" | "Month" | "Day") => {
    const column = `${prefix}${name}` as Column;
    const cell = integerCell(row[column], column);
    if (cell.problem) problems.push([column, cell.problem]);
    return cell.value;
  };
  const year = read("Year");
  const month = read("Month");
  const day = read("Day");
  const timeColumn = `${prefix}Time` as Column;
  const time = timeCell(row[timeColumn]);
  if (time.problem) problems.push([timeColumn, time.problem]);
  if (year === undefined) {
    if (time.value !== undefined) problems.push([timeColumn, `a time needs a ${prefix}Year`]);
    return { problems };
  }
  const date = {
    year,
    month,
    day,
    ...(time.value !== undefined
      ? { hour: time.value, minute: time.minute, second: time.second }
      : {}),
  };
  return { problems, date };
}

function slideOf(row: Row, where: string, notes: ImportNote[]): Built {
  const start = dateOf(row, "");
  const end = dateOf(row, "End ");
  const problems = [...start.problems, ...end.problems];
  const tags: string[] = [];
  for (const tag of (row.Tags ?? "").split(/[,;\n]/).map((t) => t.trim())) {
    const id = slugify(tag);
    if (tag && !id) {
      notes.push({ where, action: "dropped", message: `column Tags: “${tag}” has no letters` });
    } else if (id && !tags.includes(id)) tags.push(id);
  }
  const titles = lines(row["Source title"]);
  const publishers = lines(row["Source publisher"]);
  const sources = (row["Source URL"] ?? "")
    .split(/\s+/)
    .filter((u) => u !== "")
    .map((url, i) => ({ url, title: titles[i], publisher: publishers[i] }));
  const background = row.Background?.trim();
  const slide = {
    ...(start.date ? { start_date: start.date } : {}),
    ...(end.date ? { end_date: end.date } : {}),
    display_date: row["Display Date"],
    text: { headline: row.Headline, text: row.Text },
    media: {
      url: row.Media,
      credit: row["Media Credit"],
      caption: row["Media Caption"],
      thumbnail: row["Media Thumbnail"],
      alt: row["Alt Text"],
    },
    group: row.Group || row.Tag,
    unique_id: row.Id,
    location: { name: row.Place },
    ...(background
      ? {
          background: /^(https?:)?\/\/?/.test(background)
            ? { url: background }
            : { color: background },
        }
      : {}),
    sheet: { where, tags, sources, quote: row.Quote, speaker: row.Speaker },
  };
  return { slide, problems };
}

export function fromSheet(csv: string, options: ImportOptions): ImportResult {
  let records: string[][];
  try {
    records = parse(csv, { bom: true, relax_column_count: true, relax_quotes: true }) as string[][];
  } catch (e) {
    const where =
      e instanceof CsvError ? `line ${(e as CsvError & { lines?: number }).lines}: ` : "";
    return { ok: false, problems: [`not a CSV file: ${where}${(e as Error).message}`], notes: [] };
  }
  const notes: ImportNote[] = [];
  const [header = [], ...rows] = records;
  const columns = header.map((h) => columnOf(h));
  header.forEach((h, i) => {
    if (h.trim() && !columns[i]) {
      notes.push({
        where: "row 1",
        action: "dropped",
        message: `column “${h.trim()}” is not a column of the template; ignored`,
      });
    }
  });
  if (!columns.includes("Year") || !columns.includes("Headline")) {
    return {
      ok: false,
      problems: [
        "row 1 must be the template's headers (Year, Month, Day, Time, …, Headline, Text, …): " +
          "no Year or Headline column found",
      ],
      notes,
    };
  }

  let title: Record<string, unknown> | undefined;
  const events: unknown[] = [];
  const eras: unknown[] = [];
  let refused = 0;
  rows.forEach((cells, i) => {
    const rowNumber = i + 2;
    if (cells.every((c) => c.trim() === "")) return;
    const row: Row = {};
    cells.forEach((c, j) => {
      const column = columns[j];
      if (column) row[column] = c;
    });
    const where = `row ${rowNumber}`;
    const type = row.Type?.trim().toLowerCase() ?? "";
    const built = slideOf(row, where, notes);
    if (built.problems.length > 0) {
      for (const [column, message] of built.problems) {
        notes.push({ where: `${where}, column ${column}`, action: "refused", message });
      }
      if (type !== "title") refused++;
      return;
    }
    if (type === "title") {
      if (title) {
        notes.push({
          where,
          action: "dropped",
          message: "a second title row; only the first is used",
        });
      } else title = built.slide;
    } else if (type === "era") eras.push(built.slide);
    else events.push(built.slide);
  });

  const result = fromTimelineJs({ title, events, eras }, options);
  const all = [...notes, ...result.notes];
  if (!result.ok) return { ...result, notes: all };
  const counts = {
    ...result.counts,
    eventsIn: result.counts.eventsIn + refused,
    refused: result.counts.refused + refused,
  };
  return { ...result, notes: all, counts };
}
