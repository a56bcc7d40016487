import type { Timeline as VisTimeline } from "vis-timeline/esnext";
import { countLevel, laneRuns } from "../../../core/chart/overview-rules.ts";
import type { ClusterUnit } from "../../../core/chart/window-math.ts";

/**
 * A patch of vis-timeline internals, written for vis-timeline 8.5.4 (its `ClusterGenerator`:
 * `getClusters`, `_getClusterForItems`, `_filterData`, `_dropLevelsCache`, `groups`,
 * `dataChanged`). vis makes clusters by its own time window, which does not follow our calendar
 * units: a year's events came out as several counts side by side, overlapping and stacking into
 * rows (11 bubbles at "Show all"), and it skipped items its criteria turned down. Here a count is
 * what the overview's rules say (overview-rules.ts laneRuns): a lane's day and time events, and
 * its bands no wider than a dot, chained closer than a count's width, so counts and dots never
 * overlap, and the open event's reveal knows exactly when a count holds it (heldInCount).
 * - Clusters are kept per zoom step (countLevel): zooming back to a step seen before reuses its
 *   clusters, elements and measured sizes, instead of making and measuring them again (until the
 *   items change).
 * - An old cluster with the same events is found in a lookup built once per clustering, not by
 *   vis's scan of every old cluster for every new one (quadratic: seconds per zoom step at
 *   thousands of events).
 *
 * Remove when vis clusters by a key we choose (check `getClusters` on upgrading); the bench's
 * zoom at 10,000 events shows the cost. On another version the patch does nothing unless those
 * members are there.
 */

interface UiItem {
  id: string;
  data: { start: Date; end?: Date; type?: string; id?: string; group?: unknown };
  cluster?: unknown;
}

interface ClusterLike {
  data: { uiItems: UiItem[] };
}

interface ClusterGeneratorInternals {
  getClusters: (old: ClusterLike[] | undefined, scale: number, options: unknown) => unknown[];
  _getClusterForItems: (items: UiItem[], group: unknown, old: unknown[], o: unknown) => unknown;
  _filterData: () => void;
  _dropLevelsCache: () => void;
  groups: Record<string, UiItem[]>;
  dataChanged?: boolean;
  itemSet?: {
    clusterUnit?: () => ClusterUnit | undefined;
    getGroupId: (data: unknown) => string;
    groups: Record<string, unknown>;
  };
  /** Ours: the clusters made for each zoom step since the items last changed. */
  byLevel?: Map<number, unknown[]>;
}

const patched = new WeakSet<object>();
/** One empty list of counts: vis takes a new list as a change and redoes its clusters. */
const NONE: unknown[] = [];

/** Tells vis's item set where to read the clustering unit. */
export function readUnitFrom(instance: VisTimeline, unitOf: () => ClusterUnit | undefined): void {
  const itemSet = (instance as unknown as { itemSet?: { clusterUnit?: typeof unitOf } }).itemSet;
  if (itemSet) itemSet.clusterUnit = unitOf;
}

/** vis's cluster generator (it exists while clustering is on). */
function generatorOf(instance: VisTimeline): ClusterGeneratorInternals | undefined {
  const itemSet = (instance as unknown as { itemSet?: { clusterGenerator?: object } }).itemSet;
  return itemSet?.clusterGenerator as ClusterGeneratorInternals | undefined;
}

// vis lists a cluster's items in date order, so equal sets give equal signatures.
const signature = (items: UiItem[]) => items.map((item) => String(item.id)).join("\n");

/** The counts at a zoom of `msPerPixel`: each lane's day and time events, in runs. */
function clustersFor(
  generator: ClusterGeneratorInternals,
  msPerPixel: number,
  old: ClusterLike[] | undefined,
  options: unknown,
): unknown[] {
  const itemSet = generator.itemSet;
  if (!itemSet) return [];
  const reusable = new Map((old ?? []).map((c) => [signature(c.data.uiItems), c]));
  const clusters: unknown[] = [];
  const placedOf = ({ data }: UiItem) => ({
    start: new Date(data.start),
    end: data.end === undefined ? undefined : new Date(data.end),
    point: data.type === "point",
  });
  for (const items of Object.values(generator.groups)) {
    const events = items.filter((item) => item.data.id !== undefined);
    for (const { held, at } of laneRuns(events, placedOf, msPerPixel)) {
      const first = held[0];
      if (!first || held.length < 2) continue;
      const group = itemSet.groups[itemSet.getGroupId(first.data)];
      const match = reusable.get(signature(held));
      const cluster = generator._getClusterForItems(held, group, match ? [match] : [], options);
      // vis stretches a count that holds a band over their periods: it is drawn at the mean of
      // its events' instants, as every count is (and as the first view draws it).
      const data = (cluster as { data?: { start?: Date; end?: Date | null } }).data;
      if (data?.end) {
        data.start = new Date(at);
        data.end = null;
      }
      clusters.push(cluster);
    }
  }
  return clusters;
}

interface GroupInternals {
  _checkIfVisibleWithReference: (item: GroupItem, ...rest: unknown[]) => void;
}

interface GroupItem {
  cluster?: unknown;
  isCluster?: boolean;
  displayed?: boolean;
  hide?: () => void;
}

/**
 * vis finds a lane's points in the window skipping those inside a count, but walks its ranges
 * (here: tints) without that check, so each tint held in a count was drawn, then taken out again
 * when its count was drawn, on every redraw (at "Show all" with 10,000 events, 2,584 tints: about
 * 200 ms of the first redraw). A tint in a count is now left out as a point in a count is.
 */
function skipCountedRanges(groups: Record<string, unknown>): void {
  for (const group of Object.values(groups)) {
    const proto = Object.getPrototypeOf(group) as GroupInternals | null;
    if (!proto || patched.has(proto)) continue;
    const check = proto._checkIfVisibleWithReference;
    if (typeof check !== "function") continue;
    patched.add(proto);
    proto._checkIfVisibleWithReference = function (this: unknown, item, ...rest) {
      if (item.cluster && !item.isCluster) {
        if (item.displayed) item.hide?.();
        return;
      }
      check.call(this, item, ...rest);
    };
  }
}

/** Patches the prototype of vis's cluster generator, once; call after clustering is turned on. */
export function speedUpClusters(instance: VisTimeline): void {
  const generator = generatorOf(instance);
  const proto = generator && (Object.getPrototypeOf(generator) as ClusterGeneratorInternals);
  if (!proto || patched.has(proto)) return;
  const members = [proto.getClusters, proto._getClusterForItems, proto._filterData];
  if (members.some((m) => typeof m !== "function")) return;
  patched.add(proto);
  // vis passes its scale in pixels per millisecond.
  proto.getClusters = function (this: ClusterGeneratorInternals, old, scale, options) {
    const unit = this.itemSet?.clusterUnit?.();
    if (this.dataChanged || !this.byLevel) {
      this._dropLevelsCache();
      this._filterData();
      this.byLevel = new Map();
    }
    if (!unit || !(scale > 0)) return NONE;
    if (this.itemSet) skipCountedRanges(this.itemSet.groups);
    const msPerPixel = 1 / scale;
    const level = countLevel(msPerPixel);
    const made = this.byLevel.get(level) ?? clustersFor(this, msPerPixel, old, options);
    this.byLevel.set(level, made);
    // A count kept from another zoom keeps the row it was stacked on there: stack it again here.
    for (const cluster of made as { top?: number | null }[]) cluster.top = null;
    return made;
  };
}

interface ClusterItemInternals {
  hide?: () => void;
  detach?: (fromGroup: boolean) => void;
}

/**
 * Lets go of the counts before clustering is turned off: vis leaves each counted event marked as
 * in its count, and then stacks none of them (same-day events were drawn on top of each other).
 */
export function releaseClusters(instance: VisTimeline): void {
  const itemSet = (
    instance as unknown as {
      itemSet?: {
        clusters?: ClusterItemInternals[];
        markDirty?: (o: { restackGroups: boolean }) => void;
      };
    }
  ).itemSet;
  if (!itemSet?.clusters) return;
  for (const cluster of itemSet.clusters) {
    cluster.hide?.();
    cluster.detach?.(true);
  }
  itemSet.clusters = [];
  // The events come back where their count was: stack every lane again.
  itemSet.markDirty?.({ restackGroups: true });
}

/** Stacks every lane again at the next redraw (vis's `markDirty`), and redraws. */
export function restackLanes(instance: VisTimeline): void {
  const itemSet = (
    instance as unknown as { itemSet?: { markDirty?: (o: { restackGroups: boolean }) => void } }
  ).itemSet;
  itemSet?.markDirty?.({ restackGroups: true });
  instance.redraw();
}
