import type { Page } from "@playwright/test";
import { measured, missing } from "./metrics.ts";
import type { Figure, Figures } from "./metrics.ts";
import { COUNT, ITEM } from "./ours-selectors.ts";
import { interactionSince, pageNow, settled, waitForIdle } from "./settle.ts";

/**
 * Opening an event from the chart and moving to the next: the item clicked is found by its
 * contract (`.vis-item[data-id]`), the panel by the region "Event details" whose first heading
 * is the event's title. A step whose UI is missing reports null and why.
 */

/** The visible item (or count) nearest the timeline's middle whose centre can be clicked. */
async function clickableItem(
  page: Page,
  which = ITEM,
): Promise<{ x: number; y: number; id: string } | null> {
  return page.evaluate((selector) => {
    const b = window.__bench;
    const panel = document.querySelector(".vis-timeline .vis-panel.vis-center");
    const area = panel?.getBoundingClientRect();
    if (!area) return null;
    const middle = area.left + area.width / 2;
    let best: { x: number; y: number; id: string; d: number } | null = null;
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (!b.visible(el)) continue;
      const r = el.getBoundingClientRect();
      const x = Math.max(r.left, area.left) + Math.min(12, r.width / 2);
      const y = r.top + r.height / 2;
      if (x > area.right || y > area.bottom || y > innerHeight) continue;
      // Its own point: a month's tint may lie under another of the same month, which opens instead.
      if (document.elementFromPoint(x, y)?.closest(selector) !== el) continue;
      const d = Math.abs(x - middle);
      if (!best || d < best.d) {
        best = { x, y, id: el.dataset.id ?? "", d };
      }
    }
    return best;
  }, which);
}

/**
 * When no event is drawn on its own (every one inside a count, as on a phone zoomed out at 1,000
 * events), taps the count nearest the chart's middle, as a reader would, and waits for the chart
 * to settle on its events; then opening an event is measured from there.
 */
export async function openCountIfAllCounted(page: Page): Promise<void> {
  if ((await clickableItem(page)) !== null) return;
  const count = await clickableItem(page, COUNT);
  if (!count) return;
  await page.touchscreen.tap(count.x, count.y);
  await waitForIdle(page);
}

/** Resolves `settled` once the "Event details" region's first heading reads `title`, painted. */
async function watchPanelHeading(page: Page, title: string): Promise<void> {
  await page.evaluate((title) => {
    const b = window.__bench;
    const regions = () =>
      [...document.querySelectorAll("section, aside, [role=region]")].filter((el) => {
        const labelledBy = el.getAttribute("aria-labelledby");
        const label = labelledBy
          ? labelledBy
              .split(/\s+/)
              .map((id) => document.getElementById(id)?.textContent ?? "")
              .join(" ")
          : el.getAttribute("aria-label");
        return label?.trim() === "Event details";
      });
    b.watch(
      () =>
        regions().some((region) => {
          const heading = region.querySelector("h1, h2, h3, h4, h5, h6, [role=heading]");
          return !!heading && b.visible(heading) && heading.textContent?.trim() === title;
        }),
      "pointerup",
      5000,
    );
  }, title);
}

/** Click (or tap) an item; time until the "Event details" region's heading reads its title. */
export async function measurePanelOpen(
  page: Page,
  titleOf: (eventId: string) => string | undefined,
  tap = false,
): Promise<Figure> {
  const item = await clickableItem(page);
  if (!item) return missing("no clickable timeline item");
  const title = titleOf(item.id);
  if (title === undefined) return missing(`item data-id "${item.id}" is not an event of the story`);
  await watchPanelHeading(page, title);
  if (tap) await page.touchscreen.tap(item.x, item.y);
  else await page.mouse.click(item.x, item.y);
  const result = await settled(page);
  if (result.ms === null) {
    return missing(`no "Event details" region with the heading "${title}" within 5 s`);
  }
  return measured(result.ms);
}

/**
 * With an event open: press "Next event" in the panel ("Previous event" at the story's end), until
 * the panel's heading reads the title the button showed; its INP.
 */
export async function measureNext(page: Page, tap = false): Promise<Figure> {
  const nav = page.getByRole("navigation", { name: "Previous and next events" });
  if ((await nav.count()) === 0) return missing('no "Previous and next events" in the panel');
  let button = nav.getByRole("button", { name: /^Next event/ });
  if ((await button.getAttribute("aria-disabled")) === "true") {
    button = nav.getByRole("button", { name: /^Previous event/ });
  }
  const title = (await button.locator(".event-nav-title").textContent())?.trim() ?? "";
  await button.scrollIntoViewIfNeeded();
  await waitForIdle(page);
  await watchPanelHeading(page, title);
  const since = await pageNow(page);
  if (tap) await button.tap();
  else await button.click();
  const result = await settled(page);
  if (result.ms === null) return missing(`the panel did not show "${title}" within 5 s`);
  return interactionSince(page, since);
}

/** Opening an event and pressing Next: the panel's time, and the INP of each. */
export async function measurePanel(
  page: Page,
  titleOf: (eventId: string) => string | undefined,
  tap = false,
): Promise<Figures> {
  const hasItems = (await page.locator(ITEM).count()) > 0;
  if (!hasItems) {
    const reason = missing("no timeline items");
    return { panelOpen: reason, inpOpen: reason, inpNext: reason };
  }
  const since = await pageNow(page);
  const panelOpen = await measurePanelOpen(page, titleOf, tap);
  if (panelOpen.value === null) return { panelOpen, inpOpen: panelOpen, inpNext: panelOpen };
  const inpOpen = await interactionSince(page, since);
  return { panelOpen, inpOpen, inpNext: await measureNext(page, tap) };
}
