import type { Timeline as VisTimeline } from "vis-timeline/esnext";
import type { TimelineOptionsCluster } from "vis-timeline/esnext";
import type { VisItem } from "../../../core/chart/to-items.ts";
import { bucketOf, clusterUnit, span } from "../../../core/chart/window-math.ts";
import type { ClusterUnit, TimeWindow } from "../../../core/chart/window-math.ts";
import { readUnitFrom, releaseClusters, speedUpClusters } from "./patch-cluster-reuse.ts";

/**
 * Clustering: events of one lane in one calendar unit drawn as a count when labels would not fit
 * (see clusterUnit in window-math.ts). The unit follows the window; vis asks for it as it clusters.
 */

type ItemData = Partial<VisItem>;

// vis accepts `cluster: false` (its option checker lists booleans); its typings do not.
export const NO_CLUSTERS = false as unknown as TimelineOptionsCluster;

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
    // vis's own criteria, used only where patch-cluster-reuse.ts finds nothing to patch: day and
    // time events within one unit (the same day, the same week…).
    clusterCriteria: (a, b) => {
      const unit = unitOf();
      if (!unit) return false;
      const [x, y] = [a as ItemData, b as ItemData];
      const point = (item: ItemData) => item.id !== undefined && item.type === "point";
      return (
        point(x) && point(y) && bucketOf(dateOf(x.start), unit) === bucketOf(dateOf(y.start), unit)
      );
    },
  };
}

export interface ClusterData {
  min?: unknown;
  max?: unknown;
  uiItems?: { data?: ItemData }[];
}

/** The cluster drawn by an element. vis keeps it on the element, as it does for items. */
export function clusterOf(element: Element | null): ClusterData | undefined {
  const box = element?.closest(".vis-cluster");
  const cluster = box ? (box as unknown as Record<string, unknown>)["vis-item"] : undefined;
  return (cluster as { data?: ClusterData } | undefined)?.data;
}

/**
 * Runs `change` without the redraw of every lane that vis's item set makes inside a change of its
 * `cluster` option (after marking every item to be drawn again): vis's own redraw in the next
 * frame, which `setOptions` asks for and the window's move needs anyway, draws it all once. At
 * 10,000 events the skipped redraw was about 30 ms of each zoom step between counts and events.
 */
function drawnNextFrame(instance: VisTimeline, change: () => void): void {
  const itemSet = (instance as unknown as { itemSet?: { redraw?: () => boolean } }).itemSet;
  if (!itemSet || typeof itemSet.redraw !== "function") return change();
  const own = Object.prototype.hasOwnProperty.call(itemSet, "redraw");
  const redraw = itemSet.redraw;
  itemSet.redraw = () => false;
  try {
    change();
  } finally {
    if (own) itemSet.redraw = redraw;
    else delete itemSet.redraw;
  }
}

export interface Clustering {
  /**
   * Sets the clustering for a window. vis redraws on `rangechange` before our listener runs, so
   * our own moves call this first: a wide window is never drawn unclustered, which at thousands
   * of events would lay out every item.
   */
  recluster: (window: TimeWindow) => void;
  /** The `cluster` option as it stands: every setOptions call must restate it, or vis drops it. */
  option: () => TimelineOptionsCluster;
  /** The chart's drawing width in pixels. */
  width: () => number;
}

export function createClustering(instance: VisTimeline, element: HTMLElement): Clustering {
  let current: ClusterUnit | undefined;
  let toggled = false;
  const unitNow = () => current;
  const options = clusterOptions(unitNow);
  readUnitFrom(instance, unitNow);
  const width = () =>
    element.querySelector(".vis-panel.vis-center")?.clientWidth || element.clientWidth;
  return {
    width,
    option: () => (current ? options : NO_CLUSTERS),
    recluster: (w) => {
      const unit = clusterUnit(span(w) / width());
      const was = current;
      if (unit === was) return;
      current = unit;
      if (unit && was) {
        // From one unit to another: the next redraw clusters anew (see patch-cluster-reuse.ts).
        instance.redraw();
        return;
      }
      // Between clusters and single items: styles that change item sizes go first, as
      // setOptions makes vis measure items again.
      element.dataset.zoom = unit ? "overview" : "detail";
      if (!unit) releaseClusters(instance);
      const set = () => instance.setOptions({ cluster: unit ? options : NO_CLUSTERS });
      // The chart's first drawing keeps vis's own order: it must match the first view exactly.
      if (toggled) drawnNextFrame(instance, set);
      else set();
      toggled = true;
      speedUpClusters(instance);
    },
  };
}
