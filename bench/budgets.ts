import type { MetricKey } from "./metrics.ts";

/** The stories the benchmark measures: our story and the synthetic ones, by event count. */
export type ColumnId = "story" | "100" | "1000" | "10000";

/**
 * The budgets of issue 7 and the goals of issue 22, on this machine, as medians. `ratio` budgets
 * compare our figure with TimelineJS's in the same run (ours ÷ theirs); `phone` ones read the
 * phone-class runs (devices.ts).
 */
export interface Budget {
  column: ColumnId;
  metric: MetricKey;
  max: number;
  ratio?: true;
  phone?: true;
  text: string;
}

const KIB = 1024;

export const BUDGETS: Budget[] = [
  { column: "story", metric: "bytes", max: 200 * KIB, text: "JS+CSS ≤ 200 KiB gzip (story)" },
  {
    column: "story",
    metric: "bytesLoaded",
    max: 200 * KIB,
    text: "… with the lazy timeline chunk (story)",
  },
  { column: "story", metric: "lcp", max: 800, text: "LCP ≤ 0.8 s (story)" },
  { column: "story", metric: "firstItems", max: 1000, text: "first items ≤ 1.0 s (story)" },
  { column: "1000", metric: "firstItems", max: 1600, text: "first items ≤ 1.6 s (1,000)" },
  {
    column: "1000",
    metric: "firstItems",
    max: 0.3,
    ratio: true,
    text: "first items ≤ 0.3 × TimelineJS (1,000)",
  },
  { column: "10000", metric: "firstItems", max: 2000, text: "first items ≤ 2.0 s (10,000)" },
  { column: "10000", metric: "tbt", max: 1000, text: "blocking time ≤ 1 s (10,000)" },
  { column: "10000", metric: "zoomWarm", max: 50, text: "warm zoom step ≤ 50 ms (10,000)" },
  { column: "10000", metric: "panWarm", max: 50, text: "warm pan step ≤ 50 ms (10,000)" },
  {
    column: "10000",
    metric: "wheelWorstFrame",
    max: 100,
    text: "wheel burst worst frame ≤ 100 ms (10,000)",
  },
  { column: "10000", metric: "dragP95", max: 17, text: "drag p95 ≤ 17 ms (10,000)" },
  {
    column: "10000",
    metric: "searchKeyWorst",
    max: 50,
    text: "search ≤ 50 ms on the worst keystroke (10,000)",
  },
  { column: "10000", metric: "panelOpen", max: 100, text: "panel open ≤ 100 ms (10,000)" },
  { column: "10000", metric: "heap", max: 80, text: "heap ≤ 80 MiB (10,000)" },
  // Issue 22's goals.
  {
    column: "story",
    metric: "firstItems",
    max: 0.5,
    ratio: true,
    text: "goal: first items ≤ 0.5 × TimelineJS (story)",
  },
  {
    column: "story",
    metric: "firstItems",
    max: 0.5,
    ratio: true,
    phone: true,
    text: "goal: first items ≤ 0.5 × TimelineJS (story, phone class)",
  },
  {
    column: "story",
    metric: "lcp",
    max: 0.8,
    ratio: true,
    text: "goal: LCP ≤ 0.8 × TimelineJS (story)",
  },
  {
    column: "story",
    metric: "lcp",
    max: 0.8,
    ratio: true,
    phone: true,
    text: "goal: LCP ≤ 0.8 × TimelineJS (story, phone class)",
  },
  ...(["story", "1000"] as const).flatMap((column) =>
    (["inpOpen", "inpNext"] as const).map((metric): Budget => ({
      column,
      metric,
      max: 100,
      phone: true,
      text: `goal: INP ${metric === "inpOpen" ? "opening an event" : "of Next"} ≤ 100 ms (${column === "story" ? "story" : "1,000"}, phone class)`,
    })),
  ),
];
