import { expect, test } from "@playwright/test";
import type { Locator, Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { buildStoryModel } from "../src/core/story-model.ts";
import type { Story } from "../src/core/schema.ts";
import { firstRowInView } from "./support/list-view.ts";
import { STORY_URL } from "./urls.ts";

/** The reading of issue 16: story first, a panel read in order, every event in the list. */

const story = JSON.parse(
  readFileSync(new URL("../data/events.json", import.meta.url), "utf8"),
) as Story;
const model = buildStoryModel(story);
const EVENT_COUNT = model.events.length;

/** Whether the element lies wholly inside the viewport and shows all of its text. */
async function readableInView(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const inView = box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
    const whole = el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1;
    return inView && whole;
  });
}

async function open(page: Page) {
  await page.goto(STORY_URL);
  await expect(page.getByRole("list", { name: "Events" })).toBeVisible();
}

test("at 1280×800 at least five event titles are readable in full above the fold, outside the chart", async ({
  page,
}) => {
  await open(page);
  const titles = page.locator(".key-moment-title, .row-title");
  let readable = 0;
  for (const title of await titles.all()) if (await readableInView(title)) readable++;
  expect(readable).toBeGreaterThanOrEqual(5);
});

test("an embed at 720×600 shows five event titles in full, and an open event with Next in view", async ({
  page,
}) => {
  await page.setViewportSize({ width: 720, height: 600 });
  await page.goto(`${STORY_URL}embed/`);
  // The list waits behind a toggle in the embed: the key moments are its titles.
  const titles = page.locator(".key-moment-title, .row-title");
  await expect(page.locator(".key-moment-title").first()).toBeVisible();
  let readable = 0;
  for (const title of await titles.all()) if (await readableInView(title)) readable++;
  expect(readable).toBeGreaterThanOrEqual(5);
  // No how-to box or shortcuts in the frame: one line of hint beside the zoom buttons at most.
  await expect(page.getByRole("button", { name: "Keyboard shortcuts" })).toHaveCount(0);

  const [first] = model.keyMoments;
  await page.goto(`${STORY_URL}embed/events/${first!.id}`);
  const panel = page.getByRole("region", { name: "Event details" });
  await expect(panel.getByRole("heading").first()).toHaveText(first!.title);
  expect(await readableInView(panel.getByRole("heading").first())).toBe(true);
  await expect(panel.getByRole("button", { name: /^Next event/ })).toBeInViewport({ ratio: 1 });
});

for (const [width, height] of [
  [1280, 800],
  [1440, 900],
] as const) {
  test(`at ${width}×${height} the list opens at the first event in the chart's window, whole at its top`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await open(page);
    const list = page.getByRole("list", { name: "Events" });
    await expect(list.locator("li[data-in-window]").first()).toBeAttached();
    // Until the rows have their final heights: the web font and the rows first laid out on
    // screen rewrap titles after the list has moved.
    await list.evaluate(
      (el) =>
        new Promise<void>((settled) => {
          let height = -1;
          let still = 0;
          const frame = () => {
            const now = el.getBoundingClientRect().height;
            still = now === height ? still + 1 : 0;
            height = now;
            if (still >= 10) settled();
            else requestAnimationFrame(frame);
          };
          void document.fonts.ready.then(() => requestAnimationFrame(frame));
        }),
    );
    const seen = await firstRowInView(list);
    const whole = seen.above <= 1;
    expect(seen.title).toBe(seen.firstInWindow);
    expect(whole).toBe(true);
  });
}

test("the key moments come first, each opening its event; closing it gives focus back", async ({
  page,
}) => {
  await open(page);
  const moments = page.getByRole("region", { name: "Key moments" }).getByRole("link");
  await expect(moments).toHaveCount(model.keyMoments.length);
  const riyadh = moments.filter({ hasText: "US and Russian delegations meet in Riyadh" });
  await riyadh.click();
  const panel = page.getByRole("region", { name: "Event details" });
  await expect(panel.getByRole("heading").first()).toHaveText(
    "US and Russian delegations meet in Riyadh",
  );
  await expect(panel.getByRole("heading").first()).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(riyadh).toBeFocused();
  // How to use the page waits behind a disclosure; the story's method closes the page.
  await expect(page.getByText("How to use this timeline")).toBeVisible();
  await expect(page.getByText(/^Choose an event on the timeline/)).toBeHidden();
  await expect(page.getByRole("region", { name: "About this timeline" })).toBeAttached();
});

test(`all ${EVENT_COUNT} rows of the list are in the accessibility tree`, async ({ page }) => {
  await open(page);
  const list = page.getByRole("list", { name: "Events" });
  await expect(list.getByRole("listitem")).toHaveCount(EVENT_COUNT);
  await expect(list.getByRole("link", { name: /but there are nuances/ })).toHaveCount(1);
  await expect(list.getByRole("listitem").last()).toHaveAttribute(
    "aria-posinset",
    String(EVENT_COUNT),
  );
});

test("Next walks the whole story: focus on each new title, Previous and Next in view naming their events", async ({
  page,
}) => {
  await page.goto(`${STORY_URL}events/${model.events[0]!.id}`);
  const panel = page.getByRole("region", { name: "Event details" });
  const title = panel.getByRole("heading").first();
  const previous = panel.getByRole("button", { name: /^Previous event/ });
  const next = panel.getByRole("button", { name: /^Next event/ });
  await expect(previous).toBeDisabled();
  await expect(next).toBeInViewport({ ratio: 1 });

  for (let i = 1; i < EVENT_COUNT; i++) {
    const nextTitle = (await next.locator(".event-nav-title").textContent()) ?? "";
    await next.click();
    await expect(title).toHaveText(nextTitle);
    await expect(title).toBeFocused();
    await expect(next).toBeInViewport({ ratio: 1 });
    await expect(previous).toBeInViewport({ ratio: 1 });
  }
  await expect(next).toBeDisabled();
  await expect(previous).toBeEnabled();
});

test("the panel's own scroll keeps Previous and Next at its foot, with all the height below the chart", async ({
  page,
}) => {
  await page.goto(`${STORY_URL}events/putin-press-conference-ceasefire-nuances`);
  const panel = page.getByRole("complementary");
  const box = await panel.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
  const chart = await page.getByRole("region", { name: "Timeline", exact: true }).boundingBox();
  expect(Math.abs(box.top - (chart!.y + chart!.height))).toBeLessThan(2);
  expect(box.bottom).toBe(800);
  await panel.evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
  await expect(page.getByRole("button", { name: /^Next event/ })).toBeInViewport({ ratio: 1 });
});

test("a chosen filter stays in view while the list scrolls", async ({ page }) => {
  await open(page);
  await page.getByRole("button", { name: /^Russia, \d+ events/ }).click();
  await page
    .getByRole("list", { name: "Events" })
    .getByRole("listitem")
    .last()
    .evaluate((el) => el.scrollIntoView({ block: "end" }));
  await expect(page.getByRole("button", { name: "Remove the filter Russia" })).toBeInViewport();
  await page.getByRole("button", { name: "Remove the filter Russia" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Showing all" })).toBeVisible();
});

test("the first view loads at most 60 KiB of font, and only Source Serif 4's own files", async ({
  page,
}) => {
  const fonts: { url: string; bytes: number }[] = [];
  page.on("response", async (response) => {
    if (!/\.woff2?$/.test(response.url())) return;
    fonts.push({ url: response.url(), bytes: (await response.body()).length });
  });
  await open(page);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await expect.poll(() => fonts.length).toBeGreaterThan(0);
  const total = fonts.reduce((sum, f) => sum + f.bytes, 0);
  expect(total).toBeLessThanOrEqual(60 * 1024);
  for (const f of fonts) expect(f.url).toMatch(/source-serif-4-(latin|cyrillic)-/);
});

test.describe("at 768 px", () => {
  test.use({ viewport: { width: 768, height: 1024 } });

  test("list titles are whole and actor names are not clipped", async ({ page }) => {
    await open(page);
    const cut = await page
      .locator(".row-title, .row-actors")
      .evaluateAll((els) =>
        els
          .filter(
            (el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1,
          )
          .map((el) => el.textContent),
      );
    expect(cut).toEqual([]);
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the first event title a reader meets, the first key moment, is above the fold", async ({
    page,
  }) => {
    await open(page);
    const first = model.keyMoments[0]!;
    const title = page.locator(".key-moment-title").filter({ hasText: first.title });
    expect(await readableInView(title)).toBe(true);
  });

  test("the open event is a full-screen sheet with Next at its foot", async ({ page }) => {
    await page.goto(`${STORY_URL}events/putin-press-conference-ceasefire-nuances`);
    const sheet = page.getByRole("region", { name: "Event details" });
    const box = await sheet.boundingBox();
    expect(box).toEqual({ x: 0, y: 0, width: 390, height: 844 });
    await sheet.evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
    await expect(sheet.getByRole("button", { name: /^Next event/ })).toBeInViewport({ ratio: 1 });
  });
});

for (const [width, height] of [
  [1280, 800],
  [768, 1024],
  [390, 844],
] as const) {
  test(`at ${width}×${height} the search box's placeholder is whole, and the tools beside it on the page`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await open(page);
    const room = await page.getByRole("searchbox", { name: "Search events" }).evaluate((el) => {
      const input = el as HTMLInputElement;
      const style = getComputedStyle(input);
      const context = document.createElement("canvas").getContext("2d");
      if (!context) throw new Error("no 2D canvas to measure the placeholder with");
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const inner =
        input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { text: context.measureText(input.placeholder).width, inner };
    });
    expect(room.text).toBeGreaterThan(0);
    expect(room.text).toBeLessThanOrEqual(room.inner);
    // …and the room does not push what stands beside it (the shortcuts' button) off the page.
    const rights = await page
      .locator(".masthead-tools > *")
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right));
    expect(rights.length).toBeGreaterThan(0);
    for (const right of rights) expect(right).toBeLessThanOrEqual(width);
  });
}
