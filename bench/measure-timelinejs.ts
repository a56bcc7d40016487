import type { Page } from "@playwright/test";
import { measured, missing } from "./metrics.ts";
import type { Figure } from "./metrics.ts";
import { interactionSince, pageNow } from "./settle.ts";

/**
 * TimelineJS's markers on its time navigator, the counterpart of our timeline items. The marker
 * element itself is 0–1 px wide; its content box is what a reader sees and clicks.
 */
export const MARKER = ".tl-timemarker .tl-timemarker-content-container";

/**
 * TimelineJS's counterpart of our panel: click a marker on the time navigator and time until that
 * event's slide has slid into place (TimelineJS animates the slide across; the time includes it),
 * and the click's INP.
 */
export async function measureSlideOpen(
  page: Page,
  tap = false,
): Promise<{ panelOpen: Figure; inpOpen: Figure }> {
  const since = await pageNow(page);
  const panelOpen = await slideOpen(page, tap);
  return {
    panelOpen,
    inpOpen: panelOpen.value === null ? panelOpen : await interactionSince(page, since),
  };
}

async function slideOpen(page: Page, tap: boolean): Promise<Figure> {
  const target = await page.evaluate((selector) => {
    const b = window.__bench;
    const nav = document.querySelector(".tl-timenav")?.getBoundingClientRect();
    if (!nav) return null;
    const middle = nav.left + nav.width / 2;
    let best: { x: number; y: number; id: string; d: number } | null = null;
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const marker = el.closest(".tl-timemarker");
      if (!marker || !b.visible(el) || marker.classList.contains("tl-timemarker-active")) continue;
      const r = el.getBoundingClientRect();
      const x = Math.max(r.left, nav.left) + Math.min(12, r.width / 2);
      const y = r.top + r.height / 2;
      const hit = document.elementFromPoint(x, y);
      if (x > nav.right || y > innerHeight || hit?.closest(".tl-timemarker") !== marker) {
        continue;
      }
      const d = Math.abs(x - middle);
      if (!best || d < best.d) best = { x, y, id: marker.id.replace(/-marker$/, ""), d };
    }
    return best;
  }, MARKER);
  if (!target) return missing("no clickable TimelineJS marker");
  await page.evaluate((id) => {
    const b = window.__bench;
    b.watch(
      () => {
        const slide = document.getElementById(id);
        const slider = document.querySelector(".tl-storyslider");
        if (!slide || !slider) return false;
        const gap = slide.getBoundingClientRect().left - slider.getBoundingClientRect().left;
        return Math.abs(gap) < 1 && b.visible(slide);
      },
      "pointerup",
      10_000,
    );
  }, target.id);
  if (tap) await page.touchscreen.tap(target.x, target.y);
  else await page.mouse.click(target.x, target.y);
  const result = await page.evaluate(() => window.__bench.settled);
  if (!result || result.ms === null) return missing("the slide did not arrive within 10 s");
  return measured(result.ms);
}
