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

/**
 * Each event's distinct actors and tags as small numbers, worked out once per story: counting
 * the chips at every keystroke is then adding into an array, not into maps (10,000 events, five
 * keys each).
 */
interface Keyed {
  names: string[];
  /** Event i's distinct keys' numbers are `numbers[starts[i]]` to `numbers[starts[i + 1]]`. */
  starts: Uint32Array;
  numbers: Uint16Array;
}

const keyed = new WeakMap<readonly DatedEvent[], { actors: Keyed; tags: Keyed }>();

function keysOf(all: readonly DatedEvent[], pick: (e: DatedEvent) => readonly string[]): Keyed {
  const byName = new Map<string, number>();
  const starts = new Uint32Array(all.length + 1);
  const flat: number[] = [];
  all.forEach((event, i) => {
    starts[i] = flat.length;
    for (const key of new Set(pick(event))) {
      let n = byName.get(key);
      if (n === undefined) byName.set(key, (n = byName.size));
      flat.push(n);
    }
  });
  starts[all.length] = flat.length;
  return { names: [...byName.keys()], starts, numbers: Uint16Array.from(flat) };
}

function keyedEvents(all: readonly DatedEvent[]) {
  let found = keyed.get(all);
  if (!found) {
    found = { actors: keysOf(all, (e) => e.actors), tags: keysOf(all, (e) => e.tags) };
    keyed.set(all, found);
  }
  return found;
}

/** Adds one to the count of each of event i's keys. */
function countKeys(keys: Keyed, i: number, counts: Int32Array): void {
  const end = keys.starts[i + 1] ?? 0;
  for (let k = keys.starts[i] ?? 0; k < end; k++) {
    const n = keys.numbers[k] ?? 0;
    counts[n] = (counts[n] ?? 0) + 1;
  }
}

function countsOf(keys: Keyed, counts: Int32Array): Map<string, number> {
  const map = new Map<string, number>();
  keys.names.forEach((name, n) => {
    if (counts[n]) map.set(name, counts[n]);
  });
  return map;
}

export function filterEvents(
  all: readonly DatedEvent[],
  criteria: FilterCriteria,
  hits: SearchHits | undefined,
): FilterResult {
  const { actors, tags } = keyedEvents(all);
  const events: DatedEvent[] = [];
  const actorCounts = new Int32Array(actors.names.length);
  const tagCounts = new Int32Array(tags.names.length);
  all.forEach((event, i) => {
    if (hits && !hits.has(event.id)) return;
    const byActor = anyOf(criteria.actors, event.actors);
    const byTag = anyOf(criteria.tags, event.tags);
    if (byTag) countKeys(actors, i, actorCounts);
    if (byActor) countKeys(tags, i, tagCounts);
    if (byActor && byTag) events.push(event);
  });
  const active = hits !== undefined || criteria.actors.length > 0 || criteria.tags.length > 0;
  return {
    events,
    matchIds: active ? new Set(events.map((e) => e.id)) : undefined,
    actorCounts: countsOf(actors, actorCounts),
    tagCounts: countsOf(tags, tagCounts),
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
