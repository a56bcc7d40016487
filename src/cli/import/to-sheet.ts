import { stringify } from "csv-stringify/sync";
import type { Media, Source, Story } from "../../core/schema.ts";
import { isSourceKind, mediaKind } from "./media-kind.ts";
import { SHEET_COLUMNS } from "./sheet-columns.ts";
import { pointToEdtf } from "./timelinejs-date.ts";
import type { Column } from "./sheet-columns.ts";

/**
 * A story → a CSV in TimelineJS's sheet template (plus our columns), so a desk can move a story to
 * a Google Sheet and back: `fromSheet(toSheet(story))` gives the same story for everything a sheet
 * can hold. What it cannot hold (a second actor, colours, accounts, notes…) is listed, never
 * dropped in silence.
 */

export interface SheetExport {
  csv: string;
  /** What the sheet has no column for, one line per kind and event. */
  lost: string[];
}

type Row = Partial<Record<Column, string>>;

const DATE = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}:\d{2}(?::\d{2})?))?)?)?$/;
/** EDTF's year of more than four digits (Y-14999), a year alone; its exponent form is not written. */
const LONG_YEAR = /^Y(-?\d{5,})$/;

/** An EDTF date as the sheet's Year, Month, Day and Time cells; TimelineJS writes 44 BCE as -44. */
function dateCells(edtf: string, prefix: "" | "End "): Row | undefined {
  const m = DATE.exec(edtf) ?? LONG_YEAR.exec(edtf);
  if (!m) return undefined;
  const year = Number(m[1]);
  const cell = (name: string, value: string | undefined) =>
    value === undefined ? {} : { [`${prefix}${name}`]: value };
  return {
    ...cell("Year", String(year <= 0 ? year - 1 : year)),
    ...cell("Month", m[2] && String(Number(m[2]))),
    ...cell("Day", m[3] && String(Number(m[3]))),
    ...cell("Time", m[4]),
  };
}

/** What of an EDTF date the sheet's cells cannot say (its qualifier, a zone), taken off it. */
function held(edtf: string, what: string, lost: string[]): string {
  const zone = /(?:Z|[+-]\d{2}:\d{2})$/.exec(edtf.includes("T") ? edtf : "");
  if (zone) lost.push(`${what}: the time zone of ${edtf} (the sheet's Time is a local time)`);
  const qualifier = /[~?%]$/.exec(edtf);
  if (qualifier) lost.push(`${what}: the qualifier of ${edtf} (approximate or uncertain)`);
  return edtf.slice(0, edtf.length - (zone?.[0].length ?? 0) - (qualifier ? 1 : 0));
}

function datesOf(date: string, what: string, lost: string[]): Row {
  const [start = "", end] = date.split("/");
  if (end === "..") lost.push(`${what}: its open end (${date}: still going on)`);
  const from = dateCells(held(start, what, lost), "");
  const to = end === undefined || end === ".." ? {} : dateCells(held(end, what, lost), "End ");
  if (!from || !to) {
    lost.push(`${what}: the date ${date} has no form in the sheet's columns`);
    return {};
  }
  return { ...from, ...to };
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Plain text as the sheet's HTML: paragraphs as <p>, line breaks as <br>. */
function textCell(text: string): string {
  const paragraphs = text.split(/\n{2,}/);
  const html = paragraphs.map((p) => escapeHtml(p).replace(/\n/g, "<br>"));
  return paragraphs.length > 1 ? html.map((p) => `<p>${p}</p>`).join("") : (html[0] ?? "");
}

const sourceCells = (sources: Source[]): Row => ({
  "Source URL": sources.map((s) => s.url).join("\n"),
  "Source title": sources.map((s) => s.title).join("\n"),
  "Source publisher": sources.map((s) => s.publisher).join("\n"),
});

/** Where an event row's start sorts on import (it sorts by date, then by row). */
function rowKey(row: Row): number {
  const n = (c: Column) => (row[c] ? Number(row[c]) : undefined);
  const [hour, minute, second] = (row.Time ?? "").split(":").map(Number);
  const timed = row.Time !== undefined;
  const parsed = pointToEdtf({
    year: n("Year"),
    month: n("Month"),
    day: n("Day"),
    hour: timed ? hour : undefined,
    minute: timed ? minute : undefined,
    second: timed ? second : undefined,
    millisecond: undefined,
    display_date: undefined,
    format: undefined,
  });
  return parsed.ok ? parsed.sortKey : 0;
}

/**
 * The import sorts rows by date and takes actors in the order their first row comes, so each
 * actor's first event goes up front, in the story's actor order: the sheet then gives back both
 * orders. When same-date rows would swap, the rows keep the story's order and the actor order is
 * listed as not held.
 */
function orderRows(events: Row[], actorOf: string[], actorIds: string[], lost: string[]): Row[] {
  const leaders = actorIds.map((id) => actorOf.indexOf(id)).filter((i) => i >= 0);
  const order = [...leaders, ...[...events.keys()].filter((i) => !leaders.includes(i))];
  const key = (pos: number) => rowKey(events[order[pos] ?? 0] ?? {});
  const sorted = [...order.keys()].sort((a, b) => key(a) - key(b) || a - b);
  if (sorted.every((pos, i) => order[pos] === i)) return order.map((i) => events[i] ?? {});
  const firsts = [...new Set(actorOf)];
  if (firsts.some((id, i) => id !== actorIds.filter((a) => firsts.includes(a))[i])) {
    lost.push("the order of the actors (the sheet lists them as their first events come)");
  }
  return events;
}

/** The Media columns: the first item with a web address; what the sheet cannot hold is listed. */
function mediaCells(media: readonly Media[] | undefined, what: string, lost: string[]): Row {
  const [first, ...more] = media ?? [];
  if (more.length > 0) lost.push(`${what}: media after the first (${more.length})`);
  if (!first) return {};
  if (first.url === undefined) {
    lost.push(`${what}: the media file ${first.file ?? ""} (the sheet holds web addresses)`);
    return {};
  }
  if (first.alt !== undefined && first.alt !== first.caption) {
    lost.push(`${what}: the media's alt text (the sheet's caption stands for it)`);
  }
  if (first.title !== undefined && first.title !== first.caption) {
    lost.push(`${what}: the media's title`);
  }
  if (first.link || first.width || first.decorative || first.poster) {
    lost.push(`${what}: the media's link, size, poster or decorative mark`);
  }
  // An embedded page is written as TimelineJS's iframe, so the sheet reads it back as one.
  const page = first.kind === "embed" && isSourceKind(mediaKind(first.url));
  return {
    Media: page ? `<iframe src="${escapeHtml(first.url)}"></iframe>` : first.url,
    "Media Credit": escapeHtml(first.credit),
    "Media Caption": first.caption && escapeHtml(first.caption),
  };
}

export function toSheet(story: Story): SheetExport {
  const lost: string[] = [];
  const cited = new Set(
    story.events.flatMap((e) => [...e.sources, ...(e.accounts ?? []).map((a) => a.source)]),
  );
  const uncited = Object.entries(story.sources).filter(([id]) => !cited.has(id));
  const rows: Row[] = [
    {
      Type: "title",
      Headline: escapeHtml(story.title),
      Text: textCell(story.description),
      ...sourceCells(uncited.map(([, s]) => s)),
      ...mediaCells(story.leadImage && [story.leadImage], "story", lost),
    },
  ];
  const languages = Object.values(story.sources).map((s) => s.language);
  const count = (l: string) => languages.filter((x) => x === l).length;
  const main = [...languages].sort((a, b) => count(b) - count(a))[0];
  for (const [id, source] of Object.entries(story.sources)) {
    if (source.published) lost.push(`source ${id}: its date of publication`);
    if (source.language !== main) lost.push(`source ${id}: its language (${source.language})`);
  }
  const used = new Set(story.events.flatMap((e) => e.actors));
  for (const actor of story.actors) {
    if (!used.has(actor.id)) lost.push(`actor ${actor.id}: no event names it`);
  }
  if (story.about?.length)
    lost.push(`story: “About this timeline” (${story.about.length} paragraphs)`);
  if (story.focus) lost.push(`story: focus ${story.focus}`);
  for (const actor of story.actors) {
    if (actor.color) lost.push(`actor ${actor.id}: colour ${actor.color}`);
  }
  for (const phase of story.phases) {
    rows.push({
      Type: "era",
      Headline: escapeHtml(phase.title),
      ...datesOf(phase.date, `phase ${phase.id}`, lost),
    });
  }
  const actorName = new Map(story.actors.map((a) => [a.id, a.name]));
  const eventRows: Row[] = [];
  for (const event of story.events) {
    const what = `event ${event.id}`;
    const sources = event.sources.map((id) => story.sources[id]).filter((s) => s !== undefined);
    const [quote, ...moreQuotes] = event.quotes;
    if (event.actors.length > 1)
      lost.push(`${what}: actors after the first (${event.actors.slice(1).join(", ")})`);
    if (moreQuotes.length > 0) lost.push(`${what}: quotes after the first (${moreQuotes.length})`);
    if (event.accounts?.length) lost.push(`${what}: accounts (${event.accounts.length})`);
    if (event.note) lost.push(`${what}: editor's note`);
    if (quote?.translated || quote?.asReported) {
      lost.push(`${what}: the quote's translation details`);
    }
    if (quote && quote.language !== main) {
      lost.push(`${what}: the quote's language (${quote.language})`);
    }
    if (quote && quote.date !== event.date) lost.push(`${what}: the quote's own date`);
    if (quote && quote.source !== event.sources[0]) {
      lost.push(
        `${what}: the quote's source (the sheet cites a quote from the row's first source)`,
      );
    }
    eventRows.push({
      ...datesOf(event.date, what, lost),
      "Display Date": event.displayDate && escapeHtml(event.displayDate),
      Headline: escapeHtml(event.title),
      Text: textCell(event.summary),
      Group: escapeHtml(actorName.get(event.actors[0] ?? "") ?? ""),
      Id: event.id,
      Tags: event.tags.join(", "),
      Place: event.place && escapeHtml(event.place),
      ...sourceCells(sources),
      ...mediaCells(event.media, what, lost),
      Quote: quote && escapeHtml(quote.text),
      Speaker: quote && escapeHtml(quote.role ? `${quote.speaker}, ${quote.role}` : quote.speaker),
    });
  }
  const actorOf = story.events.map((e) => e.actors[0] ?? "");
  const actorIds = story.actors.map((a) => a.id);
  rows.push(...orderRows(eventRows, actorOf, actorIds, lost));
  const csv = stringify(
    rows.map((r) => SHEET_COLUMNS.map((c) => r[c] ?? "")),
    { header: true, columns: [...SHEET_COLUMNS] },
  );
  return { csv, lost };
}
