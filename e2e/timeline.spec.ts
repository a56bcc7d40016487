import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import type { Locator, Page } from "@playwright/test";
import { buildStoryModel } from "../src/core/story-model.ts";
import type { Story } from "../src/core/schema.ts";
import { IN_PAGE, POINT, RANGE, SELECTED, chart } from "./support/chart.ts";
import { FIXTURE_URL, STORY_URL } from "./urls.ts";

function readStory(path: string) {
  return buildStoryModel(JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8")) as Story);
}

/** An event's main item: the copy in its first actor's lane. */
function item(page: Page, id: string): Locator {
  return chart(page).item(id);
}

async function left(locator: Locator): Promise<number> {
  return (await locator.boundingBox())!.x;
}

/** Pixels between two events' main items: grows when zooming in, shrinks when zooming out. */
async function gap(page: Page, a: string, b: string): Promise<number> {
  return (await left(item(page, b))) - (await left(item(page, a)));
}

/** Which of these events' main items lie outside the visible part of the chart. */
async function outside(page: Page, ids: string[]): Promise<string[]> {
  const area = (await chart(page).centre().boundingBox())!;
  const out: string[] = [];
  for (const id of ids) {
    const box = await item(page, id).boundingBox();
    if (!box || box.x < area.x - 1 || box.x > area.x + area.width) out.push(id);
  }
  return out;
}

interface Box {
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Every drawn item and cluster with its label (which may run past a short bar), as boxes. */
function drawnBoxes(page: Page): Promise<Box[]> {
  return chart(page)
    .laneItems()
    .evaluateAll(
      (elements, content) =>
        elements.flatMap((el) => {
          const rects = [el, ...el.querySelectorAll(content)]
            .map((e) => e.getBoundingClientRect())
            .filter((r) => r.width > 0 && r.height > 0);
          if (rects.length === 0) return [];
          const x = Math.min(...rects.map((r) => r.left));
          const y = Math.min(...rects.map((r) => r.top));
          const right = Math.max(...rects.map((r) => r.right));
          const bottom = Math.max(...rects.map((r) => r.bottom));
          const label = (el as HTMLElement).dataset.id ?? el.textContent ?? "";
          return [{ label, x, y, width: right - x, height: bottom - y }];
        }),
      IN_PAGE.itemContent,
    );
}

function overlapping(boxes: Box[]): string[] {
  const pairs: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      const apart =
        a.x + a.width <= b.x + 0.5 ||
        b.x + b.width <= a.x + 0.5 ||
        a.y + a.height <= b.y + 0.5 ||
        b.y + b.height <= a.y + 0.5;
      if (!apart) pairs.push(`${a.label} / ${b.label}`);
    }),
  );
  return pairs;
}

test.describe("on the fixture story", () => {
  const fixture = readStory("./fixtures/small-story.json");

  test.beforeEach(async ({ page }) => {
    await page.goto(FIXTURE_URL);
    await expect(item(page, "talks-open")).toBeVisible();
  });

  test("draws every event with its id, in each of its actors' lanes", async ({ page }) => {
    for (const event of fixture.events) {
      const copies = chart(page).copies(event.id);
      await expect(copies, event.id).toHaveCount(event.actors.length);
      await expect(copies.first()).toContainText(event.title);
    }
  });

  test("draws a day as a point and a month over the whole month", async ({ page }) => {
    await expect(item(page, "talks-open")).toHaveClass(POINT);
    const month = item(page, "march-offensive");
    await expect(month).toHaveClass(RANGE);
    await expect(month).toHaveClass(/precision-month/);
    const bar = (await month.boundingBox())!;
    // The bar starts before the 11th and ends after the 18th: all of March, not its first day.
    expect(bar.x).toBeLessThan(await left(item(page, "talks-open")));
    expect(bar.x + bar.width).toBeGreaterThan(await left(item(page, "evening-call")));
  });

  test("names the phases in their own lane", async ({ page }) => {
    await expect(chart(page).laneLabel("Phases")).toBeVisible();
    await expect(chart(page).phaseLabel("Talks")).toBeVisible();
  });

  test("choosing an item opens its event, selected in every lane", async ({ page }) => {
    await item(page, "talks-open").click();
    const details = page.getByRole("region", { name: "Event details" });
    await expect(details.getByRole("heading").first()).toHaveText("Talks open");
    const copies = chart(page).copies("talks-open");
    await expect(copies.nth(0)).toHaveClass(SELECTED);
    await expect(copies.nth(1)).toHaveClass(SELECTED);
  });

  test("the zoom buttons zoom in and out around the centre", async ({ page }) => {
    const before = await gap(page, "talks-open", "evening-call");
    await page.getByRole("button", { name: "Zoom in", exact: true }).click();
    await expect.poll(() => gap(page, "talks-open", "evening-call")).toBeGreaterThan(before * 1.8);
    await page.getByRole("button", { name: "Zoom out", exact: true }).click();
    await page.getByRole("button", { name: "Zoom out", exact: true }).click();
    await expect.poll(() => gap(page, "talks-open", "evening-call")).toBeLessThan(before * 0.6);
  });

  test("with reduced motion a zoom moves the items at once, running no transition", async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.evaluate(() => {
      const w = window as unknown as { transitionsRun: number };
      w.transitionsRun = 0;
      document.addEventListener("transitionrun", () => w.transitionsRun++, true);
    });
    const before = await gap(page, "talks-open", "evening-call");
    await page.getByRole("button", { name: "Zoom in", exact: true }).click();
    await expect.poll(() => gap(page, "talks-open", "evening-call")).toBeGreaterThan(before * 1.8);
    // Two frames later: a transition, however short, has run by then.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const run = await page.evaluate(
      () => (window as unknown as { transitionsRun: number }).transitionsRun,
    );
    expect(run).toBe(0);
  });

  test("the keys + and - zoom, the arrows pan, 0 shows everything", async ({ page }) => {
    await chart(page).region.focus();
    const before = await gap(page, "talks-open", "evening-call");
    await page.keyboard.press("+");
    await expect.poll(() => gap(page, "talks-open", "evening-call")).toBeGreaterThan(before * 1.8);
    await page.keyboard.press("-");
    await expect.poll(() => gap(page, "talks-open", "evening-call")).toBeLessThan(before * 1.2);
    await chart(page).settled();

    const at = await left(item(page, "evening-call"));
    await page.keyboard.press("ArrowRight");
    // Later: the items move left, by a quarter of the window.
    await expect.poll(() => left(item(page, "evening-call"))).toBeLessThan(at - 100);
    await page.keyboard.press("ArrowLeft");
    await expect
      .poll(async () => Math.abs((await left(item(page, "evening-call"))) - at))
      .toBeLessThan(2);

    await page.keyboard.press("0");
    await expect
      .poll(() =>
        outside(
          page,
          fixture.events.map((e) => e.id),
        ),
      )
      .toEqual([]);
  });

  test("the keys work only with focus in the timeline", async ({ page }) => {
    const before = await gap(page, "talks-open", "evening-call");
    await page.getByRole("list", { name: "Events" }).getByRole("link").first().focus();
    await page.keyboard.press("+");
    await page.keyboard.press("+");
    await chart(page).region.focus();
    await page.keyboard.press("+");
    // One zoom step (×2), not three: the keys pressed in the list did nothing here.
    await expect.poll(() => gap(page, "talks-open", "evening-call")).toBeGreaterThan(before * 1.8);
    expect(await gap(page, "talks-open", "evening-call")).toBeLessThan(before * 2.2);
  });

  test("an event chosen in the list is brought into view without zooming", async ({ page }) => {
    await chart(page).region.focus();
    // Zoom in on 16–17 March, away from the summit of 24–27 March.
    await page.keyboard.press("+");
    await page.keyboard.press("+");
    await page.keyboard.press("+");
    await expect(item(page, "summit-week")).toBeHidden();
    await page
      .getByRole("list", { name: "Events" })
      .getByRole("link", { name: /Summit week/ })
      .click();
    await expect(item(page, "summit-week")).toBeVisible();
    await expect(item(page, "summit-week")).toHaveClass(SELECTED);
    // Still zoomed in: the four-day summit fills more than half the chart.
    const area = (await chart(page).centre().boundingBox())!;
    const bar = (await item(page, "summit-week").boundingBox())!;
    expect(bar.width).toBeGreaterThan(area.width / 2);
  });
});

test.describe("on the story", () => {
  const story = readStory("../data/events.json");
  const first = story.events[0]!;
  const last = story.events.reduce((a, b) => (b.when.end >= a.when.end ? b : a));

  test("opens on the story's focus, and Show all shows the first and the last event", async ({
    page,
  }) => {
    await page.goto(STORY_URL);
    await expect(chart(page).events().first()).toBeVisible();
    await expect(chart(page).region.locator(`[data-id="${first.id}"]`)).toHaveCount(0);

    await page.getByRole("button", { name: "Show all", exact: true }).click();
    // The move has ended once it is in the URL.
    await expect(page).toHaveURL(/[?&]from=/);
    await chart(page).settled();
    const area = (await chart(page).centre().boundingBox())!;
    for (const event of [first, last]) {
      // Drawn as itself, or counted in the cluster that holds it.
      const drawn = chart(page).drawn(event.id).first();
      await expect(drawn, event.id).toBeVisible();
      const box = (await drawn.boundingBox())!;
      expect(box.x, event.id).toBeGreaterThanOrEqual(area.x - 1);
      expect(box.x, event.id).toBeLessThanOrEqual(area.x + area.width);
    }
  });

  test("no two items or counts overlap in the first view", async ({ page }) => {
    await page.goto(STORY_URL);
    await expect(chart(page).events().first()).toBeVisible();
    const boxes = await drawnBoxes(page);
    expect(boxes.length).toBeGreaterThan(10);
    expect(overlapping(boxes)).toEqual([]);
  });

  test("a count on 13 March 2025 opens into that day's events, none overlapping", async ({
    page,
  }) => {
    const sameDay = story.events.filter((e) => e.date.startsWith("2025-03-13"));
    expect(sameDay.length).toBeGreaterThan(3);
    await page.goto(STORY_URL);
    const cluster = chart(page)
      .clustersHolding(sameDay.map((e) => e.id))
      .first();
    await expect(cluster).toBeVisible();
    // Click where the count is, as a reader would (a scripted click could scroll hidden lanes).
    const at = (await cluster.boundingBox())!;
    await page.mouse.click(at.x + at.width / 2, at.y + at.height / 2);

    const ids = sameDay.map((e) => e.id);
    const drawn = chart(page).copiesOf(ids);
    await expect.poll(() => drawn.count()).toBeGreaterThan(3);
    await expect(chart(page).clusters()).toHaveCount(0);
    const boxes = (await drawnBoxes(page)).filter((b) => ids.includes(b.label));
    expect(boxes.length).toBeGreaterThan(3);
    expect(overlapping(boxes)).toEqual([]);
  });
});
