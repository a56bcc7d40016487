import type { TimeWindow } from "../../core/time-window.ts";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { CSSProperties, FocusEvent, KeyboardEvent } from "react";
import { flushSync } from "react-dom";
import type { StoryModel, DatedEvent } from "../../core/story-model.ts";
import type { SearchHits } from "../search/search-index.ts";
import { EventListItem, listItemId } from "./event-list-item.tsx";
import { nextIndex } from "./list-keys.ts";
import { useScrollSync } from "./use-scroll-sync.ts";
import { useVirtualRows } from "./use-virtual-rows.ts";
import { useLoadedStory } from "../whole-story.ts";
import "./list.css";

export const EVENT_LIST_ID = "events-list";

/** Moves focus into the list, to the item Tab would reach (the skip link's target). */
export function focusEventList(): void {
  const list = document.getElementById(EVENT_LIST_ID);
  const item = list?.querySelector<HTMLElement>('a[tabindex="0"]');
  (item ?? list)?.focus();
}

export interface EventListProps {
  model: StoryModel;
  /** The events shown, in date order. */
  events: readonly DatedEvent[];
  hits: SearchHits | undefined;
  selectedId: string | undefined;
  /** The timeline's visible window: its events are marked. */
  window: TimeWindow;
  onSelect: (eventId: string) => void;
}

/**
 * The chronology: the accessible equivalent of the timeline. Every row is rendered in a story of
 * up to FLOW_LIMIT events; beyond, rows have one height and only those on screen are rendered, so
 * 10,000 events cost what 40 do. Each says where it stands ("3 of 37").
 * One item is in the Tab order and always rendered; arrows, j/k, Home and End move between them.
 */
export function EventList({ model, events, hits, selectedId, window, onSelect }: EventListProps) {
  const searched = useLoadedStory(model);
  const list = useRef<HTMLOListElement>(null);
  const positions = useMemo(() => new Map(events.map((e, i) => [e.id, i])), [events]);
  const [activeId, setActiveId] = useState<string>();
  const [seenSelection, setSeenSelection] = useState(selectedId);
  if (selectedId !== seenSelection) {
    setSeenSelection(selectedId);
    if (selectedId) setActiveId(selectedId);
  }
  const shown = (id: string | undefined) => (id && positions.has(id) ? id : undefined);
  const tabbableId = shown(activeId) ?? shown(selectedId) ?? events[0]?.id;
  const tabbable = tabbableId === undefined ? undefined : positions.get(tabbableId);

  // Rows are memoized; they get one callback for the list's lifetime.
  const selectRef = useRef(onSelect);
  useEffect(() => {
    selectRef.current = onSelect;
  });
  const select = useCallback((id: string) => selectRef.current(id), []);

  const from = window.start.getTime();
  const to = window.end.getTime();
  const isInWindow = (e: DatedEvent) => e.when.start.getTime() < to && e.when.end.getTime() > from;
  const firstIn = events.findIndex(isInWindow);
  const lastIn = events.findLastIndex(isInWindow);

  const { first, last, rowHeight, flow, remeasure } = useVirtualRows(
    list,
    events.length,
    hits ? "search" : "",
    model.events.length,
  );
  useScrollSync({
    list,
    rowHeight,
    selected: selectedId === undefined ? undefined : positions.get(selectedId),
    inWindow: firstIn < 0 ? undefined : { first: firstIn, last: lastIn },
    rows: events,
    onMoved: remeasure,
  });
  const rows: number[] = [];
  for (let i = first; i < last; i++) rows.push(i);
  // The item Tab reaches stays rendered wherever the reader has scrolled.
  if (tabbable !== undefined && (tabbable < first || tabbable >= last)) {
    rows.push(tabbable);
    rows.sort((a, b) => a - b);
  }

  const onKeyDown = (e: KeyboardEvent<HTMLOListElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const current = positions.get((e.target as HTMLElement).dataset.eventId ?? "") ?? -1;
    const next = nextIndex(e.key, current, events.length);
    const id = next === undefined ? undefined : events[next]?.id;
    if (id === undefined) return;
    e.preventDefault();
    // Render the row now (it may be off screen), then move focus to it.
    flushSync(() => setActiveId(id));
    document.getElementById(listItemId(id))?.focus();
  };
  const onFocus = (e: FocusEvent<HTMLOListElement>) => {
    const id = (e.target as HTMLElement).dataset.eventId;
    if (id) setActiveId(id);
  };

  return (
    <>
      <ol
        ref={list}
        id={EVENT_LIST_ID}
        className="event-list"
        aria-label="Events"
        tabIndex={-1}
        style={flow ? undefined : ({ "--rows": events.length } as CSSProperties)}
        data-flow={flow ? "" : undefined}
        data-searching={hits ? "" : undefined}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
      >
        {rows.map((i) => {
          const event = events[i];
          return (
            event && (
              <EventListItem
                key={event.id}
                event={event}
                model={model}
                searched={hits?.has(event.id) ? searched : undefined}
                terms={hits?.get(event.id)}
                selected={event.id === selectedId}
                inWindow={isInWindow(event)}
                tabbable={i === tabbable}
                position={i}
                count={events.length}
                placed={!flow}
                onSelect={select}
              />
            )
          );
        })}
      </ol>
      {events.length === 0 && (
        <p className="list-empty">No events match. Try fewer words or clear the filters.</p>
      )}
    </>
  );
}
