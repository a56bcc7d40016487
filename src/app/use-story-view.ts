import { useDeferredValue, useMemo } from "react";
import type { StoryModel } from "../core/story-model.ts";
import type { ViewState } from "../core/url.ts";
import type { ChronologyProps } from "./list/chronology.tsx";
import type { EventFilter } from "./search/use-event-filter.ts";
import { useEventFilter } from "./search/use-event-filter.ts";
import { useSearchQuery } from "./search/use-search-query.ts";
import { useViewState } from "./view-state.ts";
import { useNewOnly, useNewSince } from "./updates/use-new-since.ts";
import type { UpdatesValue } from "./updates/updates-context.ts";
import type { ViewActions } from "./view-state.ts";
import { useLoadedStory } from "./whole-story.ts";

/** The search box's text (see useSearchQuery): the draft, its setter, and commit-now. */
export interface SearchDraft {
  query: string;
  setQuery: (q: string) => void;
  /** Commits the query now; given the search box's text, that text. */
  flush: (typed?: string) => void;
}

export interface StoryView {
  /** The view state: what the panel shows, and the URL. */
  view: ViewState;
  /**
   * The open event and the window as the chart and the list are given them: `view`'s, except
   * that when they change the panel is drawn and painted first and the chart and the list follow
   * in a later frame (useDeferredValue). Opening an event or pressing Next then costs the panel's
   * rendering before the next paint, not the chart's selection and the list's rows as well
   * (issue 22: INP ≤ 100 ms on a phone-class CPU). The filters are not deferred: they are the
   * list's own controls.
   */
  behind: ViewState;
  actions: ViewActions;
  search: SearchDraft;
  filter: EventFilter;
  /** Everything the list area needs, for `<Chronology {...chronology} />` (one object per change). */
  chronology: ChronologyProps;
  /** For `<UpdatesContext value={updates}>`: what changed since the reader's last visit. */
  updates: UpdatesValue;
}

/** The same object while its parts are the same, so what it is handed to need not render again. */
function useStableFilter(filter: EventFilter): EventFilter {
  const { events, matchIds, actorCounts, tagCounts, hits, pending, prepareSearch } = filter;
  return useMemo(
    () => ({ events, matchIds, actorCounts, tagCounts, hits, pending, prepareSearch }),
    [events, matchIds, actorCounts, tagCounts, hits, pending, prepareSearch],
  );
}

/**
 * The wiring the full page and the embed share: the view state (kept in the URL), the search's
 * draft, the events the search and filters leave, and the list area's props. The page shows a
 * search box; the embed has none, so its draft only ever follows the URL's `q`.
 */
export function useStoryView(model: StoryModel): StoryView {
  const [view, actions] = useViewState(model);
  const behind = useDeferredValue(view);
  const [query, setQuery, flush] = useSearchQuery(view.q, (q) => actions.setFilters({ q }));
  const newIds = useNewSince(model);
  // The search reads quotes and sources too, once they have loaded (see whole-story.ts).
  const searched = useLoadedStory(model) ?? model;
  const filter = useNewOnly(
    useStableFilter(
      useEventFilter(model, { q: query, actors: view.actors, tags: view.tags, searched }),
    ),
    newIds,
    view.newSince,
  );
  // "Clear filters" shows for the new-since filter too.
  const searching = query.trim() !== "" || view.newSince;
  const { actors, tags, newSince: newOnly } = view;
  const { eventId: selectedId, window: shownWindow } = behind;
  const chronology = useMemo<ChronologyProps>(
    () => ({
      model,
      filter,
      actors,
      tags,
      searching,
      selectedId,
      window: shownWindow ?? model.focus,
      onSelect: actions.select,
      onFilter: actions.setFilters,
      onClear: () => {
        setQuery("");
        actions.setFilters({ q: "", actors: [], tags: [], newSince: false });
      },
    }),
    [model, filter, actors, tags, searching, selectedId, shownWindow, actions, setQuery],
  );
  // A new object would render every consumer again (each row of the list among them).
  const updates = useMemo<UpdatesValue>(
    () => ({
      newIds,
      newOnly,
      setNewOnly: (newSince) => actions.setFilters({ newSince }),
      select: actions.select,
    }),
    [newIds, newOnly, actions],
  );
  return {
    view,
    behind,
    actions,
    search: { query, setQuery, flush },
    filter,
    chronology,
    updates,
  };
}
