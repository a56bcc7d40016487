import { useCallback, useDeferredValue, useMemo, useState } from "react";
import type { StoryModel } from "../../core/story-model.ts";
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

const built = new WeakMap<StoryModel, SearchIndex>();
const building = new WeakMap<StoryModel, Promise<SearchIndex>>();

function indexNow(model: StoryModel): SearchIndex {
  let index = built.get(model);
  if (!index) {
    index = createSearchIndex(model);
    built.set(model, index);
  }
  return index;
}

function indexSoon(model: StoryModel): Promise<SearchIndex> {
  let promise = building.get(model);
  if (!promise) {
    promise = createSearchIndexAsync(model).then((index) => {
      if (!built.has(model)) built.set(model, index);
      return built.get(model) ?? index;
    });
    building.set(model, promise);
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

export function useEventFilter(model: StoryModel, { q, actors, tags }: FilterInput): EventFilter {
  const [index, setIndex] = useState(() => built.get(model));
  const [inBackground, setInBackground] = useState(false);
  const query = useDeferredValue(q);
  const wanted = query.trim() !== "";
  const ready = index ?? (wanted && !inBackground ? indexNow(model) : undefined);

  const prepareSearch = useCallback(() => {
    if (index) return;
    setInBackground(true);
    void indexSoon(model).then((i) => {
      setIndex(i);
      setInBackground(false);
    });
  }, [index, model]);

  const hits = useMemo(
    () => (ready && wanted ? ready.search(query) : undefined),
    [ready, wanted, query],
  );
  // Keyed on the ids, not the arrays: the view state may hand over equal arrays anew.
  const actorKey = actors.filter((id) => model.actorById.has(id)).join(",");
  const tagKey = tags.join(",");
  const result = useMemo(
    () =>
      filterEvents(
        model.events,
        { actors: actorKey ? actorKey.split(",") : [], tags: tagKey ? tagKey.split(",") : [] },
        hits,
      ),
    [model, actorKey, tagKey, hits],
  );
  return { ...result, hits, pending: wanted && !ready, prepareSearch };
}
