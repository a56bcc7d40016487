import { useEffect, useRef, useState } from "react";
import type { RefObject } from "react";
import { DataSet } from "vis-data/esnext";
import { Timeline as VisTimeline } from "vis-timeline/esnext";
import type { TimelineOptions } from "vis-timeline/esnext";
import "vis-timeline/styles/vis-timeline-graph2d.css";
import { eventIdOfKey, itemKey } from "./to-items.ts";
import type { VisGroup, VisItem } from "./to-items.ts";

/**
 * The only module that imports vis-timeline. It creates the chart in one effect and destroys it in
 * that effect's cleanup (StrictMode-safe), takes each prop in through an effect of its own, and
 * reports what the reader does through callbacks. Items are text built with `textContent`; vis's
 * own xss filter stays on for anything else.
 */

export interface Window {
  start: Date;
  end: Date;
}

export interface VisTimelineProps {
  container: RefObject<HTMLDivElement | null>;
  items: VisItem[];
  groups: VisGroup[];
  /** The window to show first. */
  initialWindow: Window;
  selectedId: string | undefined;
  onSelect: (eventId: string | undefined) => void;
  onWindowChange?: (window: Window) => void;
}

const BASE_OPTIONS: TimelineOptions = {
  dataAttributes: ["id"],
  xss: { disabled: false },
  stack: true,
  orientation: { axis: "top", item: "top" },
  margin: { item: { horizontal: 4, vertical: 6 } },
  selectable: true,
  multiselect: false,
  showCurrentTime: false,
  zoomKey: "",
  horizontalScroll: false,
  verticalScroll: false,
  zoomFriction: 8,
  template: (item: VisItem | undefined) => textNode(item?.content ?? ""),
  groupTemplate: (group: VisGroup | undefined) => textNode(group?.content ?? ""),
};

function textNode(text: string): HTMLElement {
  const span = document.createElement("span");
  span.textContent = text;
  return span;
}

export function useVisTimeline({
  container,
  items,
  groups,
  initialWindow,
  selectedId,
  onSelect,
  onWindowChange,
}: VisTimelineProps): VisTimeline | undefined {
  const [timeline, setTimeline] = useState<VisTimeline>();
  const callbacks = useRef({ onSelect, onWindowChange });
  useEffect(() => {
    callbacks.current = { onSelect, onWindowChange };
  });
  const firstWindow = useRef(initialWindow);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const { start, end } = firstWindow.current;
    // Items added inside the visible window cost a layout each; start far before them, then move.
    const span = end.getTime() - start.getTime();
    const parked = {
      start: new Date(start.getTime() - 100 * span),
      end: new Date(start.getTime() - 99 * span),
    };
    const instance = new VisTimeline(element, [], { ...BASE_OPTIONS, ...parked });
    let redrawn = false;
    instance.on("rangechanged", (props: { start: Date; end: Date; byUser: boolean }) => {
      if (!redrawn) {
        // vis keeps its root hidden on a 1 s timer after construction; one redraw shows it now.
        redrawn = true;
        instance.redraw();
      }
      callbacks.current.onWindowChange?.({ start: props.start, end: props.end });
    });
    instance.on("select", (props: { items: string[] }) => {
      const [key] = props.items;
      callbacks.current.onSelect(key === undefined ? undefined : eventIdOfKey(key));
    });
    setTimeline(instance);
    return () => {
      instance.destroy();
      setTimeline(undefined);
    };
  }, [container]);

  useEffect(() => {
    if (!timeline) return;
    timeline.setGroups(new DataSet(groups) as never);
  }, [timeline, groups]);

  useEffect(() => {
    if (!timeline) return;
    timeline.setItems(new DataSet(items, { fieldId: "key" }) as never);
    const { start, end } = firstWindow.current;
    timeline.setWindow(start, end, { animation: false });
  }, [timeline, items]);

  useEffect(() => {
    if (!timeline) return;
    const keys = selectedId
      ? items.filter((item) => item.id === selectedId).map((item) => itemKey(item.id, item.group))
      : [];
    timeline.setSelection(keys);
    const first = items.find((item) => item.id === selectedId);
    if (first) {
      const { start, end } = timeline.getWindow();
      const at = first.start.getTime();
      if (at < start.getTime() || at > end.getTime()) {
        timeline.moveTo(first.start, { animation: false });
      }
    }
  }, [timeline, items, selectedId]);

  return timeline;
}
