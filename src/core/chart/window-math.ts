/**
 * The arithmetic of the visible window, as pure functions: zooming around the centre, panning,
 * fitting a period with a margin, and the limits that keep the view meaningful.
 */

import type { TimeWindow } from "../time-window.ts";

export type { TimeWindow };

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The narrowest window: one day shows a timed event and its neighbours on the hour axis. */
export const ZOOM_MIN = DAY;

/** The window's width in milliseconds. */
export function span(w: TimeWindow): number {
  return w.end.getTime() - w.start.getTime();
}

function centre(w: TimeWindow): number {
  return (w.start.getTime() + w.end.getTime()) / 2;
}

function around(mid: number, width: number): TimeWindow {
  return { start: new Date(mid - width / 2), end: new Date(mid + width / 2) };
}

/** The window scaled around its centre: factor < 1 zooms in, > 1 zooms out. */
export function zoomWindow(w: TimeWindow, factor: number, limits?: ZoomLimits): TimeWindow {
  const width = span(w) * factor;
  const clamped = limits ? Math.min(Math.max(width, limits.zoomMin), limits.zoomMax) : width;
  return around(centre(w), clamped);
}

/** The window moved by a fraction of its width: negative is earlier. */
export function panWindow(w: TimeWindow, fraction: number): TimeWindow {
  const by = span(w) * fraction;
  return { start: new Date(w.start.getTime() + by), end: new Date(w.end.getTime() + by) };
}

/** A period with a margin on both sides (a fraction of its width, at least `minMargin` ms). */
export function padWindow(w: TimeWindow, fraction: number, minMargin = 0): TimeWindow {
  const margin = Math.max(span(w) * fraction, minMargin);
  return {
    start: new Date(w.start.getTime() - margin),
    end: new Date(w.end.getTime() + margin),
  };
}

/** Both windows within `tolerance` ms of each other at each end. */
export function sameWindow(a: TimeWindow, b: TimeWindow, tolerance: number): boolean {
  return (
    Math.abs(a.start.getTime() - b.start.getTime()) <= tolerance &&
    Math.abs(a.end.getTime() - b.end.getTime()) <= tolerance
  );
}

/** Whether the period [start, end] shows at least partly in the window. */
export function overlaps(w: TimeWindow, start: Date, end: Date = start): boolean {
  return start.getTime() <= w.end.getTime() && end.getTime() >= w.start.getTime();
}

export interface ZoomLimits {
  zoomMin: number;
  zoomMax: number;
  /** Panning stops here: the story's whole period with a margin. */
  min: Date;
  max: Date;
}

/**
 * The window moved and resized as little as possible to lie within the limits, in whole
 * milliseconds (as Dates hold them). vis-timeline applies a window that already lies within its
 * limits exactly as given, so a move to a clamped window ends exactly where it was sent.
 */
export function clampWindow(w: TimeWindow, limits: ZoomLimits): TimeWindow {
  const [min, max] = [limits.min.getTime(), limits.max.getTime()];
  let [start, end] = [w.start.getTime(), w.end.getTime()];
  const width = Math.min(Math.max(end - start, limits.zoomMin), limits.zoomMax, max - min);
  if (end - start !== width) {
    start = Math.round((start + end - width) / 2);
    end = start + width;
  }
  if (start < min) [start, end] = [min, min + width];
  if (end > max) [start, end] = [max - width, max];
  return { start: new Date(start), end: new Date(end) };
}

/**
 * The limits for a story spanning `extent`: zoom out to a little more than all of it, no further;
 * zoom in to a day. Panning stays within the padded extent.
 */
export function zoomLimits(extent: TimeWindow): ZoomLimits {
  const bounds = padWindow(extent, 0.05, 30 * DAY);
  return {
    zoomMin: ZOOM_MIN,
    zoomMax: span(bounds),
    min: bounds.start,
    max: bounds.end,
  };
}

/** "Show all": the story's first to last event with a margin so neither sits on the edge. */
export function showAllWindow(extent: TimeWindow): TimeWindow {
  return padWindow(extent, 0.02, DAY);
}

/** The first view: the story's focus period with a small margin for labels at its edges. */
export function focusWindow(focus: TimeWindow): TimeWindow {
  return padWindow(focus, 0.03, DAY);
}

/**
 * Where the chart waits while items are added: the narrowest window at the far end of the limits,
 * past every item, because items added inside the visible window each force a layout.
 */
export function parkedWindow(limits: ZoomLimits): TimeWindow {
  return { start: new Date(limits.max.getTime() - limits.zoomMin), end: limits.max };
}

/**
 * The window that opens a cluster spanning [min, max]: centred on it, wide enough to show its
 * items with a margin, and at most `openSpan` wide, where the chart draws items one by one.
 */
export function clusterWindow(
  min: number,
  max: number,
  limits: ZoomLimits,
  openSpan: number,
): TimeWindow {
  const wanted = Math.min(Math.max((max - min) * 1.4, limits.zoomMin * 4), openSpan);
  return around((min + max) / 2, Math.max(wanted, max - min + limits.zoomMin));
}

/**
 * Clusters: events of one lane in the same calendar unit (day, week, month…) are drawn as one
 * count when labels would not fit. The unit is the smallest that spans at least CLUSTER_PX pixels
 * at the current zoom, so counts never overlap their neighbours. Several events often share a day,
 * and nothing but zooming in separates them; so when a quarter of a day spans fewer than
 * CLUSTER_PX pixels, nothing clusters and same-day events stack.
 */
export type ClusterUnit = "day" | "week" | "month" | "quarter" | "year" | "decade" | "century";

export const CLUSTER_PX = 24;

const UNIT_MS: [ClusterUnit, number][] = [
  ["day", DAY],
  ["week", 7 * DAY],
  ["month", 31 * DAY],
  ["quarter", 92 * DAY],
  ["year", 366 * DAY],
  ["decade", 3653 * DAY],
  ["century", 36525 * DAY],
];

/** The clustering unit at a zoom of `msPerPixel`, or undefined when every item is drawn. */
export function clusterUnit(msPerPixel: number): ClusterUnit | undefined {
  const target = CLUSTER_PX * msPerPixel;
  if (target < DAY / 4) return undefined;
  return UNIT_MS.find(([, ms]) => ms >= target)?.[0] ?? "century";
}

/** The length of a unit, at its longest. */
export function unitMs(unit: ClusterUnit): number {
  return UNIT_MS.find(([u]) => u === unit)?.[1] ?? Infinity;
}

/** The widest window, on a chart `width` pixels wide, in which nothing clusters. */
export function openSpan(width: number): number {
  return (width * DAY) / (4 * CLUSTER_PX);
}

/** Which day, week, month… (in the reader's zone) a date falls in, as a comparable number. */
export function bucketOf(date: Date, unit: ClusterUnit): number {
  const [y, m, d] = [date.getFullYear(), date.getMonth(), date.getDate()];
  switch (unit) {
    case "day":
      return y * 400 + m * 32 + d;
    case "week":
      // Days since 1970-01-01 (a Thursday); +3 starts weeks on Mondays.
      return Math.floor((Date.UTC(y, m, d) / DAY + 3) / 7);
    case "month":
      return y * 12 + m;
    case "quarter":
      return y * 4 + Math.floor(m / 3);
    case "year":
      return y;
    case "decade":
      return Math.floor(y / 10);
    case "century":
      return Math.floor(y / 100);
  }
}

/** The smallest window containing all of `windows`. */
export function spanning(windows: TimeWindow[]): TimeWindow {
  const starts = windows.map((w) => w.start.getTime());
  const ends = windows.map((w) => w.end.getTime());
  return { start: new Date(Math.min(...starts)), end: new Date(Math.max(...ends)) };
}
