import type { DatedEvent } from "../../core/story-model.ts";
import type { SearchHits } from "./search-index.ts";

/**
 * Search and filters composed: an event is shown when it matches the search, involves any of the
 * chosen actors and carries any of the chosen tags (choices within a group widen, groups narrow).
 * Each chip's count is what the reader would see in that group under everything else chosen: the
 * search and the other group's filters, not the chip's own group.
 */

export interface FilterCriteria {
  actors: readonly string[];
  tags: readonly string[];
}

export interface FilterResult {
  /** The events shown, in date order. */
  events: DatedEvent[];
  /** Ids of the events shown; undefined when no search or filter is active (all are shown). */
  matchIds: ReadonlySet<string> | undefined;
  actorCounts: ReadonlyMap<string, number>;
  tagCounts: ReadonlyMap<string, number>;
}

function anyOf(chosen: readonly string[], values: readonly string[]): boolean {
  return chosen.length === 0 || values.some((v) => chosen.includes(v));
}

function countInto(counts: Map<string, number>, keys: Iterable<string>): void {
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
}

export function filterEvents(
  all: readonly DatedEvent[],
  criteria: FilterCriteria,
  hits: SearchHits | undefined,
): FilterResult {
  const events: DatedEvent[] = [];
  const actorCounts = new Map<string, number>();
  const tagCounts = new Map<string, number>();
  for (const event of all) {
    if (hits && !hits.has(event.id)) continue;
    const byActor = anyOf(criteria.actors, event.actors);
    const byTag = anyOf(criteria.tags, event.tags);
    if (byTag) countInto(actorCounts, new Set(event.actors));
    if (byActor) countInto(tagCounts, new Set(event.tags));
    if (byActor && byTag) events.push(event);
  }
  const active = hits !== undefined || criteria.actors.length > 0 || criteria.tags.length > 0;
  return {
    events,
    matchIds: active ? new Set(events.map((e) => e.id)) : undefined,
    actorCounts,
    tagCounts,
  };
}

/** Every tag in the story, most used first (ties in alphabetical order). */
export function tagsByUse(all: readonly DatedEvent[]): string[] {
  const counts = new Map<string, number>();
  for (const event of all) countInto(counts, new Set(event.tags));
  return [...counts.keys()].sort(
    (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b),
  );
}
