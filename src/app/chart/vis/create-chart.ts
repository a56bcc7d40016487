import { DataSet } from "vis-data/esnext";
import { Timeline as VisTimeline } from "vis-timeline/esnext";
import "vis-timeline/styles/vis-timeline-graph2d.css";
import { eventIdOfKey } from "../to-items.ts";
import type { VisGroup, VisItem } from "../to-items.ts";
import {
  clampWindow,
  clusterWindow,
  openSpan,
  overlaps,
  parkedWindow,
  span,
} from "../window-math.ts";
import type { TimeWindow } from "../window-math.ts";
import { WindowSync } from "../window-sync.ts";
import { BASE_OPTIONS, settingsOptions } from "./chart-options.ts";
import type { VisTimelineSettings } from "./chart-options.ts";
import { clusterOf, createClustering } from "./clustering.ts";
import { markDrawn } from "./drawn-marks.ts";
import { keepOnlyEnglish } from "./patch-english-only.ts";
import { showAtOnce } from "./patch-show-at-once.ts";

/** What the chart reads when vis calls back: the latest props, never a stale closure. */
export interface ChartInputs {
  settings: VisTimelineSettings;
  selectedId: string | undefined;
  matchIds: ReadonlySet<string> | undefined;
  /** Every drawn copy of each event, its main item first. */
  keys: ReadonlyMap<string, string[]>;
  mainItems: ReadonlyMap<string, VisItem>;
  onSelect: (eventId: string) => void;
  /** The one way the reader's moves come out (see window-sync.ts). */
  onWindowChange: (window: TimeWindow) => void;
}

/** The vis instance and the commands the rest of the app drives it with. */
export interface VisChart {
  sync: WindowSync;
  /** Shows a window from outside (the first one, a link, Back or Forward), clustered for it. */
  show: (window: TimeWindow) => void;
  setSettings: (settings: VisTimelineSettings) => void;
  setGroups: (groups: VisGroup[]) => void;
  setItems: (items: VisItem[]) => void;
  /** Selects every copy of the selected event and marks what vis does not know about. */
  showSelection: () => void;
  /** Marks the drawn elements again (the matches changed). */
  mark: () => void;
  /** Brings an event into view at the current zoom, in its lane, if it is not in view. */
  reveal: (eventId: string) => void;
  /** Moves the window on the reader's behalf (buttons, keys), within the limits. */
  move: (window: TimeWindow) => void;
  /** Scrolls the lanes by `by` pixels (down when positive), when they do not all fit. */
  scrollLanes: (by: number) => void;
  destroy: () => void;
}

/**
 * Creates the chart in `element`: vis with our options, clustering, the window rules, and the
 * listeners that turn what the reader does into `inputs().onSelect` and `onWindowChange`.
 * Items and groups come later (setItems, setGroups); `destroy` undoes all of it.
 */
export function createChart(element: HTMLElement, inputs: () => ChartInputs): VisChart {
  const parked = () => parkedWindow(inputs().settings.limits);
  // Items added inside the visible window cost a layout each: start past them all. Passing []
  // now also spends vis's one-time "fit to the items" on the parked window.
  const start = parked();
  const instance = new VisTimeline(element, [], { ...BASE_OPTIONS, ...start });
  keepOnlyEnglish(instance);
  showAtOnce(instance);
  const clustering = createClustering(instance, element);
  const animation = () =>
    inputs().settings.reducedMotion
      ? false
      : { duration: 300, easingFunction: "easeInOutQuad" as const };
  const animated = () => animation() !== false;
  const sync = new WindowSync(
    {
      getWindow: () => instance.getWindow(),
      setWindow: (w, animate) =>
        instance.setWindow(w.start, w.end, { animation: animate ? animation() : false }),
    },
    { report: (w) => inputs().onWindowChange(w), settled: (w) => clustering.recluster(w) },
  );
  const mark = () => markDrawn(element, inputs().selectedId, inputs().matchIds);

  instance.on("rangechange", (props: TimeWindow & { byUser: boolean }) => {
    clustering.recluster(props);
    sync.rangechange(props.byUser);
  });
  instance.on("rangechanged", (props: TimeWindow & { byUser: boolean }) => {
    sync.rangechanged({ start: props.start, end: props.end }, props.byUser);
  });
  instance.on("select", (props: { items: string[] }) => {
    const [key] = props.items;
    const eventId = key === undefined ? undefined : eventIdOfKey(String(key));
    const { selectedId, keys } = inputs();
    // vis selects only the clicked copy (or a cluster, or nothing on empty space): the selection
    // is the app's, so every copy of the selected event stays selected.
    instance.setSelection(keys.get(eventId ?? selectedId ?? "") ?? []);
    // Selecting redraws those items with vis's own classes, without a "changed" event.
    mark();
    if (eventId !== undefined) inputs().onSelect(eventId);
  });
  instance.on("click", (props: { isCluster: boolean; event: Event }) => {
    if (!props.isCluster) return;
    const target = props.event.target;
    const cluster = clusterOf(target instanceof Element ? target : null);
    const [min, max, key] = [cluster?.min, cluster?.max, cluster?.uiItems?.[0]?.data?.key];
    if (typeof min !== "number" || typeof max !== "number") return;
    const w = clusterWindow(min, max, inputs().settings.limits, openSpan(clustering.width()) * 0.9);
    clustering.recluster(w);
    sync.moveBy(() => {
      instance.setWindow(w.start, w.end, { animation: false });
      // vis's focus also scrolls the lanes to the item: the opened cluster's lane comes into view.
      if (key !== undefined) instance.focus(key, { zoom: false, animation: false });
    }, false);
  });
  instance.on("changed", mark);

  return {
    sync,
    show: (w) => {
      clustering.recluster(w);
      sync.show(w);
    },
    setSettings: (settings) => instance.setOptions(settingsOptions(settings, clustering.option())),
    setGroups: (groups) => instance.setGroups(new DataSet(groups) as never),
    setItems: (items) =>
      sync.park(parked(), (back) => {
        instance.setItems(new DataSet(items, { fieldId: "key" }) as never);
        clustering.recluster(back);
      }),
    showSelection: () => {
      const { selectedId, keys } = inputs();
      instance.setSelection(selectedId ? (keys.get(selectedId) ?? []) : []);
      mark();
    },
    mark,
    reveal: (eventId) => {
      const item = inputs().mainItems.get(eventId);
      if (!item || overlaps(sync.window(), item.start, item.end)) return;
      // Centred on the event's main item, in its lane, at the current zoom (never to milliseconds).
      const animate = animated();
      sync.moveBy(() => instance.focus(item.key, { zoom: false, animation: animation() }), animate);
    },
    move: (wanted) => {
      const w = clampWindow(wanted, inputs().settings.limits);
      const animate = animated();
      // Animated, the frames on the way refine the clustering; only zooming out needs it first.
      if (!animate || span(w) > span(instance.getWindow())) clustering.recluster(w);
      sync.move(w, animate);
    },
    // The lane names' panel is vis's vertical scroller (verticalScroll): it follows its scroll.
    scrollLanes: (by) => element.querySelector(".vis-left")?.scrollBy(0, by),
    destroy: () => instance.destroy(),
  };
}
