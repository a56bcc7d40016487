import { useState } from "react";

/** What the reader is looking at: everything a shared link must reproduce. */
export interface ViewState {
  /** The selected event (its panel is open). */
  eventId: string | undefined;
  /** The timeline's visible window, when the reader has moved it. */
  window: { start: Date; end: Date } | undefined;
  /** Actor ids the reader filtered to (empty = all). */
  actors: string[];
  /** Tags the reader filtered to (empty = all). */
  tags: string[];
  /** The search query. */
  q: string;
}

export const EMPTY_VIEW: ViewState = {
  eventId: undefined,
  window: undefined,
  actors: [],
  tags: [],
  q: "",
};

export interface ViewActions {
  select: (eventId: string | undefined) => void;
  setWindow: (window: { start: Date; end: Date }) => void;
  setFilters: (filters: Partial<Pick<ViewState, "actors" | "tags" | "q">>) => void;
}

/** Holds the view state. TODO(issue 5): read from and write to the URL through src/url-state.ts. */
export function useViewState(): [ViewState, ViewActions] {
  const [view, setView] = useState<ViewState>(EMPTY_VIEW);
  const actions: ViewActions = {
    select: (eventId) => setView((v) => ({ ...v, eventId })),
    setWindow: (window) => setView((v) => ({ ...v, window })),
    setFilters: (filters) => setView((v) => ({ ...v, ...filters })),
  };
  return [view, actions];
}
