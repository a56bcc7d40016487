import { parseEdtf } from "./dates.ts";

/**
 * The story's own history checked against itself, reported with the cross-references (validate.ts):
 * it is updated no earlier than it was published, and no event was added, updated or corrected
 * before the story was published or after its last update. Like the other cross-reference checks it
 * reads the raw value defensively; a date that does not parse is the schema's to report.
 */

type Path = (string | number)[];
type Found = [Path, string];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

/** The instant of a zoned date-time as written, or undefined (the schema reports bad ones). */
function instant(value: unknown): number | undefined {
  if (typeof value !== "string") return undefined;
  const parsed = parseEdtf(value);
  return parsed?.from.zone === undefined ? undefined : parsed.start.getTime();
}

interface Bounds {
  published: number | undefined;
  /** The story's last update (its `updated`, else `published`). */
  last: number | undefined;
  lastText: string;
}

function within(at: unknown, path: Path, what: string, bounds: Bounds, found: Found[]): void {
  const t = instant(at);
  if (t === undefined) return;
  if (bounds.published !== undefined && t < bounds.published) {
    found.push([path, `${what} is before the story's "published"; the first version had it`]);
  } else if (bounds.last !== undefined && t > bounds.last) {
    found.push([
      path,
      `${what} is after the story's last update (${bounds.lastText}); move the story's "updated" to ${String(at)} or later`,
    ]);
  }
}

function eventProblems(event: Record<string, unknown>, i: number, bounds: Bounds): Found[] {
  const found: Found[] = [];
  const base: Path = ["events", i];
  const changed =
    event.added !== undefined || event.updated !== undefined || event.corrections !== undefined;
  if (changed && bounds.published === undefined) {
    return [
      [
        base,
        `records a change (added, updated or corrections) but the story has no "published"; add the story's "published" and "updated"`,
      ],
    ];
  }
  within(event.added, [...base, "added"], "it was added at a time that", bounds, found);
  const updated = isRecord(event.updated) ? event.updated.at : undefined;
  within(updated, [...base, "updated", "at"], "its update", bounds, found);
  const added = instant(event.added);
  const updatedAt = instant(updated);
  if (added !== undefined && updatedAt !== undefined && updatedAt < added) {
    found.push([[...base, "updated", "at"], `is before the event was "added"; it cannot be`]);
  }
  const corrections = Array.isArray(event.corrections) ? event.corrections : [];
  corrections.forEach((c, j) => {
    if (isRecord(c))
      within(c.at, [...base, "corrections", j, "at"], "this correction", bounds, found);
  });
  return found;
}

export function updateProblems(story: Record<string, unknown>): Found[] {
  const found: Found[] = [];
  const published = instant(story.published);
  const updated = instant(story.updated);
  if (story.updated !== undefined && story.published === undefined) {
    found.push([["updated"], `needs "published" too: when the story was first published`]);
  }
  if (published !== undefined && updated !== undefined && updated < published) {
    found.push([["updated"], `is before "published"; a story is updated after it is published`]);
  }
  const last = updated ?? published;
  const bounds: Bounds = {
    published,
    last,
    lastText: String(story.updated ?? story.published),
  };
  const events = Array.isArray(story.events) ? story.events : [];
  events.forEach((event, i) => {
    if (isRecord(event)) found.push(...eventProblems(event, i, bounds));
  });
  return found;
}
