import { DataSet } from "vis-data/esnext";
import { Timeline as VisTimeline } from "vis-timeline/esnext";
import "vis-timeline/styles/vis-timeline-graph2d.css";
import { eventIdOfKey } from "../../../core/chart/to-items.ts";
import type { VisGroup, VisItem } from "../../../core/chart/to-items.ts";
import {
  clampWindow,
  clusterWindow,
  openSpan,
  parkedWindow,
  span,
} from "../../../core/chart/window-math.ts";
import type { TimeWindow } from "../../../core/chart/window-math.ts";
import { WindowSync } from "../window-sync.ts";
import { BASE_OPTIONS, settingsOptions } from "./chart-options.ts";
import type { VisTimelineSettings } from "./chart-options.ts";
import { clusterOf, createClustering } from "./clustering.ts";
import { restackLanes } from "./patch-cluster-reuse.ts";
import { dimDrawn, markDrawn } from "./drawn-marks.ts";
import { fitLabels } from "./label-fit.ts";
import { asDrawn } from "./tints.ts";
import { attachTooltip } from "./tooltip.ts";
import { revealWindow } from "../../../core/chart/overview-rules.ts";
import { keepOnlyEnglish } from "./patch-english-only.ts";
import { showAtOnce } from "./patch-show-at-once.ts";

/** What the chart reads when vis calls back: the latest props, never a stale closure. */
export interface ChartInputs {
  settings: VisTimelineSettings;
  selectedId: string | undefined;
  matchIds: ReadonlySet<string> | undefined;
  /** Events added or changed since the reader's last visit (marked "New"). */
  newIds: ReadonlySet<string>;
  /** Every drawn copy of each event, its main item first. */
  keys: ReadonlyMap<string, string[]>;
  mainItems: ReadonlyMap<string, VisItem>;
  /** Every item of each lane (by lane key), copies included. */
  lanes: ReadonlyMap<string, VisItem[]>;
  onSelect: (eventId: string) => void;
  /** The one way the reader's moves come out (see window-sync.ts). */
  onWindowChange: (window: TimeWindow) => void;
  /** Every window the chart settles on, whoever moved it (the chart's description follows it). */
  onSettled?: (window: TimeWindow) => void;
}

/** The vis instance and the commands the rest of the app drives it with. */
export interface VisChart {
  sync: WindowSync;
  /** Shows a window from outside (the first one, a link, Back or Forward), clustered for it. */
  show: (window: TimeWindow) => void;
  setSettings: (settings: VisTimelineSettings) => void;
  setGroups: (groups: VisGroup[]) => void;
  setItems: (items: readonly VisItem[]) => void;
  /** Selects every copy of the selected event and marks what vis does not know about. */
  showSelection: () => void;
  /** Marks the drawn elements again (the events new since the last visit changed). */
  mark: () => void;
  /** Dims the drawn elements again (the matches changed). */
  dim: () => void;
  /**
   * Brings an event into view, drawn on its own: at the current zoom if no count would hold it,
   * else zoomed in around it until none does (overview-rules.ts revealWindow).
   */
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
  // The axis reads as a string of numbers: the chart's description says its window instead.
  for (const axis of element.querySelectorAll(".vis-time-axis")) {
    axis.setAttribute("aria-hidden", "true");
  }
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
    {
      report: (w) => inputs().onWindowChange(w),
      settled: (w) => {
        clustering.recluster(w);
        inputs().onSettled?.(w);
      },
    },
  );
  const tooltip = attachTooltip(element);
  const mark = () => {
    const { selectedId, matchIds, newIds, mainItems } = inputs();
    markDrawn(element, { selectedId, matchIds, newIds }, (id) => mainItems.get(id)?.tooltip);
    fitLabels(element);
  };
  const move = (wanted: TimeWindow) => {
    const w = clampWindow(wanted, inputs().settings.limits);
    const animate = animated();
    // Animated, the frames on the way refine the clustering; only zooming out needs it first.
    if (!animate || span(w) > span(instance.getWindow())) clustering.recluster(w);
    sync.move(w, animate);
  };
  // A count opens into its events: zoomed in to them, within our limits.
  const openCluster = (target: Element) => {
    const cluster = clusterOf(target);
    const [min, max] = [cluster?.min, cluster?.max];
    if (typeof min !== "number" || typeof max !== "number") return;
    const w = clusterWindow(min, max, inputs().settings.limits, openSpan(clustering.width()) * 0.9);
    clustering.recluster(w);
    // The lanes never scroll (the chart is as tall as they are): no vis focus, which scrolled the
    // items' panel away from the lane names.
    sync.moveBy(() => instance.setWindow(w.start, w.end, { animation: false }), false);
    // The events out of the count stack only once drawn where they are.
    restackLanes(instance);
  };
  // Enter or Space on a focused item opens it, on a count opens the count.
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== "Enter" && e.key !== " ") return;
    const target = e.target instanceof HTMLElement ? e.target : undefined;
    if (!target?.matches(".vis-item[role=button]")) return;
    e.preventDefault();
    if (target.classList.contains("vis-cluster")) return openCluster(target);
    const eventId = target.dataset.id;
    if (eventId !== undefined) inputs().onSelect(eventId);
  };
  element.addEventListener("keydown", onKey);
  // vis does not select background items: a month's or a year's tint opens its event itself.
  const onTintClick = (e: MouseEvent) => {
    const tint = e.target instanceof Element ? e.target.closest<HTMLElement>(".is-tint") : null;
    const eventId = tint?.dataset.id;
    if (eventId !== undefined) inputs().onSelect(eventId);
  };
  element.addEventListener("click", onTintClick);

  instance.on("rangechange", (props: TimeWindow & { byUser: boolean }) => {
    tooltip.hide();
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
    const target = props.event.target;
    if (props.isCluster && target instanceof Element) openCluster(target);
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
        instance.setItems(new DataSet(asDrawn(items), { fieldId: "key" }) as never);
        clustering.recluster(back);
      }),
    showSelection: () => {
      const { selectedId, keys } = inputs();
      instance.setSelection(selectedId ? (keys.get(selectedId) ?? []) : []);
      mark();
    },
    mark,
    dim: () => dimDrawn(element, inputs().matchIds),
    reveal: (eventId) => {
      const { mainItems, lanes, settings } = inputs();
      const item = mainItems.get(eventId);
      if (!item) return;
      const placed = (i: VisItem) => ({ start: i.start, end: i.end, point: i.type === "point" });
      const mates = (lanes.get(item.group ?? "") ?? []).filter((i) => i.id !== eventId);
      move(
        revealWindow({
          window: sync.window(),
          width: clustering.width(),
          event: placed(item),
          laneMates: mates.map(placed),
          limits: settings.limits,
        }),
      );
    },
    move,
    // The lane names' panel is vis's vertical scroller (verticalScroll): it follows its scroll.
    scrollLanes: (by) => element.querySelector(".vis-left")?.scrollBy(0, by),
    destroy: () => {
      element.removeEventListener("keydown", onKey);
      element.removeEventListener("click", onTintClick);
      tooltip.destroy();
      instance.destroy();
    },
  };
}
