import { formatDate, mustParseEdtf } from "./dates.ts";
import type { EdtfDate } from "./dates.ts";
import type { DatedEvent, StoryModel } from "./story-model.ts";
import type { Story } from "./schema.ts";

/**
 * A developing story's history as readers see it: the masthead's "Updated …", which events changed
 * since publication, which changed since a reader's last visit, and the "Corrections and updates"
 * log. Pure: the app, the share pages and the feeds all read it from here. Dates are validated
 * zoned date-times (see src/core/update-checks.ts), so each names one instant for every reader.
 */

export const CHANGES_HEADING = "Corrections and updates";

/** One entry of the log: an event added after publication, an update, or a correction. */
export interface ChangeEntry {
  kind: "added" | "updated" | "correction";
  when: EdtfDate;
  /** Reader-facing text: the update's `what` or the correction's `text` (empty for "added"). */
  text: string;
  event: DatedEvent;
}

const parse = (s: string): EdtfDate => mustParseEdtf(s);

/** "Updated 19 March 2025, 09:00 UTC", or "Published …" before any update; undefined without dates. */
export function storyStamp(story: Pick<Story, "published" | "updated">): string | undefined {
  if (story.updated !== undefined && story.updated !== story.published) {
    return `Updated ${formatDate(parse(story.updated))}`;
  }
  return story.published === undefined
    ? undefined
    : `Published ${formatDate(parse(story.published))}`;
}

/** When the story was first published, as an instant (undefined when the story does not say). */
export function publishedAt(story: Pick<Story, "published">): Date | undefined {
  return story.published === undefined ? undefined : parse(story.published).start;
}

/** The story's last change: its `updated`, else `published`. */
export function lastUpdatedAt(story: Pick<Story, "published" | "updated">): Date | undefined {
  const at = story.updated ?? story.published;
  return at === undefined ? undefined : parse(at).start;
}

/** An event added after the story was first published. */
export function isAddedLater(event: DatedEvent, published: Date | undefined): boolean {
  return (
    event.added !== undefined && published !== undefined && parse(event.added).start > published
  );
}

/** The event's changes, oldest first: added after publication, its update, its corrections. */
export function eventChanges(event: DatedEvent, published: Date | undefined): ChangeEntry[] {
  const entries: ChangeEntry[] = [];
  if (event.added !== undefined && isAddedLater(event, published)) {
    entries.push({ kind: "added", when: parse(event.added), text: "", event });
  }
  if (event.updated) {
    entries.push({
      kind: "updated",
      when: parse(event.updated.at),
      text: event.updated.what,
      event,
    });
  }
  for (const c of event.corrections ?? []) {
    entries.push({ kind: "correction", when: parse(c.at), text: c.text, event });
  }
  return entries.sort((a, b) => a.when.start.getTime() - b.when.start.getTime());
}

/** The event's latest change since publication, or undefined when it has none. */
export function changedAt(event: DatedEvent, published: Date | undefined): Date | undefined {
  return eventChanges(event, published).at(-1)?.when.start;
}

/** Every change in the story, newest first (ties: in date order of the events). */
export function changeLog(model: StoryModel): ChangeEntry[] {
  const published = publishedAt(model.story);
  return model.events
    .flatMap((e) => eventChanges(e, published))
    .sort(
      (a, b) => b.when.start.getTime() - a.when.start.getTime() || a.event.index - b.event.index,
    );
}

/** The ids of events added, updated or corrected after `since`. */
export function changedSince(model: StoryModel, since: Date): Set<string> {
  const published = publishedAt(model.story);
  const ids = model.events
    .filter((e) => (changedAt(e, published)?.getTime() ?? -Infinity) > since.getTime())
    .map((e) => e.id);
  return new Set(ids);
}

/** "Correction, 14 March 2025, 10:00 UTC: …" — the words a correction is shown with. */
export function changeLabel(entry: Pick<ChangeEntry, "kind" | "when">): string {
  const word = { added: "Added", updated: "Updated", correction: "Correction" }[entry.kind];
  return `${word}, ${formatDate(entry.when)}`;
}
