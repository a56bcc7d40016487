/**
 * The overview's rules, as pure functions: which labels fit whole beside their dots, which events
 * a count would hold at a zoom, and the window that shows the open event drawn on its own. No vis
 * and no DOM here: vis/label-fit.ts measures, these decide (overview-rules.test.ts).
 */

import { clampWindow, clusterUnit, span } from "./window-math.ts";
import type { TimeWindow, ZoomLimits } from "./window-math.ts";

/** A mark drawn in one lane, measured in pixels from the chart's left edge. */
export interface LaneMark {
  key: string;
  /** Its row within the lane (its top): marks on other rows never meet its label. */
  row: number;
  /** Its left and right edges (a dot, a count). */
  left: number;
  right: number;
  /** Where its label starts and how wide it is drawn whole; undefined for a mark without one. */
  label?: { left: number; width: number };
}

/** The least room between a label's end and the next mark. */
export const LABEL_GAP = 4;

/**
 * The keys of the marks whose label fits whole: from its start to the next mark on its row (or
 * the chart's right edge), and not starting before the chart's left edge. A label that does not
 * fit is not drawn at all (the dot stays, and names itself on hover and focus): never cut short.
 */
export function fittingLabels(marks: readonly LaneMark[], chartWidth: number): Set<string> {
  const fits = new Set<string>();
  const rows = new Map<number, LaneMark[]>();
  for (const mark of marks) {
    const row = Math.round(mark.row);
    rows.set(row, [...(rows.get(row) ?? []), mark]);
  }
  for (const row of rows.values()) {
    row.sort((a, b) => a.left - b.left);
    row.forEach((mark, i) => {
      if (!mark.label || mark.left < 0) return;
      const next = row.slice(i + 1).find((m) => m.left >= mark.left && m.key !== mark.key);
      const room = Math.min(next ? next.left - LABEL_GAP : Infinity, chartWidth);
      if (mark.label.left >= 0 && mark.label.left + mark.label.width <= room) fits.add(mark.key);
    });
  }
  return fits;
}

/**
 * An event as the clustering sees it: a point (day or time), or a band over its period (a month,
 * a year, an interval: `end` its end).
 */
export interface Placed {
  start: Date;
  end?: Date | undefined;
  point: boolean;
}

/**
 * Counts: while clustering is on (clusterUnit, window-math.ts), a lane's points closer than
 * COUNT_GAP_PX to a neighbour are drawn as one count, chained (single linkage): so two counts,
 * or a count and a dot, are always at least that far apart and never overlap (a count is at
 * most about 32 px wide, centred on its events' mean).
 */
export const COUNT_GAP_PX = 36;

/**
 * A band no wider than a dot at this zoom is counted like one, at its middle: a sliver cannot be
 * seen, told apart or clicked as its own (at "Show all" with 10,000 events, 2,584 of the 2,841
 * tints were under 8 px, most of them over one another), and each cost a drawn element.
 */
export const NARROW_BAND_PX = 8;

/** The zoom, rounded to a quarter step of 2: counts are made, and kept, per step. */
export function countLevel(msPerPixel: number): number {
  return Math.ceil(Math.log2(msPerPixel) * 4);
}

/** The milliseconds per pixel of the zoom step that `msPerPixel` falls in. */
function stepMsPerPixel(msPerPixel: number): number {
  return 2 ** (countLevel(msPerPixel) / 4);
}

/** The least time between a count's neighbours at a zoom of `msPerPixel`. */
export function countGap(msPerPixel: number): number {
  return COUNT_GAP_PX * stepMsPerPixel(msPerPixel);
}

/**
 * The instant at which an event is counted at a zoom of `msPerPixel` (clustering on): a point at
 * its own, a band narrower than NARROW_BAND_PX at its middle (where vis centres it); undefined
 * for a wider band, which is never counted.
 */
export function countedAt(event: Placed, msPerPixel: number): number | undefined {
  const start = event.start.getTime();
  if (event.point) return start;
  if (!event.end) return undefined;
  const end = event.end.getTime();
  return end - start < NARROW_BAND_PX * stepMsPerPixel(msPerPixel) ? (start + end) / 2 : undefined;
}

/** A lane's counted instants (in order) grouped into runs: each run of two or more is a count. */
export function countRuns(times: readonly number[], gap: number): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  times.forEach((t, i) => {
    const prev = times[i - 1];
    if (prev !== undefined && t - prev >= gap) {
      runs.push(run);
      run = [];
    }
    run.push(i);
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * A run of a lane's counted events (a count when it holds two or more) and its place: the mean of
 * the instants its events are counted at, where vis centres a count.
 */
export interface CountRun<T> {
  held: T[];
  at: number;
}

/**
 * A lane's events as the chart counts them at a zoom of `msPerPixel` (clustering on): those
 * countedAt places, in the order of their instants, chained into runs closer than countGap. An
 * event never counted (a band wider than a dot) is in no run. vis's counts
 * (patch-cluster-reuse.ts) and the first view (first-view.ts) are both made by this.
 */
export function laneRuns<T>(
  events: readonly T[],
  placedOf: (event: T) => Placed,
  msPerPixel: number,
): CountRun<T>[] {
  const counted = events
    .flatMap((event) => {
      const at = countedAt(placedOf(event), msPerPixel);
      return at === undefined ? [] : [{ event, at }];
    })
    .sort((a, b) => a.at - b.at);
  const runs = countRuns(
    counted.map((c) => c.at),
    countGap(msPerPixel),
  );
  return runs.map((run) => {
    const held = run.flatMap((i) => counted[i] ?? []);
    const at = held.reduce((sum, c) => sum + c.at, 0) / held.length;
    return { held: held.map((c) => c.event), at };
  });
}

/** Whether `event` is held in a count with any of its lane's other events at this zoom. */
export function heldInCount(event: Placed, mates: readonly Placed[], msPerPixel: number): boolean {
  if (!clusterUnit(msPerPixel)) return false;
  const at = countedAt(event, msPerPixel);
  if (at === undefined) return false;
  const gap = countGap(msPerPixel);
  return mates.some((m) => {
    const t = countedAt(m, msPerPixel);
    return t !== undefined && Math.abs(t - at) < gap;
  });
}

/**
 * The window scaled by `factor` around the instant `anchor`, which keeps its place on screen
 * (factor < 1 zooms in). Zooming around the open event keeps it in view.
 */
export function zoomAround(
  w: TimeWindow,
  factor: number,
  anchor: Date,
  limits?: ZoomLimits,
): TimeWindow {
  const width = span(w) * factor;
  const clamped = limits ? Math.min(Math.max(width, limits.zoomMin), limits.zoomMax) : width;
  const at = anchor.getTime();
  const scale = clamped / span(w);
  const start = at - (at - w.start.getTime()) * scale;
  const out = { start: new Date(start), end: new Date(start + clamped) };
  return limits ? clampWindow(out, limits) : out;
}

/** The open event, the other events of its lane, and the chart it is drawn on. */
export interface RevealRequest {
  window: TimeWindow;
  /** The chart's drawing width in pixels. */
  width: number;
  event: Placed;
  laneMates: readonly Placed[];
  limits: ZoomLimits;
}

/** Pixels kept between the open event and the chart's edges. */
export const EDGE_PX = 24;

/**
 * The window in which the open event is drawn, on its own and in view: the current one if it
 * already is; else zoomed in (around the event, when it is in the window) until no count holds
 * it; else the same zoom, centred on it.
 */
export function revealWindow({ window, width, event, laneMates, limits }: RevealRequest) {
  let target = span(window);
  const together = (w: number) => heldInCount(event, laneMates, w / width);
  while (target / 2 >= limits.zoomMin && together(target)) target /= 2;
  if (together(target)) target = limits.zoomMin;
  const edge = (EDGE_PX * target) / width;
  const start = event.start.getTime();
  const end = (event.end ?? event.start).getTime();
  const inside = (w: TimeWindow) =>
    event.point
      ? start >= w.start.getTime() + edge && start <= w.end.getTime() - edge
      : start < w.end.getTime() - edge && end > w.start.getTime() + edge;
  let next = window;
  if (target !== span(window)) {
    next = inside(window) ? zoomAround(window, target / span(window), event.start, limits) : window;
  }
  if (inside(next) && Math.abs(span(next) - target) < 1) return next;
  const mid = event.point ? start : (start + Math.min(end, start + target)) / 2;
  return clampWindow(
    { start: new Date(mid - target / 2), end: new Date(mid + target / 2) },
    limits,
  );
}

/** The strip's parts in pixels (timeline.css): the axis, a lane, a further row of phase names. */
export const STRIP_PX = { axis: 47, lane: 25, phaseRow: 19, compactLane: 21 } as const;

/**
 * The strip's height with nothing stacked: the axis, the phases' lane (a row more for each phase
 * that overlaps others, as vis stacks their names) and one lane per actor; on a phone (compact)
 * denser lanes and no phases' lane. The page holds this room while the chart's code loads, so
 * nothing below moves when it arrives.
 */
export function stripHeight(
  actors: number,
  phases: readonly { start: Date; end: Date }[],
  compact = false,
): number {
  if (compact) return STRIP_PX.axis + STRIP_PX.compactLane * actors;
  let rows = 1;
  for (const p of phases) {
    const overlapping = phases.filter((q) => q.start < p.end && p.start < q.end).length;
    rows = Math.max(rows, overlapping);
  }
  const phaseLane = phases.length > 0 ? STRIP_PX.lane + STRIP_PX.phaseRow * (rows - 1) : 0;
  return STRIP_PX.axis + STRIP_PX.lane * actors + phaseLane;
}
