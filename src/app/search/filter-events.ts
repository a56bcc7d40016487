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

/** Counts each distinct key once (lists are short: no Set for each of 10,000 events). */
function countInto(counts: Map<string, number>, keys: readonly string[]): void {
  keys.forEach((key, i) => {
    if (keys.indexOf(key) === i) counts.set(key, (counts.get(key) ?? 0) + 1);
  });
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
    if (byTag) countInto(actorCounts, event.actors);
    if (byActor) countInto(tagCounts, event.tags);
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
  for (const event of all) countInto(counts, event.tags);
  return [...counts.keys()].sort(
    (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b),
  );
}

/**
 * The previous result when a new one shows the same events: the chart re-dims its thousands of
 * elements and the list re-renders only when the matches really changed (typing "ceasefire", every
 * key after the fifth finds the same events).
 */
export function keepingSameMatches(): (result: FilterResult) => FilterResult {
  let last: FilterResult | undefined;
  return (result) => {
    const same =
      last !== undefined &&
      last.events.length === result.events.length &&
      last.events.every((event, i) => event === result.events[i]) &&
      (last.matchIds === undefined) === (result.matchIds === undefined);
    if (!same || !last) last = result;
    else last = { ...result, events: last.events, matchIds: last.matchIds };
    return last;
  };
}
