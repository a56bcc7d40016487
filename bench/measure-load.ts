import type { Page } from "@playwright/test";
import { measured, missing } from "./metrics.ts";
import type { Figures } from "./metrics.ts";
import { NAME_SHIM, installProbe } from "./page-probe.ts";
import { installSettle } from "./probe-settle.ts";
import { totalBlockingTime } from "./stats.ts";

/** Load is over when no long task has started for this long after the first items painted. */
const QUIET_AFTER_LOAD_MS = 1000;
/** ...or this long after the first items, whichever comes first. */
const MAX_LOAD_TAIL_MS = 10_000;
const ERROR_GRACE_MS = 5000;

/** Call before the first navigation: the probe must run before the page's own scripts. */
export async function installPageProbe(page: Page, firstItemSelector: string): Promise<void> {
  await page.addInitScript(NAME_SHIM);
  await page.addInitScript(installProbe, firstItemSelector);
  await page.addInitScript(installSettle);
}

/**
 * Opens `url` and measures its load: FCP, LCP, the first visible target painted, blocking time
 * (long tasks from navigation start until load is quiet) and the JS heap after a full GC.
 */
export async function measureLoad(page: Page, url: string, timeoutMs: number): Promise<Figures> {
  const deadline = Date.now() + timeoutMs;
  await page.goto(url, { waitUntil: "commit", timeout: timeoutMs });
  // A page that threw and then showed nothing for ERROR_GRACE_MS is not going to.
  const waited = page
    .waitForFunction(
      (grace) => {
        const b = window.__bench;
        if (b.firstPainted !== null) return "shown";
        return b.lastError !== null && performance.now() - b.lastError > grace ? "error" : false;
      },
      ERROR_GRACE_MS,
      { timeout: Math.max(1, deadline - Date.now()), polling: 50 },
    )
    .then((handle) => handle.jsonValue())
    .catch(() => "timeout");
  // Playwright's own timeout waits on a page that may be too busy to answer; this one does not.
  const shown = await Promise.race([
    waited,
    new Promise<string>((resolve) =>
      setTimeout(() => resolve("timeout"), timeoutMs + 2000).unref(),
    ),
  ]);
  if (shown !== "shown") {
    const reason =
      shown === "error"
        ? "nothing visible: the page threw an error (see the page errors)"
        : `nothing visible within ${Math.round(timeoutMs / 1000)} s`;
    // After a timeout the page may be busy for minutes more: ask for its paints, but not for long.
    const paints = await Promise.race([
      page.evaluate(() => ({ fcp: window.__bench.fcp, lcp: window.__bench.lcp })),
      new Promise<{ fcp: null; lcp: null }>((resolve) =>
        setTimeout(() => resolve({ fcp: null, lcp: null }), 2000).unref(),
      ),
    ]).catch(() => ({ fcp: null, lcp: null }));
    return {
      ...(paints.fcp === null ? {} : { fcp: measured(paints.fcp) }),
      ...(paints.lcp === null ? {} : { lcp: measured(paints.lcp) }),
      firstItems: missing(reason),
      tbt: missing(reason),
      heap: missing(reason),
    };
  }
  // Wait for the load's tail: idle callbacks, deferred chunks, the first redraws.
  for (;;) {
    const state = await page.evaluate(() => {
      const b = window.__bench;
      const ends = b.longTasks.map((t) => t.start + t.duration);
      return { now: performance.now(), first: b.firstPainted ?? 0, lastEnd: Math.max(0, ...ends) };
    });
    const sinceFirst = state.now - state.first;
    if (sinceFirst > MAX_LOAD_TAIL_MS) break;
    if (sinceFirst > QUIET_AFTER_LOAD_MS && state.now - state.lastEnd > QUIET_AFTER_LOAD_MS) break;
    await page.waitForTimeout(200);
  }
  const probe = await page.evaluate(() => {
    const { fcp, lcp, firstPainted, longTasks } = window.__bench;
    return { fcp, lcp, firstPainted, longTasks };
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  return {
    fcp: probe.fcp === null ? missing("no first-contentful-paint entry") : measured(probe.fcp),
    lcp: probe.lcp === null ? missing("no largest-contentful-paint entry") : measured(probe.lcp),
    firstItems: measured(probe.firstPainted),
    tbt: measured(totalBlockingTime(probe.longTasks)),
    longestTask: measured(Math.max(0, ...probe.longTasks.map((t) => t.duration))),
    heap: measured(heap.usedSize / (1024 * 1024)),
  };
}
