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

/** The search box's text (see useSearchQuery): the draft, its setter, and commit-now. */
export interface SearchDraft {
  query: string;
  setQuery: (q: string) => void;
  /** Commits the query now; given the search box's text, that text. */
  flush: (typed?: string) => void;
}

export interface StoryView {
  view: ViewState;
  actions: ViewActions;
  search: SearchDraft;
  filter: EventFilter;
  /** Everything the list area needs, for `<Chronology {...chronology} />`. */
  chronology: ChronologyProps;
  /** For `<UpdatesContext value={updates}>`: what changed since the reader's last visit. */
  updates: UpdatesValue;
}

/**
 * The wiring the full page and the embed share: the view state (kept in the URL), the search's
 * draft, the events the search and filters leave, and the list area's props. The page shows a
 * search box; the embed has none, so its draft only ever follows the URL's `q`.
 */
export function useStoryView(model: StoryModel): StoryView {
  const [view, actions] = useViewState(model);
  const [query, setQuery, flush] = useSearchQuery(view.q, (q) => actions.setFilters({ q }));
  const newIds = useNewSince(model);
  const filter = useNewOnly(
    useEventFilter(model, { q: query, actors: view.actors, tags: view.tags }),
    newIds,
    view.newSince,
  );
  const chronology: ChronologyProps = {
    model,
    filter,
    actors: view.actors,
    tags: view.tags,
    // "Clear filters" shows for the new-since filter too.
    searching: query.trim() !== "" || view.newSince,
    selectedId: view.eventId,
    window: view.window ?? model.focus,
    onSelect: actions.select,
    onFilter: actions.setFilters,
    onClear: () => {
      setQuery("");
      actions.setFilters({ q: "", actors: [], tags: [], newSince: false });
    },
  };
  const updates: UpdatesValue = {
    newIds,
    newOnly: view.newSince,
    setNewOnly: (newSince) => actions.setFilters({ newSince }),
    select: actions.select,
  };
  return { view, actions, search: { query, setQuery, flush }, filter, chronology, updates };
}
