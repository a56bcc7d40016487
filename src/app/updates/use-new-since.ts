import { useEffect, useMemo, useState } from "react";
import type { StoryModel } from "../../core/story-model.ts";
import { changedSince } from "../../core/updates.ts";
import type { EventFilter } from "../search/use-event-filter.ts";
import { beginVisit, recordWhenLeaving } from "./last-visit.ts";

/** One record per story: its title names it in the reader's storage. */
const keyOf = (model: StoryModel) => model.story.title;

/** The events changed since the reader's last visit (see last-visit.ts for when a visit ends). */
export function useNewSince(model: StoryModel): ReadonlySet<string> {
  const key = keyOf(model);
  const [since] = useState(() => beginVisit(key));
  useEffect(() => recordWhenLeaving(key), [key]);
  return useMemo(() => (since ? changedSince(model, since) : new Set<string>()), [model, since]);
}

/** The filter's result narrowed to the new events while "New since your last visit" is on. */
export function useNewOnly(
  filter: EventFilter,
  newIds: ReadonlySet<string>,
  on: boolean,
): EventFilter {
  return useMemo(() => {
    if (!on) return filter;
    const events = filter.events.filter((e) => newIds.has(e.id));
    return { ...filter, events, matchIds: new Set(events.map((e) => e.id)) };
  }, [filter, newIds, on]);
}
