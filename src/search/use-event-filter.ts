import { useCallback, useDeferredValue, useMemo, useState } from "react";
import type { Timeline } from "../model/load.ts";
import { filterEvents } from "./filter-events.ts";
import type { FilterResult } from "./filter-events.ts";
import { createSearchIndex, createSearchIndexAsync } from "./search-index.ts";
import type { SearchHits, SearchIndex } from "./search-index.ts";

/**
 * The events a reader sees under the search and the filters. The index is not built for the first
 * paint: it is built in the background when the reader reaches for the search box, or at once when
 * the page opens with a query (a shared link). Typing stays responsive on large stories because
 * the query is applied as a deferred value.
 */

const built = new WeakMap<Timeline, SearchIndex>();
const building = new WeakMap<Timeline, Promise<SearchIndex>>();

function indexNow(timeline: Timeline): SearchIndex {
  let index = built.get(timeline);
  if (!index) {
    index = createSearchIndex(timeline);
    built.set(timeline, index);
  }
  return index;
}

function indexSoon(timeline: Timeline): Promise<SearchIndex> {
  let promise = building.get(timeline);
  if (!promise) {
    promise = createSearchIndexAsync(timeline).then((index) => {
      if (!built.has(timeline)) built.set(timeline, index);
      return built.get(timeline) ?? index;
    });
    building.set(timeline, promise);
  }
  return promise;
}

export interface EventFilter extends FilterResult {
  /** Matched words per event while a search is active. */
  hits: SearchHits | undefined;
  /** A query is waiting for the index to be built. */
  pending: boolean;
  /** Starts building the index in the background (call when the reader focuses the search). */
  prepareSearch: () => void;
}

export interface FilterInput {
  q: string;
  actors: readonly string[];
  tags: readonly string[];
}

export function useEventFilter(timeline: Timeline, { q, actors, tags }: FilterInput): EventFilter {
  const [index, setIndex] = useState(() => built.get(timeline));
  const [inBackground, setInBackground] = useState(false);
  const query = useDeferredValue(q);
  const wanted = query.trim() !== "";
  const ready = index ?? (wanted && !inBackground ? indexNow(timeline) : undefined);

  const prepareSearch = useCallback(() => {
    if (index) return;
    setInBackground(true);
    void indexSoon(timeline).then((i) => {
      setIndex(i);
      setInBackground(false);
    });
  }, [index, timeline]);

  const hits = useMemo(
    () => (ready && wanted ? ready.search(query) : undefined),
    [ready, wanted, query],
  );
  // Keyed on the ids, not the arrays: the view state may hand over equal arrays anew.
  const actorKey = actors.filter((id) => timeline.actorById.has(id)).join(",");
  const tagKey = tags.join(",");
  const result = useMemo(
    () =>
      filterEvents(
        timeline.events,
        { actors: actorKey ? actorKey.split(",") : [], tags: tagKey ? tagKey.split(",") : [] },
        hits,
      ),
    [timeline, actorKey, tagKey, hits],
  );
  return { ...result, hits, pending: wanted && !ready, prepareSearch };
}
