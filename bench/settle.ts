import type { Page } from "@playwright/test";
import { EVENT_TIMING_THRESHOLD_MS, interactionLatency } from "./inp.ts";
import { measured, missing } from "./metrics.ts";
import type { Figure } from "./metrics.ts";
import type { Settled } from "./page-probe.ts";

/**
 * The steps' common clock: a step's time runs from the input event's timestamp (in the page) to
 * the end of the frame that painted the last DOM change it caused, once nothing under the watched
 * root has changed for a quiet time (`settle` in probe-settle.ts). Before each input the page
 * must be idle (ten frames on time in a row).
 */

export const SETTLE_QUIET_MS = 300;
export const STEP_TIMEOUT_MS = 10_000;

export async function settled(page: Page): Promise<Settled> {
  return page.evaluate(
    () => window.__bench.settled ?? { ms: null, changed: false, timedOut: true },
  );
}

/** Arms `settle` for the next `inputType` event: call before the input. */
export async function armSettle(
  page: Page,
  root: string,
  inputType: string,
  quietMs = SETTLE_QUIET_MS,
): Promise<void> {
  await page.evaluate(
    ([r, type, quiet, timeout]) => window.__bench.settle(r, type, quiet, timeout),
    [root, inputType, quietMs, STEP_TIMEOUT_MS] as const,
  );
}

export function fromSettled(s: Settled, what: string): Figure {
  if (process.env.BENCH_DEBUG) console.log(what, JSON.stringify(s));
  if (s.ms === null) return missing(`${what}: the input never reached the page`);
  if (s.timedOut) return missing(`${what}: still changing after ${STEP_TIMEOUT_MS / 1000} s`);
  if (!s.changed) return missing(`${what}: nothing changed`);
  return measured(s.ms);
}

/** Waits until ten frames in a row come on time (the page has finished what it was doing). */
export async function waitForIdle(page: Page, maxMs = 10_000): Promise<void> {
  await page.evaluate(
    (max) =>
      new Promise<void>((resolve) => {
        const started = performance.now();
        let last = started;
        let smooth = 0;
        const tick = (t: number) => {
          smooth = t - last < 34 ? smooth + 1 : 0;
          last = t;
          if (smooth >= 10 || t - started > max) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    maxMs,
  );
}

/** The page's clock (ms since navigation), to tell later Event Timing entries from earlier ones. */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/**
 * The INP of the interactions since `since`: Event Timing reports an interaction once the paint
 * after it is done, so this waits for the page to be idle before reading (see inp.ts).
 */
export async function interactionSince(page: Page, since: number): Promise<Figure> {
  await waitForIdle(page);
  await page.waitForTimeout(100);
  const entries = await page.evaluate(() => window.__bench.events);
  const latency = interactionLatency(entries, since);
  return latency === null
    ? measured(
        EVENT_TIMING_THRESHOLD_MS,
        `under ${EVENT_TIMING_THRESHOLD_MS} ms (Event Timing reports from there): counted as ${EVENT_TIMING_THRESHOLD_MS}`,
      )
    : measured(latency);
}
