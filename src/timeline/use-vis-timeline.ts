import { useEffect, useMemo, useRef, useState } from "react";
import type { RefObject } from "react";
import { DataSet } from "vis-data/esnext";
import { Timeline as VisTimeline } from "vis-timeline/esnext";
import type { TimelineOptions, TimelineOptionsCluster } from "vis-timeline/esnext";
import "vis-timeline/styles/vis-timeline-graph2d.css";
import type { AxisFormat } from "./axis-format.ts";
import { groupElement, itemElement } from "./item-elements.ts";
import { dimmedClassName, eventIdOfKey } from "./to-items.ts";
import type { VisGroup, VisItem } from "./to-items.ts";
import {
  DAY,
  bucketOf,
  clusterUnit,
  clusterWindow,
  openSpan,
  overlaps,
  parkedWindow,
  sameWindow,
  unitMs,
} from "./window-math.ts";
import type { ClusterUnit, TimeWindow, ZoomLimits } from "./window-math.ts";

/**
 * The only module that imports vis-timeline. It creates the chart in one effect and destroys it in
 * that effect's cleanup (StrictMode-safe), takes each prop in through an effect of its own, and
 * reports what the reader does through callbacks. Items are elements built with `textContent`
 * (see item-elements.ts); vis's own xss filter stays on for anything else.
 */

export interface VisTimelineSettings {
  limits: ZoomLimits;
  axis: AxisFormat;
  /** The reader prefers reduced motion: every move is instant. */
  reducedMotion: boolean;
  /** The phone layout: labels are hidden, so lanes are drawn more densely. */
  compact: boolean;
}

export interface VisTimelineProps {
  container: RefObject<HTMLDivElement | null>;
  items: VisItem[];
  groups: VisGroup[];
  settings: VisTimelineSettings;
  /** The window asked for from outside (a link, the Back button); undefined = `home`. */
  window: TimeWindow | undefined;
  /** Where the chart opens when no window is asked for: the story's focus. */
  home: TimeWindow;
  selectedId: string | undefined;
  matchIds: ReadonlySet<string> | undefined;
  onSelect: (eventId: string) => void;
  onWindowChange: (window: TimeWindow) => void;
}

/** What the controls need: where the window is, and a way to move it as the reader asked. */
export interface TimelineHandle {
  getWindow: () => TimeWindow;
  /** Moves the window (animated unless reduced motion) and reports it through onWindowChange. */
  moveWindow: (window: TimeWindow) => void;
  /** Scrolls the lanes by `by` pixels (down when positive), when they do not all fit. */
  scrollLanes: (by: number) => void;
}

const BASE_OPTIONS: TimelineOptions = {
  dataAttributes: ["id"],
  xss: { disabled: false },
  stack: true,
  orientation: { axis: "top", item: "top" },
  margin: { item: { horizontal: 3, vertical: 4 }, axis: 6 },
  selectable: true,
  multiselect: false,
  showCurrentTime: false,
  showTooltips: false,
  height: "100%",
  // The wheel zooms; lanes that do not fit scroll with the lane names' scrollbar or a drag.
  zoomKey: "",
  preferZoom: true,
  horizontalScroll: false,
  verticalScroll: true,
  zoomFriction: 8,
  groupHeightMode: "auto",
  template: (item: unknown) => itemElement(item),
  groupTemplate: (group: VisGroup | undefined) => groupElement(group),
};

type ItemData = Partial<VisItem>;

// vis accepts `cluster: false` (its option checker lists booleans); its typings do not.
const NO_CLUSTERS = false as unknown as TimelineOptionsCluster;

function dateOf(value: unknown): Date {
  return value instanceof Date ? value : new Date((value as number | string | undefined) ?? 0);
}

function clusterOptions(unit: ClusterUnit): TimelineOptionsCluster {
  return {
    // Two events of one lane in one unit (say, the same day) already make a cluster.
    maxItems: 1,
    titleTemplate: "{count} events: choose to zoom in",
    showStipes: false,
    // A cluster opens on a single click (see the click handler), within our zoom limits.
    fitOnDoubleClick: false,
    // Only events cluster, only within one unit (the same day, the same year…), and only those
    // that look like points at this zoom: a month stays a bar while days are clustered.
    clusterCriteria: (a, b) => {
      const [x, y] = [a as ItemData, b as ItemData];
      const small = (item: ItemData) =>
        item.id !== undefined &&
        (item.end === undefined ||
          dateOf(item.end).getTime() - dateOf(item.start).getTime() <= unitMs(unit));
      return (
        small(x) && small(y) && bucketOf(dateOf(x.start), unit) === bucketOf(dateOf(y.start), unit)
      );
    },
  };
}

interface ClusterData {
  min?: unknown;
  max?: unknown;
  uiItems?: { data?: ItemData }[];
}

/** The cluster drawn by an element. vis keeps it on the element, as it does for items. */
function clusterOf(element: Element | null): ClusterData | undefined {
  const box = element?.closest(".vis-cluster");
  const cluster = box ? (box as unknown as Record<string, unknown>)["vis-item"] : undefined;
  return (cluster as { data?: ClusterData } | undefined)?.data;
}

interface ClusterGeneratorInternals {
  getClusters: (old: { data: { uiItems: { id: string }[] } }[], ...rest: unknown[]) => unknown;
  _getClusterForItems: (
    items: { id: string }[],
    group: unknown,
    old: unknown[],
    o: unknown,
  ) => unknown;
  reusable?: Map<string, unknown>;
}

const patched = new WeakSet<object>();

/**
 * vis rebuilds, for every new cluster, a lookup of every old cluster's items to find one to reuse:
 * quadratic in the number of clusters, which with thousands of events and a cluster per lane and
 * day or month took seconds per zoom step. This builds that lookup once per clustering instead and
 * hands vis at most the one matching old cluster. Behaviour is otherwise vis's own.
 */
function speedUpClusterReuse(instance: VisTimeline): void {
  const itemSet = (instance as unknown as { itemSet?: { clusterGenerator?: object } }).itemSet;
  const proto = itemSet?.clusterGenerator && Object.getPrototypeOf(itemSet.clusterGenerator);
  if (!proto || patched.has(proto)) return;
  patched.add(proto);
  const generator = proto as ClusterGeneratorInternals;
  const { getClusters, _getClusterForItems: forItems } = generator;
  const signature = (items: { id: string }[]) =>
    items
      .map((item) => String(item.id))
      .sort()
      .join("\n");
  generator.getClusters = function (this: ClusterGeneratorInternals, old, ...rest) {
    this.reusable = new Map((old ?? []).map((c) => [signature(c.data.uiItems), c]));
    try {
      return getClusters.call(this, old, ...rest);
    } finally {
      this.reusable = undefined;
    }
  };
  generator._getClusterForItems = function (this: ClusterGeneratorInternals, items, group, old, o) {
    const match = this.reusable ? this.reusable.get(signature(items)) : undefined;
    return forItems.call(this, items, group, this.reusable ? (match ? [match] : []) : old, o);
  };
}

/**
 * Marks the clusters that hold the selected event, so the selection shows at every zoom, and
 * names the events each cluster holds in `data-ids` (as items carry `data-id`).
 */
function annotateClusters(root: HTMLElement, selectedId: string | undefined): void {
  for (const box of root.querySelectorAll<HTMLElement>(".vis-cluster")) {
    const items = (clusterOf(box)?.uiItems ?? []).flatMap((item) => item.data ?? []);
    const ids = items.flatMap((item) => item.id ?? []);
    box.dataset.ids = ids.join(" ");
    box.classList.toggle("holds-selected", selectedId !== undefined && ids.includes(selectedId));
    const dimmed = items.every((item) => item.className?.includes("is-dimmed"));
    box.classList.toggle("all-dimmed", items.length > 0 && dimmed);
  }
}

export function useVisTimeline({
  container,
  items,
  groups,
  settings,
  window,
  home,
  selectedId,
  matchIds,
  onSelect,
  onWindowChange,
}: VisTimelineProps): TimelineHandle | undefined {
  const [timeline, setTimeline] = useState<VisTimeline>();
  const latest = useRef({ onSelect, onWindowChange, settings, selectedId, keys: new Map() });
  const keysById = useMemo(() => {
    const keys = new Map<string, string[]>();
    for (const item of items) {
      if (item.id !== undefined) keys.set(item.id, [...(keys.get(item.id) ?? []), item.key]);
    }
    return keys;
  }, [items]);
  useEffect(() => {
    latest.current = { onSelect, onWindowChange, settings, selectedId, keys: keysById };
  });
  const dataset = useRef<DataSet<VisItem, "key">>(undefined);
  const classes = useRef(new Map<string, string>());
  /** Set by our own moves on the reader's behalf, so the next rangechanged is reported. */
  const reportNext = useRef(false);
  const lastReported = useRef<TimeWindow>(undefined);
  /** Where an animated move of ours is heading, so quick presses of + add up. */
  const heading = useRef<TimeWindow>(undefined);
  const clustering = useRef<ClusterUnit | undefined>(undefined);
  /**
   * Sets the clustering for a window. vis redraws on `rangechange` before our listener runs, so
   * our own moves call this first: a wide window is never drawn unclustered, which at thousands of
   * events would lay out every item.
   */
  const recluster = useRef<(w: TimeWindow) => void>(() => undefined);

  const animation = () =>
    latest.current.settings.reducedMotion
      ? false
      : { duration: 300, easingFunction: "easeInOutQuad" as const };

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const parked = parkedWindow(latest.current.settings.limits);
    // Items added inside the visible window cost a layout each: start past them all. Passing []
    // now also spends vis's one-time "fit to the items" on the parked window.
    const instance = new VisTimeline(element, [], {
      ...BASE_OPTIONS,
      start: parked.start,
      end: parked.end,
    });
    clustering.current = undefined;
    const chartWidth = () =>
      element.querySelector(".vis-panel.vis-center")?.clientWidth || element.clientWidth;

    const reclusterFor = (w: TimeWindow) => {
      const unit = clusterUnit((w.end.getTime() - w.start.getTime()) / chartWidth());
      if (unit === clustering.current) return;
      clustering.current = unit;
      // Styles that change item sizes go first: setOptions below makes vis measure items again.
      element.dataset.zoom = unit ? "overview" : "detail";
      instance.setOptions({ cluster: unit ? clusterOptions(unit) : NO_CLUSTERS });
      speedUpClusterReuse(instance);
    };
    recluster.current = reclusterFor;
    let redrawn = false;
    instance.on("rangechange", (props: TimeWindow) => reclusterFor(props));
    instance.on("rangechanged", (props: TimeWindow & { byUser: boolean }) => {
      if (!redrawn) {
        // vis keeps its root hidden on a 1 s timer after construction; one redraw shows it now.
        redrawn = true;
        instance.redraw();
      }
      const w = { start: props.start, end: props.end };
      heading.current = undefined;
      reclusterFor(w);
      if (!props.byUser && !reportNext.current) return;
      reportNext.current = false;
      lastReported.current = w;
      latest.current.onWindowChange(w);
    });
    instance.on("select", (props: { items: string[] }) => {
      const [key] = props.items;
      const eventId = key === undefined ? undefined : eventIdOfKey(String(key));
      const { selectedId: current, keys } = latest.current;
      // vis selects only the clicked copy (or a cluster, or nothing on empty space): the selection
      // is the app's, so every copy of the selected event stays selected.
      instance.setSelection(keys.get(eventId ?? current ?? "") ?? []);
      if (eventId !== undefined) latest.current.onSelect(eventId);
    });
    instance.on("click", (props: { isCluster: boolean; event: Event }) => {
      if (!props.isCluster) return;
      const target = props.event.target;
      const cluster = clusterOf(target instanceof Element ? target : null);
      const [min, max, key] = [cluster?.min, cluster?.max, cluster?.uiItems?.[0]?.data?.key];
      if (typeof min !== "number" || typeof max !== "number") return;
      const { limits } = latest.current.settings;
      const w = clusterWindow(min, max, limits, openSpan(chartWidth()) * 0.9);
      reportNext.current = true;
      reclusterFor(w);
      instance.setWindow(w.start, w.end, { animation: false });
      // vis's focus also scrolls the lanes to the item: the opened cluster's lane comes into view.
      if (key === undefined) return;
      reportNext.current = true;
      instance.focus(key, { zoom: false, animation: false });
    });
    instance.on("changed", () => annotateClusters(element, latest.current.selectedId));
    setTimeline(instance);
    return () => {
      instance.destroy();
      dataset.current = undefined;
      setTimeline(undefined);
    };
  }, [container]);

  useEffect(() => {
    if (!timeline) return;
    const { limits, axis, compact } = settings;
    timeline.setOptions({
      // A phone's strip is as tall as its lanes; a desktop's chart has a fixed height.
      height: compact ? undefined : "100%",
      maxHeight: compact ? "28rem" : undefined,
      // Our minor labels are short ("13", "Mar", "7 PM", "19:00"): allow denser ticks than vis's
      // default of 7 characters, and denser still on a phone, where a day is a few pixels wide.
      maxMinorChars: compact ? 4 : 5,
      // Weeks between days and months, so a phone's narrow month still gets a few ticks (on a
      // desktop they would repeat the month's name at every week).
      showWeekScale: compact,
      min: limits.min,
      max: limits.max,
      zoomMin: limits.zoomMin,
      zoomMax: limits.zoomMax,
      format: {
        // vis hands over moment objects; date-fns wants Dates.
        minorLabels: (date: Date, scale: string) => axis.minor(toDate(date), scale),
        majorLabels: (date: Date, scale: string) => axis.major(toDate(date), scale),
      },
      // Every setOptions call must restate clustering, or vis turns it off.
      cluster: clustering.current ? clusterOptions(clustering.current) : NO_CLUSTERS,
    });
  }, [timeline, settings]);

  useEffect(() => {
    if (!timeline) return;
    timeline.setGroups(new DataSet(groups) as never);
  }, [timeline, groups]);

  useEffect(() => {
    if (!timeline) return;
    const current = timeline.getWindow();
    const parked = parkedWindow(latest.current.settings.limits);
    timeline.setWindow(parked.start, parked.end, { animation: false });
    classes.current = new Map(items.map((item) => [item.key, item.className]));
    const data = new DataSet(items, { fieldId: "key" });
    dataset.current = data;
    timeline.setItems(data as never);
    recluster.current(current);
    timeline.setWindow(current.start, current.end, { animation: false });
  }, [timeline, items]);

  // Set when a window from outside (a link, Back) is applied, until the end of that commit.
  const windowFromOutside = useRef(false);
  const asked = window !== undefined;
  const target = window ?? home;
  const [targetStart, targetEnd] = [target.start.getTime(), target.end.getTime()];
  useEffect(() => {
    if (!timeline) return;
    const w = { start: new Date(targetStart), end: new Date(targetEnd) };
    // The reader's own pan coming back through the app state (perhaps rounded to days): stay put.
    if (lastReported.current && sameWindow(w, lastReported.current, DAY)) return;
    lastReported.current = undefined;
    reportNext.current = false;
    windowFromOutside.current = asked;
    recluster.current(w);
    timeline.setWindow(w.start, w.end, { animation: false });
  }, [timeline, targetStart, targetEnd, asked]);

  useEffect(() => {
    const data = dataset.current;
    if (!timeline || !data) return;
    const updates: { key: string; className: string }[] = [];
    for (const item of items) {
      const className = dimmedClassName(item, matchIds);
      if (classes.current.get(item.key) === className) continue;
      classes.current.set(item.key, className);
      updates.push({ key: item.key, className });
    }
    if (updates.length > 0) data.update(updates);
  }, [timeline, items, matchIds]);

  const firstSelection = useRef(true);
  const windowGiven = useRef(window !== undefined);
  useEffect(() => {
    if (!timeline) return;
    timeline.setSelection(selectedId ? (keysById.get(selectedId) ?? []) : []);
    if (container.current) annotateClusters(container.current, selectedId);
    const first = firstSelection.current;
    firstSelection.current = false;
    // A shared link's window is the view the sender saw: keep it even if the event is elsewhere.
    // So is the window that Back or Forward brings back with its selection.
    if ((first && windowGiven.current) || windowFromOutside.current) return;
    const event = selectedId ? items.find((item) => item.id === selectedId) : undefined;
    if (!event) return;
    if (overlaps(timeline.getWindow(), event.start, event.end)) return;
    // Centred on the event's main item, in its lane, at the current zoom (never to milliseconds).
    reportNext.current = true;
    timeline.focus(event.key, { zoom: false, animation: animation() });
  }, [timeline, container, items, selectedId, keysById]);
  useEffect(() => {
    windowFromOutside.current = false;
  });

  return useMemo(() => {
    if (!timeline) return undefined;
    return {
      getWindow: () => heading.current ?? timeline.getWindow(),
      moveWindow: (w: TimeWindow) => {
        const now = timeline.getWindow();
        if (sameWindow(w, now, 1)) return;
        reportNext.current = true;
        const moving = animation();
        heading.current = moving ? w : undefined;
        // Animated, the frames on the way refine the clustering; only zooming out needs it first.
        if (!moving || span(w) > span(now)) recluster.current(w);
        timeline.setWindow(w.start, w.end, { animation: moving });
      },
      // The lane names' panel is vis's vertical scroller (verticalScroll): it follows its scroll.
      scrollLanes: (by: number) => container.current?.querySelector(".vis-left")?.scrollBy(0, by),
    };
  }, [timeline, container]);
}

function span(w: TimeWindow): number {
  return w.end.getTime() - w.start.getTime();
}

function toDate(date: Date | { toDate: () => Date }): Date {
  return date instanceof Date ? date : date.toDate();
}
