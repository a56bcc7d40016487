import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { generateStory, storyText } from "../bench/generate-story.ts";
import { serveBuild } from "./support/served-build.ts";
import type { ServedBuild } from "./support/served-build.ts";
import { STORY_PORT } from "./urls.ts";

/**
 * A story past FLOW_LIMIT (use-virtual-rows.ts): the list renders only the rows on screen. When a
 * search moves the selected event's row, the list scrolls to it and renders the rows there in the
 * same commit that changed the list: no frame shows the list scrolled from the row, or scrolled
 * to rows not drawn yet (that took two more frames per keystroke at 10,000 events).
 */

// +2 to +9 are taken (urls.ts).
const PORT = STORY_PORT + 10;
const story = generateStory(1500);
const temp = mkdtempSync(join(tmpdir(), "long-list-"));
let served: ServedBuild | undefined;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const file = join(temp, "story.json");
  writeFileSync(file, storyText(story));
  served = await serveBuild({ data: file, outDir: join(temp, "dist"), port: PORT });
});

test.afterAll(() => {
  served?.stop();
  rmSync(temp, { recursive: true, force: true });
});

/**
 * A word of the titles and a late event whose title has it, with at least twenty events whose
 * text has it after it: the search moves its row from far down the list to a place the list,
 * shortened, does not show, so the list must scroll to it.
 */
function wordAndEvent(): { word: string; eventId: string } {
  const texts = story.events.map((event) => JSON.stringify(event).toLowerCase());
  const wordsOf = (title: string) => [...new Set(title.toLowerCase().match(/[a-z]{6,}/g) ?? [])];
  for (let i = Math.floor(story.events.length * 0.6); i < story.events.length; i++) {
    for (const word of wordsOf(story.events[i]?.title ?? "")) {
      const matches = texts.filter((t) => t.includes(word)).length;
      const before = texts.slice(0, i).filter((t) => t.includes(word)).length;
      if (matches >= 40 && matches - before >= 20) {
        return { word, eventId: story.events[i]?.id ?? "" };
      }
    }
  }
  throw new Error("no title word of the generated story fits");
}

test("as a search narrows, key by key, the list keeps the selected row in view in every commit", async ({
  page,
}) => {
  const { word, eventId } = wordAndEvent();
  await page.goto(`${served?.url ?? ""}events/${eventId}`);
  const row = page.locator(`#list-item-${eventId}`);
  await expect(row).toBeInViewport();

  // After every DOM change of the list (a MutationObserver runs once the changing task is done,
  // before the browser paints): whether the selected row lies inside the list's scroll area.
  await page.evaluate((id) => {
    const list = document.getElementById("events-list") as HTMLElement;
    const w = window as unknown as { outOfView: string[]; commits: number };
    w.outOfView = [];
    w.commits = 0;
    let area: HTMLElement | null = list.parentElement;
    while (area && !/auto|scroll/.test(getComputedStyle(area).overflowY)) area = area.parentElement;
    new MutationObserver(() => {
      w.commits++;
      const view = area?.getBoundingClientRect() ?? new DOMRect(0, 0, innerWidth, innerHeight);
      const top = view.top + (area ? parseFloat(getComputedStyle(area).scrollPaddingTop) || 0 : 0);
      const box = document
        .getElementById(`list-item-${id}`)
        ?.closest("li")
        ?.getBoundingClientRect();
      if (box && (box.top < top - 1 || box.bottom > view.bottom + 1)) {
        const query = (document.querySelector("input[type=search]") as HTMLInputElement).value;
        w.outOfView.push(
          `"${query}": row at ${Math.round(box.top - top)} px in a ${Math.round(view.bottom - top)} px view`,
        );
      }
    }).observe(list, { subtree: true, childList: true, attributes: true, characterData: true });
  }, eventId);

  const box = page.getByRole("searchbox", { name: "Search events" });
  await box.click();
  // One key at a time, as a reader types: each narrows the list and moves the selected row.
  await box.pressSequentially(word, { delay: 150 });
  const status = page.getByRole("region", { name: "Chronology" }).getByRole("status");
  await expect(status).toHaveText(/^Showing \d+ of 1,500 events$/);
  await expect(row).toBeInViewport();
  const { outOfView, commits } = await page.evaluate(() => {
    const w = window as unknown as { outOfView: string[]; commits: number };
    return { outOfView: w.outOfView, commits: w.commits };
  });
  // The observer saw the list change as the query narrowed.
  expect(commits).toBeGreaterThanOrEqual(3);
  expect(outOfView).toEqual([]);
});
