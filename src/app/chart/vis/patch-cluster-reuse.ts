import type { Timeline as VisTimeline } from "vis-timeline/esnext";
import type { ClusterUnit } from "../window-math.ts";

/**
 * A patch of vis-timeline internals, written for vis-timeline 8.5.4 (its `ClusterGenerator`:
 * `getClusters`, `_getClusterForItems`, `cache`, `dataChanged`). Two changes to how vis makes
 * clusters, behaviour otherwise vis's own:
 * - vis caches clusters by zoom level; our clusters also depend on the unit, so the cache is kept
 *   per unit. Zooming back to a level seen before reuses its clusters, elements and measured
 *   sizes, instead of making and measuring them again (until the items change).
 * - vis rebuilds, for every new cluster, a lookup of every old cluster's items to find one to
 *   reuse: quadratic in the number of clusters, which with thousands of events took seconds per
 *   zoom step. This builds that lookup once per clustering and hands vis at most the one match.
 *
 * Remove when vis caches clusters by a key we choose and finds an old cluster to reuse in linear
 * time (check `_getClusterForItems` on upgrading); the bench's warm zoom at 10,000 events shows it.
 * On another version the patch does nothing unless those members are there.
 */

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

/** Tells vis's item set where to read the clustering unit (the patched cache is kept per unit). */
export function readUnitFrom(instance: VisTimeline, unitOf: () => ClusterUnit | undefined): void {
  const itemSet = (instance as unknown as { itemSet?: { clusterUnit?: typeof unitOf } }).itemSet;
  if (itemSet) itemSet.clusterUnit = unitOf;
}

/** vis's cluster generator (it exists while clustering is on). */
function generatorOf(instance: VisTimeline): ClusterGeneratorInternals | undefined {
  const itemSet = (instance as unknown as { itemSet?: { clusterGenerator?: object } }).itemSet;
  return itemSet?.clusterGenerator as ClusterGeneratorInternals | undefined;
}

/** Patches the prototype of vis's cluster generator, once; call after clustering is turned on. */
export function speedUpClusters(instance: VisTimeline): void {
  const generator = generatorOf(instance);
  const proto = generator && (Object.getPrototypeOf(generator) as ClusterGeneratorInternals);
  if (!proto || patched.has(proto)) return;
  if (typeof proto.getClusters !== "function" || typeof proto._getClusterForItems !== "function")
    return;
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
