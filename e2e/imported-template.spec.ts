import { execFileSync, spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";
import { dateTimeAttribute, readerDateShort } from "../src/core/dates.ts";
import { buildStoryModel } from "../src/core/story-model.ts";
import type { StoryModel } from "../src/core/story-model.ts";
import type { Story } from "../src/core/schema.ts";
import { IN_PAGE, chart } from "./support/chart.ts";
import { STORY_PORT } from "./urls.ts";

/**
 * TimelineJS stories, each imported with `npm run import:timelinejs`, built into a temporary folder
 * (TIMELINE_DATA, --outDir) and served on a port of its own: every event is in the list with the
 * date readers should see and drawn on the timeline at "Show all", and an event without a source
 * says so to readers. TimelineJS's eras template; its cosmo-mixed template, whose BCE years
 * (TimelineJS's -3500, "3500 BCE", written -3499) are kept and whose 4 cosmological dates are
 * refused; two stories written like a desk's, with local times and display dates; and one with
 * every date form TimelineJS has, a year of more than four digits (Y-14999) among them.
 */

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TEMPLATES = "node_modules/@knight-lab/timelinejs/src/template";

interface Imported {
  name: string;
  file: string;
  events: number;
  /** How many of them the file gives no source. */
  unsourced: number;
  /** Events as readers see them: [title, date shown in the panel, its datetime]. */
  shown: [title: string, date: string, datetime: string][];
}

const IMPORTS: Imported[] = [
  {
    name: "TimelineJS's eras template",
    file: `${TEMPLATES}/eras.json`,
    events: 20,
    unsourced: 1,
    shown: [],
  },
  {
    name: "TimelineJS's cosmo-mixed template, with BCE years",
    file: `${TEMPLATES}/cosmo-mixed.json`,
    events: 7,
    unsourced: 5,
    shown: [
      ["First Manufactured Glass", "3500 BCE", "-3499"],
      ["Euclid's Optica", "300 BCE", "-0299"],
      ["Ibn al-Haytham's Book of Optics", "1021", "1021"],
    ],
  },
  {
    name: "a story with a local time and a display date",
    file: "src/cli/import/fixtures/story.json",
    events: 4,
    unsourced: 1,
    shown: [["South answers the proposal", "Evening of 13 March", "2025-03-13T19:30"]],
  },
  {
    name: "a Russian story with a local time and display dates",
    file: "src/cli/import/fixtures/cyrillic.json",
    events: 5,
    unsourced: 3,
    shown: [
      ["Юг отвечает на предложение", "Ночь на 13 марта", "2025-03-12T21:30"],
      ["Бои продолжаются 🔥", "весна 2025", "2025-03"],
    ],
  },
  {
    name: "a story with BCE years, a year of more than four digits, local times and a display date",
    file: "src/cli/import/fixtures/dates.json",
    events: 7,
    unsourced: 0,
    shown: [
      ["Year -15000", "15,000 BCE", "-14999"],
      ["The Ides of March", "15 March 44 BCE", "-0043-03-15"],
      ["A night session", "13 March 2025, 21:30, local time", "2025-03-13T21:30"],
      ["A season", "Spring 2025", "2025-04"],
    ],
  },
];

test.describe.configure({ mode: "serial" });

/** Imports, builds and serves one story; the ports are two and more above the story's. */
function served(file: string, port: number) {
  const temp = mkdtempSync(join(tmpdir(), "imported-template-"));
  const storyFile = join(temp, "story.json");
  const tsx = join(ROOT, "node_modules/.bin/tsx");
  execFileSync(tsx, ["src/cli/import-timelinejs.ts", file, "--out", storyFile], {
    cwd: ROOT,
    stdio: "pipe",
  });
  const story = JSON.parse(readFileSync(storyFile, "utf8")) as Story;
  const vite = join(ROOT, "node_modules/.bin/vite");
  const env = { ...process.env, TIMELINE_DATA: storyFile, OUT_DIR: join(temp, "dist") };
  execFileSync(vite, ["build", "--emptyOutDir", "--logLevel", "warn"], {
    cwd: ROOT,
    env,
    stdio: "pipe",
  });
  const args = ["preview", "--outDir", join(temp, "dist"), "--port", String(port)];
  const server: ChildProcess = spawn(vite, [...args, "--strictPort", "--host", "127.0.0.1"], {
    cwd: ROOT,
    env,
    stdio: "ignore",
  });
  const close = () => {
    if (server.pid) process.kill(server.pid);
    rmSync(temp, { recursive: true, force: true });
  };
  return { story, url: `http://127.0.0.1:${port}/`, close };
}

async function answers(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer on ${url}`);
}

/** Each list row's date as shown and its datetime, by event id, the list scrolled through. */
function listDates(page: Page): Promise<Record<string, [string, string]>> {
  return page.evaluate(async () => {
    const area = document.querySelector<HTMLElement>(".list-area")!;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const seen: Record<string, [string, string]> = {};
    for (let top = 0; ; top += area.clientHeight / 2) {
      area.scrollTop = top;
      await frame();
      await frame();
      for (const a of document.querySelectorAll<HTMLAnchorElement>("a[data-event-id]")) {
        const time = a.querySelector("time")!;
        seen[a.dataset.eventId!] = [time.textContent ?? "", time.dateTime];
      }
      if (area.scrollTop + area.clientHeight >= area.scrollHeight - 1) return seen;
    }
  });
}

/** Events drawn alone or counted in a cluster, with the lanes scrolled from top to bottom. */
function drawnIds(page: Page): Promise<string[]> {
  return page.evaluate(async (vis) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const left = document.querySelector<HTMLElement>(vis.laneScroller)!;
    const seen = new Set<string>();
    for (let top = 0; ; top += left.clientHeight / 2) {
      left.scrollTop = top;
      await frame();
      await frame();
      for (const item of document.querySelectorAll<HTMLElement>(vis.event)) {
        seen.add(item.dataset.id!);
      }
      for (const cluster of document.querySelectorAll<HTMLElement>(vis.rowCluster)) {
        for (const id of cluster.dataset.ids!.split(" ")) seen.add(id);
      }
      if (left.scrollTop + left.clientHeight >= left.scrollHeight - 1) return [...seen];
    }
  }, IN_PAGE);
}

IMPORTS.forEach((imported, i) => {
  test.describe(imported.name, () => {
    let site: ReturnType<typeof served> | undefined;
    let model: StoryModel;
    let url = "";

    test.beforeAll(async () => {
      test.setTimeout(240_000);
      // Two above the story's port and up: inside the range each runner keeps for its own servers.
      site = served(imported.file, STORY_PORT + 2 + i);
      model = buildStoryModel(site.story);
      url = site.url;
      await answers(url);
    });

    test.afterAll(() => site?.close());

    test(`all ${imported.events} events are in the list, each with the date readers should see`, async ({
      page,
    }) => {
      await page.goto(url);
      await expect(
        page.getByRole("list", { name: "Events" }).getByRole("link").first(),
      ).toBeVisible();
      const seen = await listDates(page);
      expect(model.events).toHaveLength(imported.events);
      expect(model.events.filter((e) => e.sources.length === 0)).toHaveLength(imported.unsourced);
      expect(Object.keys(seen).sort()).toEqual(model.events.map((e) => e.id).sort());
      for (const event of model.events) {
        expect(seen[event.id], event.id).toEqual([
          readerDateShort(event),
          dateTimeAttribute(event.when),
        ]);
      }
    });

    test('every event is drawn on the timeline at "Show all"', async ({ page }) => {
      await page.goto(url);
      await expect(chart(page).events().first()).toBeVisible();
      await page.getByRole("button", { name: "Show all" }).click();
      const ids = model.events.map((e) => e.id);
      await expect
        .poll(
          async () => {
            const seen = new Set(await drawnIds(page));
            return ids.filter((id) => !seen.has(id));
          },
          { timeout: 15_000 },
        )
        .toEqual([]);
    });

    if (imported.unsourced > 0) {
      test('the panel of an event without a source says "No source cited"', async ({ page }) => {
        const unsourced = model.events.find((e) => e.sources.length === 0)!;
        const sourced = model.events.find((e) => e.sources.length > 0)!;
        await page.goto(`${url}events/${unsourced.id}`);
        const panel = page.getByRole("region", { name: "Event details" });
        await expect(panel.getByRole("heading").first()).toHaveText(unsourced.title);
        await expect(panel.getByText("No source cited")).toBeVisible();
        await page.goto(`${url}events/${sourced.id}`);
        await expect(panel.getByRole("heading").first()).toHaveText(sourced.title);
        await expect(panel.getByText("No source cited")).toHaveCount(0);
      });
    }

    for (const [title, date, datetime] of imported.shown) {
      test(`the panel of “${title}” shows ${date}, with datetime ${datetime}`, async ({ page }) => {
        const event = model.events.find((e) => e.title === title)!;
        await page.goto(`${url}events/${event.id}`);
        const panel = page.getByRole("region", { name: "Event details" });
        await expect(panel.getByRole("heading").first()).toHaveText(title);
        const time = panel.locator("time").first();
        await expect(time).toHaveText(date);
        await expect(time).toHaveAttribute("datetime", datetime);
      });
    }
  });
});
