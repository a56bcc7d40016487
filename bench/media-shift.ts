import { spawnSync } from "node:child_process";
import { stripVTControlCharacters } from "node:util";
import { join } from "node:path";
import type { Browser, Page } from "@playwright/test";
import { drawHarbour } from "../e2e/fixtures/draw-media.ts";
import { freshContext } from "./chromium.ts";
import type { Figure } from "./metrics.ts";
import { measured, missing } from "./metrics.ts";

/**
 * Layout shift when a reader opens an event with a photograph: the build of
 * e2e/fixtures/media-story.json (its photograph drawn by e2e/fixtures/draw-media.ts), the first
 * list row with a thumbnail clicked, the photograph held back a second so that it arrives well
 * after the 500 ms in which the browser forgives a shift. The figure is the CLS of that open: the
 * sum of the shifts from the click until the photograph is painted and 300 ms more. 0 means the
 * page kept the photograph's room from the start (its width and height).
 */

export const MEDIA_STORY = "e2e/fixtures/media-story.json";
/** How long the photograph is held back. */
const DELAY_MS = 1000;

/** Builds the media story into `dir` (its photograph drawn first); why not, or undefined. */
export async function buildMediaStory(dir: string, out: string): Promise<string | undefined> {
  const media = join(out, "media-source");
  await drawHarbour(media);
  const env = { ...process.env };
  delete env.BASE_PATH;
  const result = spawnSync(
    process.execPath,
    ["node_modules/vite/bin/vite.js", "build", "--logLevel", "error"],
    {
      env: { ...env, TIMELINE_DATA: MEDIA_STORY, MEDIA_DIR: media, OUT_DIR: dir, NO_COLOR: "1" },
      encoding: "utf8",
    },
  );
  if (result.status === 0) return undefined;
  return stripVTControlCharacters(result.stderr || result.stdout)
    .trim()
    .slice(0, 300);
}

async function shiftOnOpen(page: Page, url: string): Promise<Figure> {
  await page.route(/\/media\/harbour-/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, DELAY_MS));
    await route.continue();
  });
  await page.goto(url);
  const row = page.getByRole("list", { name: "Events" }).locator(".list-row", {
    has: page.locator(".row-thumbnail"),
  });
  await row.first().waitFor();
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    const from = performance.now();
    const shifts: number[] = [];
    Object.defineProperty(window, "__benchShifts", { value: shifts });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!e.hadRecentInput && e.startTime >= from) shifts.push(e.value);
      }
    }).observe({ type: "layout-shift" });
  });
  await row.first().getByRole("link").click();
  const image = page.getByRole("region", { name: "Event details" }).locator("img").first();
  try {
    await image.waitFor({ timeout: 5000 });
    await page.waitForFunction(
      (img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
      await image.elementHandle(),
      { timeout: 5000 },
    );
  } catch {
    return missing("the panel's photograph did not load within 5 s");
  }
  await page.waitForTimeout(300);
  const shifts = await page.evaluate(
    () => (window as unknown as { __benchShifts: number[] }).__benchShifts,
  );
  return measured(shifts.reduce((a, b) => a + b, 0));
}

/** One measurement in a fresh context. */
export async function measureImageOpenShift(browser: Browser, url: string): Promise<Figure> {
  const context = await freshContext(browser);
  try {
    return await shiftOnOpen(await context.newPage(), url);
  } finally {
    await context.close();
  }
}
