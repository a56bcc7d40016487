import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";
import { buildStoryModel } from "../src/core/story-model.ts";
import type { Story } from "../src/core/schema.ts";
import { NARROW_BAND_PX } from "../src/core/chart/overview-rules.ts";
import { chart, liveMarks } from "./support/chart.ts";
import { STORY_URL } from "./urls.ts";

/** The chart as an overview of the whole story (issue 16): lanes, labels, counts, Next. */

const story = buildStoryModel(
  JSON.parse(readFileSync(new URL("../data/events.json", import.meta.url), "utf8")) as Story,
);

const button = (page: Page, name: string) => page.getByRole("button", { name, exact: true });

async function open(page: Page): Promise<void> {
  await page.goto(STORY_URL);
  await expect(chart(page).events().first()).toBeVisible();
  await chart(page).settled();
}

/** The labels drawn on the chart, each with what is wrong with it (nothing, when it fits). */
async function labelProblems(page: Page): Promise<string[]> {
  await chart(page).settled();
  const labels = await chart(page).drawnLabels();
  return labels.flatMap((l) => l.problems.map((p) => `${l.text}: ${p}`));
}

test("every lane is in view beside its name, after every zoom and every count", async ({
  page,
}) => {
  await open(page);
  const lanes = story.actors.length + (story.phases.length > 0 ? 1 : 0);
  await expect(chart(page).laneTitles()).toHaveCount(lanes);
  expect(await chart(page).misalignedLanes(), "first view").toEqual([]);
  for (const name of ["Zoom in", "Zoom in", "Zoom out", "Zoom out", "Zoom out", "Show all"]) {
    await button(page, name).click();
    await chart(page).settled();
    expect(await chart(page).misalignedLanes(), name).toEqual([]);
  }
  // Every count of the first view, chosen one at a time.
  await open(page);
  const counts = await chart(page).clusters().count();
  expect(counts).toBeGreaterThan(1);
  for (let i = 0; i < counts; i++) {
    await open(page);
    const count = chart(page).clusters().nth(i);
    const label = await count.innerText();
    const at = (await count.boundingBox())!;
    await page.mouse.click(at.x + at.width / 2, at.y + at.height / 2);
    await chart(page).settled();
    expect(await chart(page).misalignedLanes(), `count ${i} (${label})`).toEqual([]);
  }
});

test("no chart label is cut short or clipped: first view, Show all, zoomed in", async ({
  page,
}) => {
  await open(page);
  let drawn = 0;
  const check = async (when: string) => {
    expect(await labelProblems(page), when).toEqual([]);
    drawn += (await chart(page).drawnLabels()).length;
  };
  await check("first view");
  await button(page, "Show all").click();
  await check("Show all");
  await open(page);
  for (let i = 1; i <= 4; i++) {
    await button(page, "Zoom in").click();
    await check(`zoomed in ×${i}`);
  }
  // Whole titles are drawn where they fit: the test has labels to look at.
  expect(drawn).toBeGreaterThan(1);
});

test("no axis label or phase name is cut by the chart's edges, after every zoom", async ({
  page,
}) => {
  await open(page);
  expect(await chart(page).cutEdgeLabels(), "first view").toEqual([]);
  for (const name of ["Show all", "Zoom in", "Zoom in", "Zoom in", "Zoom out", "Show all"]) {
    await button(page, name).click();
    await chart(page).settled();
    expect(await chart(page).cutEdgeLabels(), name).toEqual([]);
  }
});

test("after every Next over the whole story, the open event is drawn on its own, in view", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const inOrder = [...story.events].sort((a, b) => +a.when.start - +b.when.start);
  await page.goto(`${STORY_URL}events/${inOrder[0]!.id}`);
  await expect(chart(page).events().first()).toBeVisible();
  const details = page.getByRole("region", { name: "Event details" });
  const seen: string[] = [];
  const openId = () => decodeURIComponent(new URL(page.url()).pathname.split("/").pop()!);
  for (let step = 0; step < story.events.length; step++) {
    await expect(page).toHaveURL(/\/events\/[^/?#]+/);
    // The address follows the panel one frame after the click (src/app/after-paint.ts).
    if (step > 0)
      await expect.poll(openId, `step ${step}: the address moves on`).not.toBe(seen.at(-1));
    const id = openId();
    seen.push(id);
    await expect.poll(() => chart(page).shownAlone(id), `step ${step}: ${id}`).toBe(true);
    if (step < story.events.length - 1)
      await details.getByRole("button", { name: /Next event/ }).click();
  }
  expect(new Set(seen).size).toBe(story.events.length);
});

test("at Show all a month narrower than a dot is counted with the days beside it, not drawn as a sliver", async ({
  page,
}) => {
  await open(page);
  // Every element the chart puts in while it zooms out, even one taken out again at once.
  await chart(page).root.evaluate((root) => {
    const added: string[] = [];
    (window as unknown as { added: string[] }).added = added;
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes) if (n instanceof HTMLElement) added.push(n.className);
    }).observe(root, { subtree: true, childList: true });
  });
  await button(page, "Show all").click();
  await chart(page).settled();
  const added = await page.evaluate(() => (window as unknown as { added: string[] }).added);
  const widths = await chart(page)
    .tints()
    .evaluateAll((tints) => tints.map((t) => t.getBoundingClientRect().width));
  expect(widths.filter((w) => w < NARROW_BAND_PX)).toEqual([]);
  // The story's months (March 2025) are about 7 px wide at "Show all": held in March's counts.
  const months = story.events.filter((e) => e.when.precision === "month").map((e) => e.id);
  expect(months.length).toBeGreaterThan(0);
  for (const id of months) await expect(chart(page).clustersHolding([id]).first()).toBeVisible();
  // A counted month is not drawn and taken out again on the way (vis walks ranges apart).
  const drawnMonths = months.filter((id) =>
    added.some((c) => c.split(" ").includes(`tint-of-${id}`)),
  );
  expect(drawnMonths).toEqual([]);
});

test("zooming in keeps the open event in view", async ({ page }) => {
  const edge = [...story.events].sort((a, b) => +a.when.start - +b.when.start).at(-1)!;
  await page.goto(`${STORY_URL}events/${edge.id}`);
  await expect(chart(page).events().first()).toBeVisible();
  await button(page, "Show all").click();
  await chart(page).settled();
  for (let i = 0; i < 4; i++) {
    await button(page, "Zoom in").click();
    await chart(page).settled();
    expect(await chart(page).inView(edge.id), `zoom ${i + 1}`).toBe(true);
  }
});

test("a dot names its event on hover and on keyboard focus", async ({ page }) => {
  await open(page);
  const event = story.events.find((e) => e.date === "2025-02-12")!;
  const dot = chart(page).item(event.id);
  await dot.hover();
  const tip = page.getByRole("tooltip");
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(event.title);
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();
  await dot.focus();
  await expect(tip).toContainText(event.title);
  await expect(dot).toHaveAccessibleName(new RegExp(`^${event.title.slice(0, 20)}`));
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("region", { name: "Event details" }).getByRole("heading").first(),
  ).toHaveText(event.title);
});

test("the chart describes itself in a sentence, and its axis is written as the page's dates", async ({
  page,
}) => {
  await open(page);
  await expect(chart(page).region).toHaveAccessibleDescription(
    new RegExp(
      `^Timeline of ${story.events.length} events in ${story.actors.length} lanes, showing \\d+ \\w+ to \\d+ \\w+ 2025`,
    ),
  );
  // A single day: hours on the page's 24-hour clock, not "12 AM 4 AM".
  await page.goto(`${STORY_URL}?from=2025-03-13&to=2025-03-14`);
  await expect(chart(page).events().first()).toBeVisible();
  const axis = await chart(page).axisText();
  expect(axis).not.toMatch(/AM|PM/);
  expect(axis).toMatch(/\b(00|04|06|08|12):00\b/);
  await expect(chart(page).region).toHaveAccessibleDescription(/showing 13 March 2025/);
});

for (const [width, height] of [
  [1280, 800],
  [768, 1024],
  [390, 844],
] as const) {
  test(`at ${width} px the axis dates the marks: a year or month above, days or months below`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await open(page);
    const { minor, major } = await chart(page).shownAxisLabels();
    expect(major.length, `major labels: ${major.join(" ")}`).toBeGreaterThan(0);
    // Down to a tablet the first view (five weeks) has room for every other day; on a phone a
    // day is a few pixels wide, and the month is named where it begins.
    if (width >= 768) {
      expect(minor.filter((t) => /^\d{1,2}$/.test(t)).length, minor.join(" ")).toBeGreaterThan(8);
    } else expect(minor, minor.join(" ")).toContain("Mar");
  });
}

test("month-dated events are tints behind their lane, not bars that push day events down", async ({
  page,
}) => {
  await open(page);
  const month = story.events.find((e) => e.when.precision === "month")!;
  await expect(chart(page).item(month.id)).toHaveClass(/vis-background/);
  // Its lane is one row tall, as tall as its name: the month pushed no day event down a row.
  const { row, name } = await chart(page).laneHeightOf(month.id);
  expect(row).toBeLessThanOrEqual(name + 2);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the chart is an overview strip with every lane in view and nothing cut", async ({
    page,
  }) => {
    await open(page);
    expect(await chart(page).misalignedLanes()).toEqual([]);
    const area = (await chart(page).centre().boundingBox())!;
    const cut = await chart(page)
      .clusters()
      .evaluateAll(
        (counts, [left, right]) =>
          counts
            .map((c) => c.getBoundingClientRect())
            .filter(
              (r) =>
                r.right > left! && r.left < right! && (r.left < left! - 1 || r.right > right! + 1),
            ).length,
        [area.x, area.x + area.width],
      );
    expect(cut).toBe(0);
  });
});

for (const [width, height] of [
  [1280, 800],
  [768, 1024],
  [390, 844],
] as const) {
  test(`at ${width}×${height} the room held while the chart loads is the chart's, and opening an event keeps it`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    const area = page.getByRole("region", { name: "Timeline", exact: true });
    // The chart's code held back: only the placeholder is drawn.
    await page.route(/event-timeline-[^/]*\.js$/, () => {});
    await page.goto(STORY_URL);
    await expect(page.getByText("Loading the timeline…")).toBeVisible();
    const held = (await area.boundingBox())!.height;
    await page.unrouteAll({ behavior: "ignoreErrors" });
    await open(page);
    expect((await area.boundingBox())!.height).toBeCloseTo(held, 0);
    // Opening a day with several events (they stack) scrolls its lanes, not the page below.
    await page
      .getByRole("list", { name: "Events" })
      .getByText(/^Putin backs a truce/)
      .click();
    await chart(page).settled();
    expect((await area.boundingBox())!.height).toBeCloseTo(held, 0);
  });
}

test("zooming in to single events and back out draws every mark where it was", async ({ page }) => {
  await open(page);
  const marks = async () =>
    (await liveMarks(page))
      .filter((m) => m.box[2] > 0)
      .sort(
        (a, b) =>
          a.key.localeCompare(b.key) || Number(a.also) - Number(b.also) || a.box[0] - b.box[0],
      );
  const zoom = () => page.locator("[data-zoom]").first().getAttribute("data-zoom");
  const before = await marks();
  expect(await zoom()).toBe("overview");
  let steps = 0;
  while ((await zoom()) === "overview" && steps < 6) {
    await button(page, "Zoom in").click();
    await chart(page).settled();
    steps++;
  }
  // The counts gave way to single events (vis's clustering switched off) and come back below.
  expect(await zoom()).toBe("detail");
  for (let i = 0; i < steps; i++) {
    await button(page, "Zoom out").click();
    await chart(page).settled();
  }
  expect(await zoom()).toBe("overview");
  const after = await marks();
  expect(after.map((m) => [m.key, m.also])).toEqual(before.map((m) => [m.key, m.also]));
  const moved = after.filter((m, i) =>
    m.box.some((v, j) => Math.abs(v - (before[i]?.box[j] ?? NaN)) > 1.5),
  );
  expect(moved).toEqual([]);
});
