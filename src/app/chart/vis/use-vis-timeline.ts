import { useEffect, useMemo, useRef, useState } from "react";
import type { RefObject } from "react";
import { DataSet } from "vis-data/esnext";
import { Timeline as VisTimeline } from "vis-timeline/esnext";
import type { TimelineOptions, TimelineOptionsCluster } from "vis-timeline/esnext";
import "vis-timeline/styles/vis-timeline-graph2d.css";
import type { AxisFormat } from "../axis-format.ts";
import { groupElement, itemElement } from "./item-elements.ts";
import { eventIdOfKey, isDimmed } from "../to-items.ts";
import type { VisGroup, VisItem } from "../to-items.ts";
import {
  MINUTE,
  bucketOf,
  clusterUnit,
  clusterWindow,
  openSpan,
  overlaps,
  parkedWindow,
  sameWindow,
  unitMs,
} from "../window-math.ts";
import type { ClusterUnit, TimeWindow, ZoomLimits } from "../window-math.ts";

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

/**
 * One set of cluster options for the chart's life; the unit (day, month, year…) is read when vis
 * clusters, so changing it needs no `setOptions` (which makes vis regroup every item and redraw
 * and measure each displayed one on the spot).
 */
function clusterOptions(unitOf: () => ClusterUnit | undefined): TimelineOptionsCluster {
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
      const unit = unitOf();
      if (!unit) return false;
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

type ClusterCache = Record<number, unknown>;

interface ClusterGeneratorInternals {
  getClusters: (old: { data: { uiItems: { id: string }[] } }[], ...rest: unknown[]) => unknown;
  _getClusterForItems: (
    items: { id: string }[],
    group: unknown,
    old: unknown[],
    o: unknown,
  ) => unknown;
  /** vis's own: clusters by zoom level, and whether the items changed since they were made. */
  cache: ClusterCache;
  dataChanged?: boolean;
  itemSet?: { clusterUnit?: () => ClusterUnit | undefined };
  /** Ours: vis's cache for each unit seen. */
  caches?: Map<ClusterUnit | undefined, ClusterCache>;
  reusable?: Map<string, unknown>;
}

const patched = new WeakSet<object>();

/** vis's cluster generator (it exists while clustering is on). */
function generatorOf(instance: VisTimeline): ClusterGeneratorInternals | undefined {
  const itemSet = (instance as unknown as { itemSet?: { clusterGenerator?: object } }).itemSet;
  return itemSet?.clusterGenerator as ClusterGeneratorInternals | undefined;
}

/**
 * Two changes to how vis makes clusters, behaviour otherwise vis's own:
 * - vis caches clusters by zoom level; our clusters also depend on the unit, so the cache is kept
 *   per unit. Zooming back to a level seen before reuses its clusters, elements and measured
 *   sizes, instead of making and measuring them again (until the items change).
 * - vis rebuilds, for every new cluster, a lookup of every old cluster's items to find one to
 *   reuse: quadratic in the number of clusters, which with thousands of events took seconds per
 *   zoom step. This builds that lookup once per clustering and hands vis at most the one match.
 */
function speedUpClusters(instance: VisTimeline): void {
  const generator = generatorOf(instance);
  const proto = generator && (Object.getPrototypeOf(generator) as ClusterGeneratorInternals);
  if (!proto || patched.has(proto)) return;
  patched.add(proto);
  const { getClusters, _getClusterForItems: forItems } = proto;
  // vis lists a cluster's items in date order, so equal sets give equal signatures.
  const signature = (items: { id: string }[]) => items.map((item) => String(item.id)).join("\n");
  proto.getClusters = function (this: ClusterGeneratorInternals, old, ...rest) {
    const unit = this.itemSet?.clusterUnit?.();
    // A generator that clustered before this patch existed did so for the current unit.
    const caches = this.dataChanged
      ? new Map<ClusterUnit | undefined, ClusterCache>()
      : (this.caches ?? new Map([[unit, this.cache]]));
    this.caches = caches;
    this.cache = caches.get(unit) ?? { [-1]: [] };
    this.reusable = new Map((old ?? []).map((c) => [signature(c.data.uiItems), c]));
    try {
      return getClusters.call(this, old, ...rest);
    } finally {
      this.reusable = undefined;
      // vis replaces its cache when the items changed: keep whichever it now has.
      caches.set(unit, this.cache);
    }
  };
  proto._getClusterForItems = function (this: ClusterGeneratorInternals, items, group, old, o) {
    const match = this.reusable ? this.reusable.get(signature(items)) : undefined;
    return forItems.call(this, items, group, this.reusable ? (match ? [match] : []) : old, o);
  };
}

/**
 * vis gives every item its own copy of every built-in locale (about forty objects of translated
 * button labels, used only when items are editable): with 14,000 items that was most of the JS
 * heap (81 MiB at 10,000 events) and much of the garbage collection during load. vis reads its
 * built-in locales through one shared object, reachable from any of its components; the chart
 * shows no vis text, so English alone is kept. Must run before items are added.
 */
function keepOnlyEnglish(instance: VisTimeline): void {
  const shared = (
    instance as unknown as { currentTime?: { defaultOptions?: { locales?: object } } }
  ).currentTime?.defaultOptions?.locales as Record<string, unknown> | undefined;
  if (!shared || !("en" in shared)) return;
  for (const locale of Object.keys(shared))
    if (locale !== "en") Reflect.deleteProperty(shared, locale);
}

/**
 * What vis draws but does not know about, applied to the elements it has drawn (after each redraw,
 * and when the selection or the matches change): items outside the search's or filters' matches
 * are dimmed; each cluster names the events it holds in `data-ids` (as items carry `data-id`), is
 * marked when it holds the selected event, and is dimmed when it holds no match.
 *
 * Dimming is a class on the drawn elements, never item data: updating the data of thousands of
 * items makes vis redraw each displayed one on the spot (a layout each) and cluster them all
 * again, which at 10,000 events blocked the page for seconds per keystroke. A class changes
 * colours only, so nothing moves and nothing needs measuring again.
 */
function annotate(
  root: HTMLElement,
  selectedId: string | undefined,
  matchIds: ReadonlySet<string> | undefined,
): void {
  for (const element of root.querySelectorAll<HTMLElement>(".vis-item[data-id]")) {
    element.classList.toggle("is-dimmed", isDimmed(element.dataset.id, matchIds));
  }
  for (const box of root.querySelectorAll<HTMLElement>(".vis-cluster")) {
    const items = (clusterOf(box)?.uiItems ?? []).flatMap((item) => item.data ?? []);
    const ids = items.flatMap((item) => item.id ?? []);
    const names = ids.join(" ");
    // Rewriting an attribute with its own value still costs a style check: skip it.
    if (box.dataset.ids !== names) box.dataset.ids = names;
    box.classList.toggle("holds-selected", selectedId !== undefined && ids.includes(selectedId));
    const dimmed = ids.length > 0 && ids.every((id) => isDimmed(id, matchIds));
    box.classList.toggle("all-dimmed", dimmed);
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
  const latest = useRef({
    onSelect,
    onWindowChange,
    settings,
    selectedId,
    matchIds,
    keys: new Map(),
  });
  const keysById = useMemo(() => {
    const keys = new Map<string, string[]>();
    for (const item of items) {
      if (item.id !== undefined) keys.set(item.id, [...(keys.get(item.id) ?? []), item.key]);
    }
    return keys;
  }, [items]);
  useEffect(() => {
    latest.current = { onSelect, onWindowChange, settings, selectedId, matchIds, keys: keysById };
  });
  /**
   * Set by our own moves on the reader's behalf to the window they start from: the next
   * rangechanged that ends anywhere else is reported. vis may deliver the rangechanged of an
   * earlier, unreported setWindow (a link's window, say) after such a move has begun; that one ends
   * where the move starts, so it is not taken for the move's.
   */
  const reportFrom = useRef<TimeWindow | undefined>(undefined);
  /** Where an animated move of ours is heading, so quick presses of + add up. */
  const heading = useRef<TimeWindow>(undefined);
  const clustering = useRef<ClusterUnit | undefined>(undefined);
  /** The chart's one set of cluster options (see clusterOptions); set with the chart. */
  const clusterSettings = useRef<TimelineOptionsCluster>(NO_CLUSTERS);
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
    keepOnlyEnglish(instance);
    clustering.current = undefined;
    const unitNow = () => clustering.current;
    const cluster = clusterOptions(unitNow);
    clusterSettings.current = cluster;
    const itemSet = (instance as unknown as { itemSet?: { clusterUnit?: typeof unitNow } }).itemSet;
    if (itemSet) itemSet.clusterUnit = unitNow;
    const chartWidth = () =>
      element.querySelector(".vis-panel.vis-center")?.clientWidth || element.clientWidth;

    const reclusterFor = (w: TimeWindow) => {
      const unit = clusterUnit((w.end.getTime() - w.start.getTime()) / chartWidth());
      const was = clustering.current;
      if (unit === was) return;
      clustering.current = unit;
      if (unit && was) {
        // From one unit to another: the next redraw clusters anew (see speedUpClusters).
        instance.redraw();
        return;
      }
      // Between clusters and single items: styles that change item sizes go first, as
      // setOptions makes vis measure items again.
      element.dataset.zoom = unit ? "overview" : "detail";
      instance.setOptions({ cluster: unit ? cluster : NO_CLUSTERS });
      speedUpClusters(instance);
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
      // vis reports a window set without animation 200 ms late, by when another move may have
      // replaced it: such a report is stale, and acting on it would cluster for the wrong window.
      if (!sameWindow(w, instance.getWindow(), 1)) return;
      heading.current = undefined;
      reclusterFor(w);
      const from = reportFrom.current;
      const ours = from !== undefined && !sameWindow(w, from, 1);
      if (!props.byUser && !ours) return;
      reportFrom.current = undefined;
      latest.current.onWindowChange(w);
    });
    instance.on("select", (props: { items: string[] }) => {
      const [key] = props.items;
      const eventId = key === undefined ? undefined : eventIdOfKey(String(key));
      const { selectedId: current, keys, matchIds: matches } = latest.current;
      // vis selects only the clicked copy (or a cluster, or nothing on empty space): the selection
      // is the app's, so every copy of the selected event stays selected.
      instance.setSelection(keys.get(eventId ?? current ?? "") ?? []);
      // Selecting redraws those items with vis's own classes, without a "changed" event.
      annotate(element, current, matches);
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
      reportFrom.current = instance.getWindow();
      reclusterFor(w);
      instance.setWindow(w.start, w.end, { animation: false });
      // vis's focus also scrolls the lanes to the item: the opened cluster's lane comes into view.
      if (key === undefined) return;
      reportFrom.current = w;
      instance.focus(key, { zoom: false, animation: false });
    });
    instance.on("changed", () =>
      annotate(element, latest.current.selectedId, latest.current.matchIds),
    );
    setTimeline(instance);
    return () => {
      instance.destroy();
      setTimeline(undefined);
    };
  }, [container]);

  useEffect(() => {
    if (!timeline) return;
    const { limits, axis, compact } = settings;
    timeline.setOptions({
      // A phone's strip is as tall as its lanes; a desktop's chart has a fixed height.
      height: compact ? undefined : "100%",
      maxHeight: compact ? "28rem" : "100%",
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
      cluster: clustering.current ? clusterSettings.current : NO_CLUSTERS,
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
    timeline.setItems(new DataSet(items, { fieldId: "key" }) as never);
    recluster.current(current);
    timeline.setWindow(current.start, current.end, { animation: false });
  }, [timeline, items]);

  // Set when a window from outside (a link, Back) is applied, until the end of that commit.
  const windowFromOutside = useRef(false);
  const asked = window !== undefined;
  // Each window the app hands over is a new object (a link read, Back, or the reader's own move
  // coming back), so one equal in value to the last still counts: Back must undo a move of ours
  // that had not been reported yet.
  const target = window ?? home;
  useEffect(() => {
    if (!timeline) return;
    // The reader's own move coming back through the app state (rounded to minutes): stay put.
    if (sameWindow(target, timeline.getWindow(), MINUTE)) return;
    reportFrom.current = undefined;
    windowFromOutside.current = asked;
    recluster.current(target);
    timeline.setWindow(target.start, target.end, { animation: false });
  }, [timeline, target, asked]);

  useEffect(() => {
    if (!timeline || !container.current) return;
    annotate(container.current, latest.current.selectedId, matchIds);
  }, [timeline, container, matchIds]);

  const firstSelection = useRef(true);
  const windowGiven = useRef(window !== undefined);
  useEffect(() => {
    if (!timeline) return;
    timeline.setSelection(selectedId ? (keysById.get(selectedId) ?? []) : []);
    if (container.current) annotate(container.current, selectedId, latest.current.matchIds);
    const first = firstSelection.current;
    firstSelection.current = false;
    // A shared link's window is the view the sender saw: keep it even if the event is elsewhere.
    // So is the window that Back or Forward brings back with its selection.
    if ((first && windowGiven.current) || windowFromOutside.current) return;
    const event = selectedId ? items.find((item) => item.id === selectedId) : undefined;
    if (!event) return;
    if (overlaps(timeline.getWindow(), event.start, event.end)) return;
    // Centred on the event's main item, in its lane, at the current zoom (never to milliseconds).
    reportFrom.current = timeline.getWindow();
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
        reportFrom.current = now;
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
