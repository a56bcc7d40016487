import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { firstViewBytes, gzipSize, loadedBytes } from "./bundle-bytes.ts";
import { freshContext, throttle } from "./chromium.ts";
import type { Column } from "./columns.ts";
import { LOAD_TIMEOUT_MS, OUT, RUN_CAP_MS, SCREENSHOTS } from "./config.ts";
import { DESKTOP } from "./devices.ts";
import type { Device } from "./devices.ts";
import { installPageProbe, measureLoad } from "./measure-load.ts";
import { measureInteractions } from "./measure-ours.ts";
import { measurePanel, openCountIfAllCounted } from "./measure-panel.ts";
import { FIRST_ITEM, MARK } from "./ours-selectors.ts";
import { waitForIdle } from "./settle.ts";
import { MARKER, measureSlideOpen } from "./measure-timelinejs.ts";
import { measured, missing } from "./metrics.ts";
import type { Figures } from "./metrics.ts";

/** One run of one page: a fresh context, the load, then the interactions, never longer than a cap. */

function withCap<T>(work: Promise<T>, ms: number, context: BrowserContext): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const cap = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void context.close();
      reject(new Error(`run abandoned after ${ms / 1000} s`));
    }, ms);
  });
  return Promise.race([work, cap]).finally(() => clearTimeout(timer));
}

/** A script error in the page explains many a missing figure: each distinct one joins the notes. */
function recordPageErrors(page: Page, column: Column, side: string): void {
  page.on("pageerror", (error) => {
    const note = `page error (${side}): ${error.message.split("\n")[0] ?? ""}`;
    if (!column.notes.includes(note)) column.notes.push(note);
  });
}

/** The URLs of every resource the page fetched so far (resource timing). */
function fetched(page: Page): Promise<string[]> {
  return page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
}

/** What the load fetched of `dir`'s scripts and stylesheets, plus `extra` bytes, gzipped. */
async function bytesLoaded(page: Page, dir: string, extra = 0): Promise<Figures> {
  try {
    return { bytesLoaded: measured(loadedBytes(dir, await fetched(page)).total + extra) };
  } catch (error) {
    return { bytesLoaded: missing(String(error)) };
  }
}

async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/**
 * A fresh context on `device` with one page, probed for `selector` from its first byte, and
 * `work` done in it within RUN_CAP_MS; a run that fails reports why as its first items.
 */
async function inFreshPage(
  browser: Browser,
  device: Device,
  column: Column,
  side: string,
  selector: string,
  work: (page: Page) => Promise<Figures>,
): Promise<Figures> {
  const context = await freshContext(browser, device);
  try {
    const page = await context.newPage();
    recordPageErrors(page, column, side);
    page.setDefaultTimeout(30_000 * device.cpuSlowdown);
    await throttle(page, device);
    await installPageProbe(page, selector);
    return await withCap(work(page), RUN_CAP_MS, context);
  } catch (error) {
    return { firstItems: missing(`run failed: ${String(error).split("\n")[0]}`) };
  } finally {
    await context.close().catch(() => undefined);
  }
}

/**
 * One run of our app on `device`. On the desktop: the load, its bytes and every interaction; on
 * the phone class (CPU slowed from the first byte): the load, then opening an event and Next.
 */
export function runOurs(
  browser: Browser,
  column: Column,
  run: number,
  device: Device = DESKTOP,
): Promise<Figures> {
  const name = `ours-${column.id}-${device.id}-run${run}`;
  return inFreshPage(browser, device, column, "ours", FIRST_ITEM, async (page) => {
    const load = await measureLoad(page, column.appUrl ?? "", LOAD_TIMEOUT_MS);
    if (load.firstItems?.value == null) return load;
    // The first items may be the prerendered ones: the inputs need the live chart.
    await page.locator(MARK).first().waitFor({ state: "attached", timeout: LOAD_TIMEOUT_MS });
    await screenshot(page, `${name}-load`);
    if (device.id === "phone") {
      // The chart comes after the key moments on a phone: the reader scrolls to it first.
      await page.locator(MARK).first().scrollIntoViewIfNeeded();
      await waitForIdle(page);
      // Zoomed out, a phone may draw every event inside a count: the reader taps one open first.
      await openCountIfAllCounted(page);
      const panel = await measurePanel(page, (id) => column.titles.get(id), true);
      await screenshot(page, `${name}-end`);
      return { ...load, ...panel };
    }
    const bytes = await bytesLoaded(page, column.appDir);
    const interactions = await measureInteractions(page, (id) => column.titles.get(id));
    await screenshot(page, `${name}-end`);
    return { ...load, ...bytes, ...interactions };
  });
}

/** One run of TimelineJS on `device`: the load, its bytes on the desktop, opening a slide. */
export function runTimelineJs(
  browser: Browser,
  column: Column,
  run: number,
  device: Device = DESKTOP,
): Promise<Figures> {
  const name = `timelinejs-${column.id}-${device.id}-run${run}`;
  return inFreshPage(browser, device, column, "TimelineJS", MARKER, async (page) => {
    const load = await measureLoad(page, column.tlUrl ?? "", LOAD_TIMEOUT_MS);
    await screenshot(page, `${name}-load`);
    if (load.firstItems?.value == null) return load;
    if (device.id === "phone") {
      const slide = await measureSlideOpen(page, true);
      await screenshot(page, `${name}-end`);
      return { ...load, ...slide };
    }
    // Its pages are served from OUT/timelinejs; the story file is counted as in `bytes`.
    const story = gzipSize(readFileSync(join(column.tlDir, "story.json")));
    const bytes = await bytesLoaded(page, join(OUT, "timelinejs"), story);
    const slide = await measureSlideOpen(page);
    await screenshot(page, `${name}-end`);
    return { ...load, ...bytes, ...slide };
  });
}

export function bytesOurs(column: Column): Figures {
  try {
    return { bytes: measured(firstViewBytes(column.appDir).total) };
  } catch (error) {
    return { bytes: missing(String(error)) };
  }
}

/** TimelineJS's script and stylesheet plus the story file it fetches (ours is inside our JS). */
export function bytesTimelineJs(column: Column): Figures {
  const assets = firstViewBytes(column.tlDir).total;
  const story = gzipSize(readFileSync(join(column.tlDir, "story.json")));
  return { bytes: measured(assets + story) };
}
