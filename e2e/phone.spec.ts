import { expect, test } from "@playwright/test";
import type { Locator, Page } from "@playwright/test";
import { FIXTURE_URL, STORY_URL } from "./urls.ts";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
}

/** Nothing covers the middle of the element. */
function onTop(locator: Locator) {
  return locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return hit !== null && el.contains(hit);
  });
}

/**
 * Visible buttons, links and fields smaller than 44 × 44 CSS pixels. The chart's marks are left
 * out, prerendered or live: each event has its full-size row in the list below (the equivalent
 * that WCAG 2.5.8 allows), and the live chart's marks are not links either.
 */
async function smallTargets(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("button, a[href], input, select, [role=button]")]
      .filter(
        (el) =>
          el.getClientRects().length > 0 &&
          getComputedStyle(el).visibility !== "hidden" &&
          !el.closest(".fv-body"),
      )
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(
        ({ el, box }) =>
          `${el.tagName} “${el.textContent?.trim() || el.getAttribute("aria-label")}” ${Math.round(box.width)}×${Math.round(box.height)}`,
      ),
  );
}

test("the list is the main view under a compact timeline strip", async ({ page }) => {
  await page.goto(FIXTURE_URL);
  const list = page.getByRole("list", { name: "Events" });
  await expect(list.getByRole("link").first()).toBeVisible();
  const timeline = page.getByRole("region", { name: "Timeline", exact: true });
  const strip = (await timeline.boundingBox())!;
  const first = (await list.getByRole("link").first().boundingBox())!;
  expect(strip.height).toBeLessThanOrEqual(844 / 2);
  expect(first.y).toBeGreaterThan(strip.y);
  await expectNoSidewaysScroll(page);
  expect(await smallTargets(page)).toEqual([]);
});

test("nothing overflows sideways with a search and a filter active", async ({ page }) => {
  await page.goto(FIXTURE_URL);
  await page.getByRole("searchbox", { name: "Search events" }).fill("talks");
  await page.getByRole("button", { name: /^North/ }).tap();
  await expect(page.getByRole("list", { name: "Events" }).locator("mark").first()).toBeVisible();
  await expectNoSidewaysScroll(page);
  expect(await smallTargets(page)).toEqual([]);
});

test("a search puts the dimmed chart and the count of results on the first screen; clearing it brings the key moments back", async ({
  page,
}) => {
  await page.goto(STORY_URL);
  const moments = page.getByRole("heading", { name: "Key moments" });
  await expect(moments).toBeInViewport();
  const search = page.getByRole("searchbox", { name: "Search events" });
  await search.fill("ceasefire");
  const list = page.getByRole("list", { name: "Events" });
  // The chart strip (dimmed to the matches) and the count of results follow the search box.
  await expect(page.getByText(/^Showing \d+ of 37 events$/)).toBeInViewport();
  await expect(moments).toBeHidden();
  await expect(list.getByRole("link").first()).toContainText(/ceasefire/i);
  await search.fill("");
  await expect(moments).toBeInViewport();
});

test("the keyboard's Search puts the keyboard away and brings the results up", async ({ page }) => {
  await page.goto(STORY_URL);
  const search = page.getByRole("searchbox", { name: "Search events" });
  await search.fill("ceasefire");
  await search.press("Enter");
  await expect(search).not.toBeFocused();
  const list = page.getByRole("list", { name: "Events" });
  await expect(list.getByRole("link").first()).toBeInViewport();
  await expect(page.getByText(/^Showing 13 of 37 events$/)).toBeInViewport();
  await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe("ceasefire");
});

test.describe("beside the list", () => {
  test.use({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false });

  test("the key moments stay while a search is typed, and Enter leaves the focus in the box", async ({
    page,
  }) => {
    await page.goto(STORY_URL);
    const search = page.getByRole("searchbox", { name: "Search events" });
    await search.fill("ceasefire");
    await expect(page.getByText(/^Showing \d+ of \d+ events$/)).toBeVisible();
    await expect(page.getByRole("heading", { name: "Key moments" })).toBeInViewport();
    await search.press("Enter");
    await expect(search).toBeFocused();
    expect(await page.evaluate(() => scrollY)).toBe(0);
  });
});

test("an event opens as a full-screen sheet with a close button", async ({ page }) => {
  await page.goto(FIXTURE_URL);
  const link = page.getByRole("list", { name: "Events" }).getByRole("link").first();
  await link.tap();
  const panel = page.getByRole("region", { name: "Event details" });
  await expect(panel.getByRole("heading").first()).toBeVisible();
  const sheet = (await panel.boundingBox())!;
  expect(sheet.x).toBeLessThanOrEqual(0);
  expect(sheet.width).toBeGreaterThanOrEqual(390);
  expect(sheet.height).toBeGreaterThanOrEqual(844 - 1);
  await expectNoSidewaysScroll(page);
  expect(await smallTargets(page)).toEqual([]);

  await expect.poll(() => onTop(link)).toBe(false);

  await panel.getByRole("button", { name: /close/i }).tap();
  await expect.poll(() => onTop(link)).toBe(true);
});

test("a tap on the chart never shows a tooltip: a finger has no hover", async ({ page }) => {
  await page.goto(FIXTURE_URL);
  const count = page.locator(".vis-timeline .vis-item.vis-cluster").first();
  await count.scrollIntoViewIfNeeded();
  await expect(count).toBeVisible();
  // Every time the tip is shown, however briefly.
  await page.evaluate(() => {
    const tip = document.querySelector<HTMLElement>(".chart-tip")!;
    const w = window as unknown as { tipShown: number };
    w.tipShown = 0;
    new MutationObserver(() => {
      if (!tip.hidden) w.tipShown++;
    }).observe(tip, { attributes: true, attributeFilter: ["hidden"] });
  });
  await count.tap();
  // The count opens: its events are drawn one by one.
  await expect(
    page.locator(".vis-timeline .vis-item[data-id]:not(.vis-background)").first(),
  ).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { tipShown: number }).tipShown)).toBe(0);
});
