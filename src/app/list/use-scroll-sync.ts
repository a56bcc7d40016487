import { useEffect, useLayoutEffect, useRef } from "react";
import type { RefObject } from "react";
import { scrollArea, viewOf } from "./scroll-area.ts";

/**
 * Keeps the list's scroll area in step with the timeline: the selected event is scrolled into
 * view, and when the reader moves the timeline to a period none of whose events are in sight, the
 * list scrolls to the first of them. Only a scroll area of the list's own moves, never the page:
 * on a phone the page is the list, and the reader's place on it is theirs. A long list's rows have
 * one height, so a row's place is known whether or not it is rendered; a shorter one renders all.
 *
 * Rows above the one moved to can still change height afterwards (the web font arriving rewraps
 * every title): the browser's scroll anchoring does not hold that row, so the list holds it where
 * it was put until the reader scrolls the list themselves.
 */

export interface ScrollSyncInput {
  list: RefObject<HTMLElement | null>;
  rowHeight: number;
  /** Row index of the selected event, if it is shown. */
  selected: number | undefined;
  /** Row indexes of the first and last events inside the timeline's window. */
  inWindow: { first: number; last: number } | undefined;
  /**
   * The rows shown (the events after the search and filters): a new set is read from the
   * window's first event, at the top of the view, as at load, not from wherever the old set's
   * scroll leaves it (the middle of a row).
   */
  rows: unknown;
  /** Called after the list was scrolled, so that a long list renders the rows now in view. */
  onMoved: () => void;
}

/** Room left between a revealed row and the edge of the view, in CSS pixels. */
const MARGIN = 12;

/** What the reader does to scroll a list themselves; any of it lets go of the held row. */
const READER_SCROLLS = ["wheel", "touchstart", "pointerdown", "keydown"] as const;

/** A rendered row the list moved to, and its distance below the top of the view. */
interface Held {
  row: Element;
  offset: number;
}

function renderedRow(list: HTMLElement, index: number): Element | undefined {
  // Every row rendered, in flow (see FLOW_LIMIT): a row's place is its own.
  return list.dataset.flow === undefined ? undefined : list.children[index];
}

function rowBox(list: HTMLElement, index: number, rowHeight: number) {
  const row = renderedRow(list, index);
  if (row) {
    const box = row.getBoundingClientRect();
    return { top: box.top, bottom: box.bottom };
  }
  const top = list.getBoundingClientRect().top + index * rowHeight;
  return { top, bottom: top + rowHeight };
}

/** Scrolls the list's area by `by` and holds row `index` where that puts it. */
function move(
  held: RefObject<Held | undefined>,
  el: HTMLElement,
  area: HTMLElement,
  index: number,
  by: number,
) {
  area.scrollBy(0, by);
  const row = renderedRow(el, index);
  held.current = row && { row, offset: row.getBoundingClientRect().top - viewOf(area).top };
}

export function useScrollSync({
  list,
  rowHeight,
  selected,
  inWindow,
  rows,
  onMoved,
}: ScrollSyncInput): void {
  const held = useRef<Held | undefined>(undefined);
  const readRows = useRef(rows);

  useEffect(() => {
    const el = list.current;
    const area = el && scrollArea(el);
    if (!el || !area) return;
    const letGo = () => {
      held.current = undefined;
    };
    const hold = () => {
      const pin = held.current;
      if (!pin) return;
      if (!pin.row.isConnected || pin.row.parentElement !== el) return letGo();
      const drift = pin.row.getBoundingClientRect().top - viewOf(area).top - pin.offset;
      if (drift !== 0) area.scrollBy(0, drift);
    };
    const sizes = new ResizeObserver(hold);
    sizes.observe(el);
    for (const type of READER_SCROLLS) area.addEventListener(type, letGo, { passive: true });
    return () => {
      sizes.disconnect();
      for (const type of READER_SCROLLS) area.removeEventListener(type, letGo);
    };
  }, [list]);

  // Layout effects: the scroll and the rows it brings into view are painted in one frame, the
  // frame that changed the list (a keystroke of the search moves the selected row).
  useLayoutEffect(() => {
    const el = list.current;
    const area = el && scrollArea(el);
    if (!el || !area || selected === undefined) return;
    const view = viewOf(area);
    const row = rowBox(el, selected, rowHeight);
    if (row.top < view.top) move(held, el, area, selected, row.top - view.top - MARGIN);
    else if (row.bottom > view.bottom)
      move(held, el, area, selected, row.bottom - view.bottom + MARGIN);
    else return;
    onMoved();
  }, [list, selected, rowHeight, onMoved]);

  const first = inWindow?.first;
  const last = inWindow?.last;
  useLayoutEffect(() => {
    const el = list.current;
    const area = el && scrollArea(el);
    const fresh = readRows.current !== rows;
    readRows.current = rows;
    if (!el || !area || first === undefined || last === undefined) return;
    const view = viewOf(area);
    const top = rowBox(el, first, rowHeight).top;
    const bottom = rowBox(el, last, rowHeight).bottom;
    // An open event keeps its own row in view (the effect above).
    const align = fresh && selected === undefined;
    if (align ? Math.abs(top - view.top) < 1 : top < view.bottom && bottom > view.top) return;
    move(held, el, area, first, top - view.top);
    onMoved();
  }, [list, first, last, rowHeight, rows, selected, onMoved]);
}
