/**
 * Every figure the benchmark reports: its label, unit and how it is shown. A figure is a number or
 * null with the reason it could not be measured (the UI it needs is missing, a wait timed out).
 */

export type Unit = "ms" | "bytes" | "MiB";

export const METRICS = {
  bytes: { label: "JS+CSS that index.html loads, gzip -9", unit: "bytes" },
  bytesLoaded: { label: "JS+CSS with lazy chunks, until loaded", unit: "bytes" },
  fcp: { label: "First contentful paint", unit: "ms" },
  lcp: { label: "Largest contentful paint", unit: "ms" },
  firstItems: { label: "First timeline items painted, prerendered or live", unit: "ms" },
  tbt: { label: "Blocking time during load", unit: "ms" },
  longestTask: { label: "Longest task during load", unit: "ms" },
  heap: { label: "JS heap after load (after GC)", unit: "MiB" },
  panelOpen: { label: "Click item → panel painted", unit: "ms" },
  inpOpen: { label: "INP, opening an event", unit: "ms" },
  inpNext: { label: "INP, Next in the panel", unit: "ms" },
  zoomCold: { label: "Zoom step, first visit", unit: "ms" },
  zoomWarm: { label: "Zoom step, warm", unit: "ms" },
  panCold: { label: "Pan step, first", unit: "ms" },
  panWarm: { label: "Pan step, warm", unit: "ms" },
  wheelWorstFrame: { label: "Wheel-zoom burst, worst frame", unit: "ms" },
  dragP50: { label: "Drag frame time p50", unit: "ms" },
  dragP95: { label: "Drag frame time p95", unit: "ms" },
  searchKeyMedian: { label: "Search, median keystroke", unit: "ms" },
  searchKeyWorst: { label: "Search, worst keystroke", unit: "ms" },
} as const satisfies Record<string, { label: string; unit: Unit }>;

export type MetricKey = keyof typeof METRICS;

export const METRIC_KEYS = Object.keys(METRICS) as MetricKey[];

/** What TimelineJS is measured on (it has no zoom step, search or list to compare). */
export const TIMELINEJS_METRICS: MetricKey[] = [
  "bytes",
  "bytesLoaded",
  "fcp",
  "lcp",
  "firstItems",
  "tbt",
  "longestTask",
  "heap",
  "panelOpen",
  "inpOpen",
];

/** What the phone-class column measures, on both apps (TimelineJS has no Next to time here). */
export const PHONE_METRICS: MetricKey[] = [
  "fcp",
  "lcp",
  "firstItems",
  "tbt",
  "longestTask",
  "panelOpen",
  "inpOpen",
  "inpNext",
];

export interface Figure {
  value: number | null;
  /** Why the value is null, or how it was taken when that differs from the usual way. */
  note?: string;
}

export type Figures = Partial<Record<MetricKey, Figure>>;

export const measured = (value: number | null, note?: string): Figure =>
  note === undefined ? { value } : { value, note };

export const missing = (note: string): Figure => ({ value: null, note });
