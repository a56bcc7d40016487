import { createEvent, createEvents } from "ics";
import type { DateArray, EventAttributes } from "ics";
import { readerDate } from "../core/dates.ts";
import type { EdtfPoint } from "../core/dates.ts";
import type { DatedEvent, StoryModel } from "../core/story-model.ts";
import { changedAt, publishedAt } from "../core/updates.ts";
import { feedId } from "./feeds.ts";
import { eventPath, pageUrl } from "./share-pages.ts";
import type { Site } from "./share-pages.ts";

/**
 * The story's events as an iCalendar file (events.ics), for readers who follow dates in a
 * calendar; written by the `ics` library. Each event keeps the precision it is known to: a day is
 * an all-day entry, a month or a year spans that period, a time with its zone is that instant and
 * a time without one is floating (the same wall-clock time everywhere). Years a calendar cannot
 * hold (before 1 CE or past 9999) are left out. An entry links to its share page when
 * the site's address (SITE_URL) is known: a calendar has no address of its own to resolve against.
 */

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The first day after the period `p` names, as [year, month, day]: an all-day entry's end. */
function dayAfter(p: EdtfPoint): DateArray {
  if (p.precision === "year") return [p.year + 1, 1, 1];
  if (p.precision === "month")
    return p.month === 12 ? [p.year + 1, 1, 1] : [p.year, p.month + 1, 1];
  // Date arithmetic in a stand-in year of the same length (Date.UTC reads years 0–99 as 19xx).
  const base = isLeap(p.year) ? 2000 : 2001;
  const d = new Date(Date.UTC(base, p.month - 1, p.day + 1));
  return [p.year + d.getUTCFullYear() - base, d.getUTCMonth() + 1, d.getUTCDate()];
}

type When = Pick<EventAttributes, "start" | "startInputType" | "startOutputType"> & {
  end: EventAttributes["start"];
};

function when(event: DatedEvent): When | undefined {
  const { from, to } = event.when;
  const last = to ?? from;
  if (from.year < 1 || last.year > 9998) return undefined;
  if (from.precision === "minute" && !event.when.interval) {
    if (from.zone !== undefined) {
      const at = event.when.start.getTime();
      return { start: at, startInputType: "utc", startOutputType: "utc", end: at };
    }
    const at: DateArray = [from.year, from.month, from.day, from.hour, from.minute];
    return { start: at, startInputType: "local", startOutputType: "local", end: at };
  }
  const first = from.precision === "year" ? 1 : from.month;
  const day = from.precision === "day" || from.precision === "minute" ? from.day : 1;
  return { start: [from.year, first, day], end: dayAfter(last) };
}

function description(event: DatedEvent): string {
  const date = readerDate(event);
  return `${date}. ${event.summary}`;
}

/** events.ics for one story; undefined if the library refuses it whole. */
export function renderCalendar(model: StoryModel, site: Site): string | undefined {
  const published = publishedAt(model.story);
  const entries: EventAttributes[] = model.events.flatMap((event) => {
    const at = when(event);
    if (!at) return [];
    const modified = changedAt(event, published);
    return [
      {
        ...at,
        ...(at.startInputType ? { endInputType: at.startInputType } : {}),
        ...(at.startOutputType ? { endOutputType: at.startOutputType } : {}),
        // The feeds' id, without its scheme: the same event is the same entry everywhere.
        uid: feedId(`${site.base}${eventPath(event.id)}`).slice("urn:uuid:".length),
        title: event.title,
        description: description(event),
        ...(site.siteUrl !== undefined ? { url: pageUrl(site, eventPath(event.id)) } : {}),
        ...(event.place ? { location: event.place } : {}),
        ...(modified ? { lastModified: modified.getTime() } : {}),
        transp: "TRANSPARENT" as const,
        calName: model.story.title,
        productId: "news-timeline",
      },
    ];
  });
  // An entry the library refuses (a date or text it cannot write) is left out, not the calendar.
  const { error, value } = createEvents(entries.filter((entry) => !createEvent(entry).error));
  return error || !value ? undefined : value;
}
