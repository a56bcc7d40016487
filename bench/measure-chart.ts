import type { Page } from "@playwright/test";
import { measured, missing } from "./metrics.ts";
import type { Figure, Figures } from "./metrics.ts";
import { TIMELINE } from "./ours-selectors.ts";
import { armSettle, fromSettled, settled, waitForIdle } from "./settle.ts";
import { percentile } from "./stats.ts";

/**
 * Moving the chart: zoom steps by the buttons "Zoom in" and "Zoom out", pan steps and a drag by
 * the pointer, a burst of wheel notches. For vis-timeline a step's last change is its `changed`
 * event: vis redraws in animation frames and its last redraw is the last change.
 */

interface Point {
  x: number;
  y: number;
}

/** The middle of vis-timeline's item area, if it is on screen and not covered by anything. */
async function timelineCenter(page: Page): Promise<Point | null> {
  return page.evaluate(() => {
    const panel = document.querySelector(".vis-timeline .vis-panel.vis-center");
    if (!panel) return null;
    const r = panel.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + Math.min(r.height / 2, 80);
    if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return null;
    const hit = document.elementFromPoint(x, y);
    return hit?.closest(".vis-timeline") ? { x, y } : null;
  });
}

/** One zoom step by the "Zoom in"/"Zoom out" button, or by one wheel notch when there is none. */
async function zoomStep(page: Page, direction: "in" | "out"): Promise<Figure> {
  await waitForIdle(page);
  const name = direction === "in" ? "Zoom in" : "Zoom out";
  // Exact: a count is named "12 events: choose to zoom in".
  const button = page.getByRole("button", { name, exact: true });
  if ((await button.count()) > 0) {
    await armSettle(page, TIMELINE, "pointerup");
    await button.first().click();
    return fromSettled(await settled(page), `zoom ${direction}`);
  }
  const center = await timelineCenter(page);
  if (!center) return missing("no Zoom buttons and no timeline to wheel over");
  await page.mouse.move(center.x, center.y);
  await armSettle(page, TIMELINE, "wheel");
  await page.mouse.wheel(0, direction === "in" ? -120 : 120);
  const figure = fromSettled(await settled(page), `wheel zoom ${direction}`);
  return figure.value === null
    ? figure
    : measured(figure.value, "one wheel notch (no Zoom button)");
}

/**
 * Zoom in (a level not seen yet), back out, and in again (the same level, now warm). With
 * prefers-reduced-motion the app zooms in one redraw instead of a half-second animation, so the
 * step measures the redraw, which is what the budget is about.
 */
export async function measureZoom(page: Page): Promise<Figures> {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await waitForIdle(page);
  const cold = await zoomStep(page, "in");
  await zoomStep(page, "out");
  const warm = await zoomStep(page, "in");
  await zoomStep(page, "out");
  return { zoomCold: cold, zoomWarm: warm };
}

/** A pan step: press, one pointer move of `dx` pixels, release; timed from the move. */
async function panStep(page: Page, dx: number): Promise<Figure> {
  await waitForIdle(page);
  const center = await timelineCenter(page);
  if (!center) return missing("timeline not on screen or covered");
  await page.mouse.move(center.x, center.y);
  await page.mouse.down();
  await armSettle(page, TIMELINE, "pointermove");
  await page.mouse.move(center.x + dx, center.y);
  await page.mouse.up();
  return fromSettled(await settled(page), "pan");
}

/** Pan to a later period, back, and to the later period again (warm). */
export async function measurePan(page: Page): Promise<Figures> {
  const cold = await panStep(page, -300);
  await panStep(page, 300);
  const warm = await panStep(page, -300);
  await panStep(page, 300);
  return { panCold: cold, panWarm: warm };
}

/** A 600 px drag in 30 moves at about 60 Hz; frame intervals while it lasts. */
export async function measureDrag(page: Page): Promise<Figures> {
  const center = await timelineCenter(page);
  if (!center) {
    const reason = missing("timeline not on screen or covered");
    return { dragP50: reason, dragP95: reason };
  }
  await page.mouse.move(center.x + 300, center.y);
  await page.evaluate(() => window.__bench.startFrames());
  await page.mouse.down();
  for (let i = 1; i <= 30; i++) {
    await page.mouse.move(center.x + 300 - i * 20, center.y);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  await page.waitForTimeout(100);
  const frames = await page.evaluate(() => window.__bench.stopFrames());
  return {
    dragP50: measured(percentile(frames, 50)),
    dragP95: measured(percentile(frames, 95)),
  };
}

/** Ten wheel notches in, then ten out, 30 ms apart, over the timeline: the longest frame. */
export async function measureWheelBurst(page: Page): Promise<Figure> {
  const center = await timelineCenter(page);
  if (!center) return missing("timeline not on screen or covered");
  await page.mouse.move(center.x, center.y);
  let worst = 0;
  for (const deltaY of [-120, 120]) {
    await page.evaluate(() => window.__bench.startFrames());
    await armSettle(page, TIMELINE, "wheel");
    for (let i = 0; i < 10; i++) {
      await page.mouse.wheel(0, deltaY);
      await page.waitForTimeout(30);
    }
    await settled(page);
    const frames = await page.evaluate(() => window.__bench.stopFrames());
    worst = Math.max(worst, ...frames);
  }
  return measured(worst);
}
