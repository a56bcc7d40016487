import { useCallback, useDeferredValue, useEffect, useMemo, useState } from "react";
import type { StoryModel } from "../../core/story-model.ts";
import { filterEvents, keepingSameMatches } from "./filter-events.ts";
import type { FilterResult } from "./filter-events.ts";
import { createSearchIndex, createSearchIndexAsync } from "./search-index.ts";
import type { SearchHits, SearchIndex } from "./search-index.ts";

/**
 * The events a reader sees under the search and the filters. The index is not built for the first
 * paint: it is built in the browser's idle time once the page has loaded (at once when the reader
 * reaches for the search box first), or at once when the page opens with a query (a shared link).
 * In the background its table of words comes first, and answers the short words typed first while
 * the full index is still being built: at 10,000 events the whole takes about a second of idle
 * time, and a reader who starts typing right after the load would otherwise wait for it. Typing
 * stays responsive on large stories because the query is applied as a deferred value.
 */

const built = new WeakMap<StoryModel, SearchIndex>();
/** The table's answers first (short words), then the full index (see search-index.ts). */
interface Building {
  table: Promise<SearchIndex>;
  full: Promise<SearchIndex>;
}
const building = new WeakMap<StoryModel, Building>();
/** Stories whose reader is at the search box: their background build hurries. */
const awaited = new WeakSet<StoryModel>();

/** Leaves the load (the chart's chunk, its first drawing) this long before building in idle time. */
const AFTER_LOAD_MS = 1000;

/** Calls `fn` in the first idle period after AFTER_LOAD_MS; returns the cancel. */
function whenIdle(fn: () => void): () => void {
  let idleId: number | undefined;
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === "function") idleId = requestIdleCallback(fn);
    else fn();
  }, AFTER_LOAD_MS);
  return () => {
    clearTimeout(timer);
    if (idleId !== undefined) cancelIdleCallback(idleId);
  };
}

function indexNow(model: StoryModel): SearchIndex {
  let index = built.get(model);
  if (!index) {
    index = createSearchIndex(model);
    built.set(model, index);
  }
  return index;
}

function indexSoon(model: StoryModel): Building {
  let soon = building.get(model);
  if (!soon) {
    let tableReady: (partial: SearchIndex) => void = () => undefined;
    const table = new Promise<SearchIndex>((resolve) => (tableReady = resolve));
    const hurry = () => awaited.has(model);
    const full = createSearchIndexAsync(model, tableReady, hurry).then((index) => {
      if (!built.has(model)) built.set(model, index);
      return built.get(model) ?? index;
    });
    soon = { table, full };
    building.set(model, soon);
  }
  return soon;
}

export interface EventFilter extends FilterResult {
  /** Matched words per event while a search is active. */
  hits: SearchHits | undefined;
  /** A query is waiting for the index to be built. */
  pending: boolean;
  /** Builds the index in the background now (call when the reader reaches for the search). */
  prepareSearch: () => void;
}

export interface FilterInput {
  q: string;
  actors: readonly string[];
  tags: readonly string[];
  /**
   * The model whose text the search reads, with the same events as `model`: the whole story once
   * its details (quotes, sources) have loaded (see whole-story.ts). `model` when omitted.
   */
  searched?: StoryModel | undefined;
}

export function useEventFilter(
  model: StoryModel,
  { q, actors, tags, searched = model }: FilterInput,
): EventFilter {
  const [found, setFound] = useState<{ of: StoryModel; index: SearchIndex }>();
  const index = found?.of === searched ? found.index : built.get(searched);
  // Until the whole story's index answers, the brief's does where there is one (the same events,
  // without the words of quotes and sources): a query never waits for a second build.
  const earlier =
    searched === model ? undefined : found?.of === model ? found.index : built.get(model);
  const query = useDeferredValue(q);
  const wanted = query.trim() !== "";
  // While the background build runs, a query waits for it rather than building a second index.
  const ready =
    [index, earlier].find((i) => i?.canAnswer(query)) ??
    index ??
    earlier ??
    (wanted && !building.has(searched) ? indexNow(searched) : undefined);

  const buildInBackground = useCallback(() => {
    if (built.has(searched)) return;
    const soon = indexSoon(searched);
    void soon.table.then((partial) =>
      setFound((current) =>
        current?.of === searched ? current : { of: searched, index: partial },
      ),
    );
    void soon.full.then((full) => setFound({ of: searched, index: full }));
  }, [searched]);
  useEffect(() => whenIdle(buildInBackground), [buildInBackground]);
  // The brief's index is answering: the whole story's is built now, in a hurry.
  const behind = index === undefined && earlier !== undefined;
  useEffect(() => {
    if (!behind) return;
    awaited.add(searched);
    buildInBackground();
  }, [behind, searched, buildInBackground]);
  const prepareSearch = useCallback(() => {
    awaited.add(searched);
    buildInBackground();
  }, [searched, buildInBackground]);

  const answerable = wanted && ready !== undefined && ready.canAnswer(query);
  const hits = useMemo(
    () => (ready && answerable ? ready.search(query) : undefined),
    [ready, answerable, query],
  );
  // Keyed on the ids, not the arrays: the view state may hand over equal arrays anew.
  const actorKey = actors.filter((id) => model.actorById.has(id)).join(",");
  const tagKey = tags.join(",");
  const [keepSame] = useState(keepingSameMatches);
  const result = useMemo(
    () =>
      keepSame(
        filterEvents(
          model.events,
          { actors: actorKey ? actorKey.split(",") : [], tags: tagKey ? tagKey.split(",") : [] },
          hits,
        ),
      ),
    [model, actorKey, tagKey, hits, keepSame],
  );
  return { ...result, hits, pending: wanted && !answerable, prepareSearch };
}
