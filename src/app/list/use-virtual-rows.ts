import { useCallback, useLayoutEffect, useRef, useState } from "react";
import type { RefObject } from "react";
import { scrollArea, viewOf } from "./scroll-area.ts";
import { visibleRange } from "./visible-range.ts";
import type { RowRange } from "./visible-range.ts";

const OVERSCAN = 8;
/**
 * In a story of up to this many events every row is rendered, in the page's flow (CSS
 * content-visibility keeps the ones off screen cheap): each is in the accessibility tree and
 * find-in-page, and a row is as tall as its title. A longer story's list renders only the rows on
 * screen, placed by index, however few a search leaves: turning to rendering them all when a
 * search left under a thousand (675 events after "ce" at 10,000) cost that keystroke over 100 ms.
 */
export const FLOW_LIMIT = 1000;
/** Until a row is measured: the desktop row height in CSS pixels (see list.css). */
const FIRST_GUESS = 84;

/**
 * The rows of the list on screen, followed through scrolling (of the list's area or of the page)
 * and resizing. Row height comes from the first rendered row, so CSS alone decides it.
 */
export function useVirtualRows(
  list: RefObject<HTMLElement | null>,
  count: number,
  /** Changes that may change the row height (a search adds a line to each row). */
  layoutKey: string,
  /** How many events the story has: FLOW_LIMIT applies to it, not to the rows shown. */
  storySize: number,
): RowRange & { rowHeight: number; flow: boolean; remeasure: () => void } {
  const flow = storySize <= FLOW_LIMIT;
  const [rowHeight, setRowHeight] = useState(FIRST_GUESS);
  const [range, setRange] = useState<RowRange>({ first: 0, last: Math.min(count, 30) });
  const measure = useRef<() => void>(undefined);
  // For a scroll made in a layout effect (use-scroll-sync.ts): its rows are drawn in the same
  // frame, not one frame later from the scroll event, after a frame of the rows it scrolled from.
  const remeasure = useCallback(() => measure.current?.(), []);

  // Before paint: a search that changes the row height (and with it the rows on screen) is drawn
  // once, at its final size, instead of in three frames, each laid out again.
  useLayoutEffect(() => {
    const el = list.current;
    if (!el || flow) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const measured = el.querySelector("li")?.getBoundingClientRect().height;
      const height = measured && measured > 0 ? measured : rowHeight;
      if (height !== rowHeight) setRowHeight(height);
      const view = viewOf(scrollArea(el));
      const next = visibleRange({
        listTop: el.getBoundingClientRect().top,
        viewTop: view.top,
        viewBottom: view.bottom,
        rowHeight: height,
        count,
        overscan: OVERSCAN,
      });
      setRange((r) => (r.first === next.first && r.last === next.last ? r : next));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    measure.current = update;
    update();
    // Capture: scrolling of any ancestor (the list's area or the page) reaches the document.
    document.addEventListener("scroll", schedule, { capture: true, passive: true });
    window.addEventListener("resize", schedule);
    const observer = new ResizeObserver(schedule);
    observer.observe(el);
    return () => {
      measure.current = undefined;
      cancelAnimationFrame(frame);
      document.removeEventListener("scroll", schedule, { capture: true });
      window.removeEventListener("resize", schedule);
      observer.disconnect();
    };
  }, [list, count, rowHeight, layoutKey, flow]);

  if (flow) return { first: 0, last: count, rowHeight, flow, remeasure };
  return {
    first: Math.min(range.first, count),
    last: Math.min(range.last, count),
    rowHeight,
    flow,
    remeasure,
  };
}
