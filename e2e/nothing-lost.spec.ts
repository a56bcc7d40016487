import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";
import { escapeHtml } from "../src/build/html.ts";
import { readerDate } from "../src/core/dates.ts";
import { buildStoryModel } from "../src/core/story-model.ts";
import type { Story } from "../src/core/schema.ts";
import { IN_PAGE, chart } from "./support/chart.ts";
import { STORY_URL } from "./urls.ts";

/**
 * Every event of the real story (data/events.json) reaches the reader three ways: the list, the
 * timeline, and its own share page. The list and the timeline draw only what is on screen, so the
 * tests walk them: the list by scrolling and by keyboard, the timeline at "Show all" with its lanes
 * scrolled through, counting each event drawn alone (`data-id`) or inside a cluster (`data-ids`).
 */

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const story = JSON.parse(readFileSync(join(ROOT, "data/events.json"), "utf8")) as Story;
const model = buildStoryModel(story);
const ids = model.events.map((e) => e.id);
const OUT_DIR = process.env.OUT_DIR ?? "dist";

const missing = (seen: Iterable<string>) => {
  const set = new Set(seen);
  return ids.filter((id) => !set.has(id));
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const eventList = (page: Page) => page.getByRole("list", { name: "Events" });

test(`each of the story's ${ids.length} events is in the list, scrolled to and reached by keyboard`, async ({
  page,
}) => {
  await page.goto(STORY_URL);
  await expect(eventList(page).getByRole("link").first()).toBeVisible();

  // Scrolling the list's area step by step renders every row on the way.
  const scrolled = await page.evaluate(async () => {
    const list = document.querySelector<HTMLElement>('ol[aria-label="Events"]')!;
    const area = list.closest<HTMLElement>(".list-area")!;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const seen: Record<string, string> = {};
    for (let top = 0; ; top += area.clientHeight / 2) {
      area.scrollTop = top;
      await frame();
      await frame();
      for (const link of list.querySelectorAll<HTMLAnchorElement>("a[data-event-id]")) {
        seen[link.dataset.eventId!] = link.getAttribute("href")!;
      }
      if (area.scrollTop + area.clientHeight >= area.scrollHeight - 1) return seen;
    }
  });
  expect(missing(Object.keys(scrolled))).toEqual([]);
  for (const id of ids) expect(scrolled[id]).toBe(`${new URL(STORY_URL).pathname}events/${id}`);

  // The arrow keys walk every row in date order; each is named by its title.
  await page.evaluate(() => document.querySelector<HTMLElement>(".list-area")!.scrollTo(0, 0));
  const links = eventList(page).getByRole("link");
  await links.first().focus();
  for (const [i, event] of model.events.entries()) {
    const focused = page.locator("a[data-event-id]:focus");
    await expect(focused).toHaveAttribute("data-event-id", event.id);
    await expect(focused).toHaveAccessibleName(new RegExp(escapeRegExp(event.title)));
    expect(await focused.evaluate((a) => a.parentElement?.getAttribute("aria-posinset"))).toBe(
      String(i + 1),
    );
    await page.keyboard.press("ArrowDown");
  }
});

test(`each of the story's ${ids.length} events is drawn on the timeline at "Show all", in every one of its lanes`, async ({
  page,
}) => {
  await page.goto(STORY_URL);
  await expect(chart(page).events().first()).toBeVisible();
  await page.getByRole("button", { name: "Show all" }).click();
  const lanes = chart(page).laneTitles();
  await expect(lanes).toHaveText(["Phases", ...model.actors.map((a) => a.name)]);

  /** Events drawn per lane, alone or in a cluster, with the lanes scrolled from top to bottom. */
  const drawn = () =>
    page.evaluate(async (vis) => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const left = document.querySelector<HTMLElement>(vis.laneScroller)!;
      const seen: Record<string, string[]> = {};
      for (let top = 0; ; top += left.clientHeight / 2) {
        left.scrollTop = top;
        await frame();
        await frame();
        // vis draws lanes as label rows and item rows in one order.
        const labels = [...document.querySelectorAll(vis.laneLabels)];
        const rows = [...document.querySelectorAll(vis.laneRows)];
        rows.forEach((row, i) => {
          const lane = labels[i]?.querySelector(".lane-title")?.textContent ?? "";
          const items = [...row.querySelectorAll<HTMLElement>(vis.rowEvent)].map(
            (item) => item.dataset.id!,
          );
          const clustered = [...row.querySelectorAll<HTMLElement>(vis.rowCluster)].flatMap(
            (cluster) => cluster.dataset.ids!.split(" "),
          );
          for (const id of [...items, ...clustered]) seen[id] = [...(seen[id] ?? []), lane];
        });
        for (const tint of document.querySelectorAll<HTMLElement>(vis.tint)) {
          const box = tint.getBoundingClientRect();
          const middle = box.top + box.height / 2;
          const label = labels.find((l) => {
            const r = l.getBoundingClientRect();
            return r.height > 0 && middle >= r.top && middle < r.bottom;
          });
          const lane = label?.querySelector(".lane-title")?.textContent;
          const id = tint.dataset.id!;
          if (lane && !seen[id]?.includes(lane)) seen[id] = [...(seen[id] ?? []), lane];
        }
        if (left.scrollTop + left.clientHeight >= left.scrollHeight - 1) return seen;
      }
    }, IN_PAGE);
  // vis draws and clusters over a few frames after the zoom: wait until every event is there.
  await expect
    .poll(async () => missing(Object.keys(await drawn())), { timeout: 15_000 })
    .toEqual([]);
  const seen = await drawn();
  for (const event of model.events) {
    const names = event.actors.map((id) => model.actorById.get(id)!.name);
    expect(new Set(seen[event.id]), event.id).toEqual(new Set(names));
  }
});

test.describe("share pages", () => {
  test.use({ javaScriptEnabled: false });

  test(`each of the story's ${ids.length} events has a share page with its title, date, summary and every quote with its speaker`, async ({
    page,
  }) => {
    for (const event of model.events) {
      const file = join(ROOT, OUT_DIR, "events", event.id, "index.html");
      const html = readFileSync(file, "utf8");
      // Escaped as HTML, so that text that looks like markup stays text.
      for (const text of [event.title, event.summary, ...event.quotes.map((q) => q.text)]) {
        expect(html, `${event.id}: ${text}`).toContain(escapeHtml(text));
      }
      // Read as a browser reads it, without JavaScript: the text is there, word for word.
      await page.setContent(html, { waitUntil: "domcontentloaded" });
      const article = page.locator("article");
      await expect(article.getByRole("heading", { level: 1 })).toHaveText(event.title);
      await expect(article.locator(".static-meta")).toContainText(readerDate(event));
      await expect(article).toContainText(event.summary);
      const figures = article.getByRole("figure");
      await expect(figures).toHaveCount(event.quotes.length);
      for (const [i, quote] of event.quotes.entries()) {
        await expect(figures.nth(i).locator("blockquote")).toHaveText(`“${quote.text}”`);
        await expect(figures.nth(i).locator("figcaption")).toContainText(quote.speaker);
      }
    }
  });
});
