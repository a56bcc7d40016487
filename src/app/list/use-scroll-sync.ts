import { useEffect } from "react";
import type { RefObject } from "react";
import { scrollArea, viewOf } from "./scroll-area.ts";

/**
 * Keeps the list's scroll area in step with the timeline: the selected event is scrolled into
 * view, and when the reader moves the timeline to a period none of whose events are in sight, the
 * list scrolls to the first of them. Only a scroll area of the list's own moves, never the page:
 * on a phone the page is the list, and the reader's place on it is theirs. A long list's rows have
 * one height, so a row's place is known whether or not it is rendered; a shorter one renders all.
 */

export interface ScrollSyncInput {
  list: RefObject<HTMLElement | null>;
  rowHeight: number;
  /** Row index of the selected event, if it is shown. */
  selected: number | undefined;
  /** Row indexes of the first and last events inside the timeline's window. */
  inWindow: { first: number; last: number } | undefined;
}

/** Room left between a revealed row and the edge of the view, in CSS pixels. */
const MARGIN = 12;

function rowBox(list: HTMLElement, index: number, rowHeight: number) {
  // Every row rendered, in flow (see FLOW_LIMIT): a row's place is its own.
  const row = list.dataset.flow === undefined ? undefined : list.children[index];
  if (row) {
    const box = row.getBoundingClientRect();
    return { top: box.top, bottom: box.bottom };
  }
  const top = list.getBoundingClientRect().top + index * rowHeight;
  return { top, bottom: top + rowHeight };
}

export function useScrollSync({ list, rowHeight, selected, inWindow }: ScrollSyncInput): void {
  useEffect(() => {
    const el = list.current;
    const area = el && scrollArea(el);
    if (!el || !area || selected === undefined) return;
    const view = viewOf(area);
    const row = rowBox(el, selected, rowHeight);
    if (row.top < view.top) area.scrollBy(0, row.top - view.top - MARGIN);
    else if (row.bottom > view.bottom) area.scrollBy(0, row.bottom - view.bottom + MARGIN);
  }, [list, selected, rowHeight]);

  const first = inWindow?.first;
  const last = inWindow?.last;
  useEffect(() => {
    const el = list.current;
    const area = el && scrollArea(el);
    if (!el || !area || first === undefined || last === undefined) return;
    const view = viewOf(area);
    const top = rowBox(el, first, rowHeight).top;
    const bottom = rowBox(el, last, rowHeight).bottom;
    if (top >= view.bottom || bottom <= view.top) area.scrollBy(0, top - view.top);
  }, [list, first, last, rowHeight]);
}
