import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";
import { STORY_URL } from "./urls.ts";

/**
 * The web font arriving late moves nothing: until Source Serif 4 is there, text is set in its
 * metric-matched fallback (src/app/fonts.css), so lines break alike. Each page load holds the
 * font files back a second and records where the page's main part begins, frame by frame.
 */

const HELD_MS = 1000;

async function topsWhileFontsArrive(page: Page): Promise<number[]> {
  await page.route(/\.woff2$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, HELD_MS));
    await route.continue();
  });
  await page.addInitScript(() => {
    const tops: number[] = [];
    Object.assign(window, { fontSwapTops: tops });
    const frame = () => {
      const main = document.querySelector("main");
      const top = main && Math.round(main.getBoundingClientRect().top + window.scrollY);
      if (top !== null && tops.at(-1) !== top) tops.push(top);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await page.goto(STORY_URL);
  await page.waitForFunction(() =>
    [...document.fonts].some((f) => f.family === "Source Serif 4" && f.status === "loaded"),
  );
  // The frames after the swap.
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as { fontSwapTops: number[] }).fontSwapTops);
}

/** Whether this machine has a face the fallback is made of (Times New Roman or its equals). */
async function hasFallback(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const faces = await document.fonts.load('16px "Source Serif 4 Fallback"');
    return faces.some((f) => f.status === "loaded");
  });
}

for (const [name, viewport] of [
  ["a phone", { width: 390, height: 844 }],
  ["the desktop", { width: 1280, height: 800 }],
] as const) {
  test(`on ${name}, the page does not move when the web font arrives late`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const tops = await topsWhileFontsArrive(page);
    test.skip(!(await hasFallback(page)), "no Times New Roman, Liberation Serif or Tinos here");
    expect(tops.length).toBeGreaterThan(0);
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(1);
  });
}
