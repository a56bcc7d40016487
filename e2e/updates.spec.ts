import AxeBuilder from "@axe-core/playwright";
import { parseFeed } from "@rowanmanning/feed-parser";
import ICAL from "ical.js";
import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";
import { chart } from "./support/chart.ts";
import { readFixture, serveUnvalidated } from "./support/served-build.ts";
import type { ServedBuild } from "./support/served-build.ts";
import { STORY_PORT } from "./urls.ts";

/**
 * A developing story (e2e/fixtures/updates-story.json, which validates: see
 * src/core/updates.test.ts): an event added after publication, an updated one and a corrected one,
 * shown to readers in the masthead, the list, the chart, the panel, the printout and the log; the
 * marks of what is new since a returning reader's last visit; and the feeds.
 */

interface FixtureStory {
  events: { id: string; title: string; corrections?: { text: string }[] }[];
}

const FIXTURE = "e2e/fixtures/updates-story.json";
const story = readFixture<FixtureStory>(FIXTURE);
const STORAGE_KEY = "news-timeline:last-visit:A developing fixture story";

let served: ServedBuild | undefined;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // Feeds need the site's address; the build reads SITE_URL at once, so it is set only around it
  // (this worker runs other files next).
  const url = `http://127.0.0.1:${STORY_PORT + 3}/`;
  process.env.SITE_URL = url;
  const serving = serveUnvalidated(FIXTURE, "updates", STORY_PORT + 3);
  delete process.env.SITE_URL;
  served = await serving;
});

test.afterAll(() => served?.stop());

const list = (page: Page) => page.getByRole("list", { name: "Events" });
const row = (page: Page, id: string) => list(page).locator(`[data-event-id="${id}"]`);
const details = (page: Page) => page.getByRole("region", { name: "Event details" });

/** A returning reader, last seen at `seen`, before the page loads. */
async function lastSeen(page: Page, seen: string) {
  await page.addInitScript(
    ([key, value]) => window.localStorage.setItem(key!, value!),
    [STORAGE_KEY, JSON.stringify({ since: null, seen })],
  );
}

test("the masthead says when the story was last updated, with the zone", async ({ page }) => {
  await page.goto(served!.url);
  await expect(page.locator(".masthead")).toContainText("Updated 21 March 2025, 12:00 UTC");
});

test("an updated event says so in the list, on the chart and in the panel, with what changed", async ({
  page,
}) => {
  await page.goto(served!.url);
  await expect(row(page, "conditions-set")).toContainText("Updated");
  await expect(row(page, "conditions-set")).toHaveAccessibleName(/Updated\.$/);
  await expect(row(page, "talks-open")).not.toContainText("Updated");
  await expect(chart(page).item("conditions-set")).toHaveClass(/is-updated/);
  await expect(chart(page).item("talks-open")).not.toHaveClass(/is-updated/);
  await row(page, "conditions-set").click();
  await expect(details(page)).toContainText(
    "Updated, 20 March 2025, 10:00 UTC: Added South's list of conditions as Fixture Wire published it.",
  );
});

test("a correction appears with its event in the panel and on its share page", async ({
  page,
  request,
}) => {
  const correction = "Correction, 20 March 2025, 16:30 UTC: An earlier version gave the date";
  await page.goto(`${served!.url}events/evening-call`);
  await expect(details(page)).toContainText(correction);
  const share = await (await request.get(`${served!.url}events/evening-call/`)).text();
  expect(share).toContain("An earlier version gave the date of the call as 17 March.");
});

test("the corrections and updates log lists every change, newest first, each opening its event", async ({
  page,
}) => {
  await page.goto(served!.url);
  const log = page.getByRole("region", { name: "Corrections and updates" });
  await expect(log.getByRole("listitem")).toHaveText([
    /^Added, 21 March 2025, 12:00 UTC: Follow-up talks$/,
    /^Correction, 20 March 2025, 16:30 UTC: Evening call — An earlier version/,
    /^Updated, 20 March 2025, 10:00 UTC: Conditions set out — Added South's list/,
  ]);
  for (const event of story.events) {
    for (const c of event.corrections ?? []) await expect(log).toContainText(c.text);
  }
  await log.getByRole("link", { name: "Evening call" }).click();
  await expect(page).toHaveURL(/\/events\/evening-call$/);
  await expect(details(page).getByRole("heading").first()).toHaveText("Evening call");
});

test("the printout shows corrections with their events and the log", async ({ page }) => {
  await page.goto(served!.url);
  await expect(chart(page).events().first()).toBeAttached();
  await page.emulateMedia({ media: "print" });
  const printed = page.locator(".print-event").filter({ hasText: "Evening call" });
  await expect(printed).toContainText("Correction, 20 March 2025, 16:30 UTC");
  await expect(page.locator(".print-chronology .changes-log li")).toHaveCount(3);
});

test("a first visit marks nothing as new and offers no new-since filter", async ({ page }) => {
  await page.goto(served!.url);
  await expect(row(page, "follow-up-talks")).toBeVisible();
  await expect(list(page)).not.toContainText("New");
  await expect(page.getByRole("button", { name: /New since your last visit/ })).toHaveCount(0);
  await expect(chart(page).events().first()).toBeVisible();
  await expect(chart(page).newEvents()).toHaveCount(0);
});

test("a returning visit marks exactly what was added or changed since, and the filter shows them", async ({
  page,
}) => {
  await lastSeen(page, "2025-03-20T12:00:00.000Z");
  await page.goto(served!.url);
  const marked = list(page).locator("[data-event-id]").filter({ hasText: "New" });
  await expect(marked).toHaveCount(2);
  await expect(row(page, "evening-call")).toContainText("New");
  await expect(row(page, "follow-up-talks")).toContainText("New");
  await expect(row(page, "follow-up-talks")).toHaveAccessibleName(/New since your last visit\./);
  // Updated at 10:00 on 20 March, before the last visit: Updated, but not new to this reader.
  await expect(row(page, "conditions-set")).not.toContainText("New");
  // The chart marks the same two, and names them so.
  const drawnNew = chart(page).newEvents();
  await expect(drawnNew).toHaveCount(2);
  expect(await drawnNew.evaluateAll((els) => els.map((e) => e.dataset.id).sort())).toEqual([
    "evening-call",
    "follow-up-talks",
  ]);
  await expect(chart(page).item("follow-up-talks")).toHaveAccessibleName(
    /Follow-up talks.*New since your last visit/,
  );

  const filter = page.getByRole("button", { name: "New since your last visit (2)" });
  await filter.click();
  await expect(filter).toHaveAttribute("aria-pressed", "true");
  await expect(page).toHaveURL(/[?&]new=1$/);
  await expect(list(page).locator("[data-event-id]")).toHaveCount(2);
  await expect(list(page).locator("[data-event-id]")).toHaveText([
    /Evening call/,
    /Follow-up talks/,
  ]);
});

test("an earlier last visit marks all three changes; a reload keeps the marks and the filter", async ({
  page,
}) => {
  await lastSeen(page, "2025-03-19T12:00:00.000Z");
  await page.goto(`${served!.url}?new=1`);
  await expect(page.getByRole("button", { name: "New since your last visit (3)" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  const ids = ["conditions-set", "evening-call", "follow-up-talks"];
  await expect(list(page).locator("[data-event-id]")).toHaveCount(3);
  for (const id of ids) await expect(row(page, id)).toContainText("New");
  await page.reload();
  await expect(list(page).locator("[data-event-id]")).toHaveCount(3);
});

test("nothing about the visit leaves the page: no request carries it", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await lastSeen(page, "2025-03-19T12:00:00.000Z");
  await page.goto(served!.url);
  await expect(
    page.getByRole("button", { name: /^New since your last visit \(\d+\)$/ }),
  ).toBeVisible();
  expect(requests.every((url) => url.startsWith(served!.url))).toBe(true);
  expect(requests.filter((url) => /2025-03-19/.test(url))).toEqual([]);
});

test("the build's Atom feed, JSON Feed and calendar parse and list every event once", async ({
  request,
  page,
}) => {
  const atom = parseFeed(await (await request.get(`${served!.url}feed.xml`)).text());
  const ids = story.events.map((e) => e.id).sort();
  const idOf = (url: string | null) => /events\/([^/]+)\/$/.exec(url ?? "")?.[1];
  expect(atom.items.map((item) => idOf(item.url)).sort()).toEqual(ids);
  const json = (await (await request.get(`${served!.url}feed.json`)).json()) as {
    version: string;
    items: { url: string }[];
  };
  expect(json.version).toBe("https://jsonfeed.org/version/1.1");
  expect(json.items.map((item) => idOf(item.url)).sort()).toEqual(ids);
  const ics = await (await request.get(`${served!.url}events.ics`)).text();
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const urls = calendar.getAllSubcomponents("vevent").map((c) => c.getFirstPropertyValue("url"));
  expect(urls.map((url) => idOf(typeof url === "string" ? url : null)).sort()).toEqual(ids);
  await page.goto(served!.url);
  await expect(page.locator('link[rel="alternate"]')).toHaveCount(3);
});

test("the marks, the filter, the log and a corrected event's panel pass axe", async ({ page }) => {
  test.setTimeout(60_000);
  await lastSeen(page, "2025-03-19T12:00:00.000Z");
  await page.goto(served!.url);
  await expect(page.getByRole("region", { name: "Corrections and updates" })).toBeVisible();
  const violations = async () =>
    (await new AxeBuilder({ page }).analyze()).violations.map((v) => ({
      rule: v.id,
      nodes: v.nodes.map((n) => n.target.join(" ")),
    }));
  expect(await violations()).toEqual([]);
  await row(page, "evening-call").click();
  await expect(details(page)).toContainText("Correction, 20 March 2025");
  expect(await violations()).toEqual([]);
});
