import type { Story, StoryEvent } from "../src/core/schema.ts";

/**
 * A story in TimelineJS3's JSON format, so the benchmark can draw the same events in both. Each
 * event becomes a slide (headline, summary, quotes) in its first actor's group; phases become eras.
 * TimelineJS reads text as HTML, so our plain text is escaped on the way.
 */

export interface TlDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
}

export interface TlSlide {
  unique_id: string;
  start_date: TlDate;
  end_date?: TlDate;
  text: { headline: string; text: string };
  group?: string;
}

export interface TlEra {
  start_date: TlDate;
  end_date: TlDate;
  text: { headline: string };
}

export interface TlStory {
  title: { text: { headline: string; text: string } };
  events: TlSlide[];
  eras: TlEra[];
}

const POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?/;

/** One side of an EDTF date as TimelineJS date parts (the wall-clock time, as written). */
export function toTlDate(edtf: string): TlDate {
  const m = POINT.exec(edtf);
  if (!m) throw new Error(`not an EDTF date: ${edtf}`);
  const [, year, month, day, hour, minute] = m;
  const parts: TlDate = { year: Number(year) };
  if (month !== undefined) parts.month = Number(month);
  if (day !== undefined) parts.day = Number(day);
  if (hour !== undefined) parts.hour = Number(hour);
  if (minute !== undefined) parts.minute = Number(minute);
  return parts;
}

/** start_date and, for an interval, end_date. */
export function toTlDates(edtf: string): Pick<TlSlide, "start_date" | "end_date"> {
  const [from = "", to] = edtf.split("/");
  return to === undefined
    ? { start_date: toTlDate(from) }
    : { start_date: toTlDate(from), end_date: toTlDate(to) };
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function slideText(event: StoryEvent): string {
  const quotes = event.quotes.map(
    (q) =>
      `<blockquote>${escapeHtml(q.text)}<br>— ${escapeHtml(q.speaker)}` +
      `${q.role ? `, ${escapeHtml(q.role)}` : ""}</blockquote>`,
  );
  return [`<p>${escapeHtml(event.summary)}</p>`, ...quotes].join("");
}

export function toTimelineJs(story: Story): TlStory {
  const actorName = new Map(story.actors.map((a) => [a.id, a.name]));
  return {
    title: { text: { headline: escapeHtml(story.title), text: escapeHtml(story.description) } },
    events: story.events.map((event) => {
      const actor = event.actors[0];
      const group = actor === undefined ? undefined : actorName.get(actor);
      return {
        unique_id: event.id,
        ...toTlDates(event.date),
        text: { headline: escapeHtml(event.title), text: slideText(event) },
        ...(group ? { group: escapeHtml(group) } : {}),
      };
    }),
    eras: story.phases.map((phase) => {
      const { start_date, end_date } = toTlDates(phase.date);
      return {
        start_date,
        end_date: end_date ?? start_date,
        text: { headline: escapeHtml(phase.title) },
      };
    }),
  };
}
