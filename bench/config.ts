import { resolve } from "node:path";

/** The benchmark's knobs, from the environment (see bench/README.md). */

const env = process.env;

export const RUNS = Math.max(1, Number(env.BENCH_RUNS ?? 5));
export const SIZES = (env.BENCH_SIZES ?? "100,1000,10000")
  .split(",")
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0);
export const STORY = env.BENCH_STORY ?? "data/events.json";
export const WITH_TIMELINEJS = env.BENCH_TIMELINEJS !== "0";
/** `0` leaves out the phone-class runs (devices.ts) of our story and 1,000 events. */
export const WITH_PHONE = env.BENCH_PHONE !== "0";
/** The desktop's interactions, in the order they run (measure-ours.ts). */
export const ALL_STEPS = ["panel", "zoom", "pan", "drag", "wheel", "search"] as const;
export type Step = (typeof ALL_STEPS)[number];
/**
 * Only these interactions, e.g. `BENCH_STEPS=zoom,search` (a step starts where the ones before it
 * left the chart, so a figure may differ from the whole run's).
 */
export const STEPS: readonly Step[] = (env.BENCH_STEPS ?? ALL_STEPS.join(","))
  .split(",")
  .map((s) => s.trim())
  .filter((s): s is Step => (ALL_STEPS as readonly string[]).includes(s));
/** `0` leaves out the layout shift of opening an event with a photograph (media-shift.ts). */
export const WITH_MEDIA = env.BENCH_MEDIA !== "0";
/** `0` serves the builds the previous run left in OUT instead of building again. */
export const REBUILD = env.BENCH_BUILD !== "0";
/**
 * The first of the ports the benchmark serves from, one after another: each story's build, then
 * TimelineJS's pages, then the media story (at most seven in all).
 */
export const PORT = Number(env.BENCH_PORT ?? 4800);
export const LOAD_TIMEOUT_MS = Number(env.BENCH_TIMEOUT_MS ?? 60_000);
export const OUT = resolve(env.BENCH_OUT ?? "bench/.out");
export const RESULTS = resolve("bench/results.json");
export const UPDATE_README = env.BENCH_README === "1";
/** A folder for a screenshot of each page after load and after its interactions (debugging). */
export const SCREENSHOTS = env.BENCH_SCREENSHOTS;
/**
 * A side whose run took longer than this (a TimelineJS load that never ends, our app far over its
 * budgets) is measured once, not RUNS times, so the whole benchmark stays within minutes.
 */
export const SLOW_RUN_MS = {
  ours: Number(env.BENCH_SLOW_RUN_S ?? 90) * 1000,
  timelinejs: Number(env.BENCH_SLOW_TIMELINEJS_S ?? 45) * 1000,
};
/** A whole run (load and every interaction) that takes longer is abandoned. */
export const RUN_CAP_MS = 300_000;
