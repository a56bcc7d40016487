import type { Page } from "@playwright/test";
import { measured, missing } from "./metrics.ts";
import type { Figure, Figures } from "./metrics.ts";
import { EVENT_TIMING_THRESHOLD_MS, interactionLatency } from "./inp.ts";
import type { Settled } from "./page-probe.ts";
import { median, percentile } from "./stats.ts";

/**
 * Our app's interactions, found through its contracts: timeline items `.vis-item[data-id]`, the
 * buttons "Zoom in" and "Zoom out", the region "Event details" whose first heading is the event's
 * title, and the searchbox "Search events". A step whose UI is missing reports null and why.
 *
 * A step's time runs from the input event's timestamp (in the page) to the end of the frame that
 * painted the last DOM change it caused, once nothing under the watched root has changed for
 * SETTLE_QUIET_MS (see `settle` in page-probe.ts). For vis-timeline that is its `changed` event:
 * vis redraws in animation frames and its last redraw is the last change.
 */

export const ITEM = ".vis-item[data-id]";
/**
 * What counts as the first items: the live chart's, or the first view drawn before it (the start
 * page's prerendered strip, or the app's while the chart's code loads), each event of which is an
 * element with `data-id` in `.first-view`, where vis then draws it (e2e/first-view.spec.ts).
 */
export const FIRST_ITEM = `${ITEM}, .first-view [data-id]`;
const TIMELINE = ".vis-timeline";
const SETTLE_QUIET_MS = 300;
/**
 * Search settles sooner: results follow each keystroke, and the query reaches the URL 300 ms after
 * typing pauses, which is not part of a keystroke's cost. The next key goes in as soon as the
 * previous one settled (about six keys a second, a brisk typist).
 */
const SEARCH_QUIET_MS = 100;
const STEP_TIMEOUT_MS = 10_000;
/** A word every story has (the synthetic ones in titles such as "...a partial ceasefire"). */
export const SEARCH_WORD = "ceasefire";

interface Point {
  x: number;
  y: number;
}

async function settled(page: Page): Promise<Settled> {
  return page.evaluate(
    () => window.__bench.settled ?? { ms: null, changed: false, timedOut: true },
  );
}

async function armSettle(
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

function fromSettled(s: Settled, what: string): Figure {
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

/** The visible item nearest the timeline's middle whose centre can be clicked. */
async function clickableItem(page: Page): Promise<(Point & { id: string }) | null> {
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
  }, ITEM);
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

/** One zoom step by the "Zoom in"/"Zoom out" button, or by one wheel notch when there is none. */
async function zoomStep(page: Page, direction: "in" | "out"): Promise<Figure> {
  await waitForIdle(page);
  const button = page.getByRole("button", { name: direction === "in" ? "Zoom in" : "Zoom out" });
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

/** Types SEARCH_WORD one key at a time: keydown → the updated page painted, per keystroke. */
export async function measureSearch(page: Page): Promise<Figures> {
  const box = page.getByRole("searchbox", { name: "Search events" });
  if ((await box.count()) === 0) {
    const reason = missing('no searchbox "Search events"');
    return { searchKeyMedian: reason, searchKeyWorst: reason };
  }
  await box.first().click();
  await box.first().fill("");
  await page.waitForTimeout(SETTLE_QUIET_MS + 100);
  const times: number[] = [];
  let unsettled = 0;
  for (const key of SEARCH_WORD) {
    await armSettle(page, "body", "keydown", SEARCH_QUIET_MS);
    await page.keyboard.press(key);
    const s = await settled(page);
    if (process.env.BENCH_DEBUG) console.log(`search key ${key}`, JSON.stringify(s));
    if (s.ms === null) continue;
    // A keystroke that changes nothing on the page still costs its next frame. One whose page was
    // still changing when the step's time ran out counts as at least that long.
    if (s.timedOut) unsettled++;
    times.push(s.timedOut ? Math.max(s.ms, STEP_TIMEOUT_MS) : s.ms);
  }
  await box.first().fill("");
  if (times.length === 0) {
    const reason = missing("no keystroke reached the page");
    return { searchKeyMedian: reason, searchKeyWorst: reason };
  }
  const note =
    unsettled > 0
      ? `${unsettled} keystroke(s) still changing the page after ${STEP_TIMEOUT_MS / 1000} s, counted as ${STEP_TIMEOUT_MS / 1000} s`
      : undefined;
  return {
    searchKeyMedian: measured(median(times), note),
    searchKeyWorst: measured(Math.max(...times), note),
  };
}

/** Every interaction, in an order where each starts from a settled, idle page. */
export async function measureInteractions(
  page: Page,
  titleOf: (eventId: string) => string | undefined,
): Promise<Figures> {
  const figures: Figures = {};
  await waitForIdle(page);
  Object.assign(figures, await measurePanel(page, titleOf));
  await waitForIdle(page);
  Object.assign(figures, await measureZoom(page));
  await waitForIdle(page);
  Object.assign(figures, await measurePan(page));
  await waitForIdle(page);
  Object.assign(figures, await measureDrag(page));
  await waitForIdle(page);
  figures.wheelWorstFrame = await measureWheelBurst(page);
  await waitForIdle(page);
  Object.assign(figures, await measureSearch(page));
  return figures;
}
