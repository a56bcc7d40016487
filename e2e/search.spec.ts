import { existsSync, readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";
import { firstRowInView } from "./support/list-view.ts";
import { FIXTURE_URL, STORY_URL } from "./urls.ts";

interface StoryFile {
  events: {
    id: string;
    date: string;
    title: string;
    actors: string[];
    quotes: { text: string; speaker: string }[];
  }[];
}

const fixture = JSON.parse(
  readFileSync(new URL("./fixtures/small-story.json", import.meta.url), "utf8"),
) as StoryFile;

function resultCount(page: Page) {
  return page.getByRole("region", { name: "Chronology" }).getByRole("status");
}

const STORY_FILE = new URL("../data/events.json", import.meta.url);

test("typing a word's beginning narrows the list to the events that contain it, marked", async ({
  page,
}) => {
  await page.goto(FIXTURE_URL);
  const list = page.getByRole("list", { name: "Events" });
  await expect(list.getByRole("listitem")).toHaveCount(fixture.events.length);

  await page.getByRole("searchbox", { name: "Search events" }).fill("LISTE");
  // "We are here to listen." is quoted only in the event "Talks open".
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list.getByRole("link")).toContainText("Talks open");
  await expect(list.locator("mark")).toHaveText(["listen"]);
  await expect(resultCount(page)).toHaveText(`Showing 1 of ${fixture.events.length} events`);
  await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe("LISTE");
});

test("a query in the URL is searched on arrival", async ({ page }) => {
  await page.goto(`${FIXTURE_URL}?q=summit`);
  await expect(page.getByRole("searchbox", { name: "Search events" })).toHaveValue("summit");
  const links = page.getByRole("list", { name: "Events" }).getByRole("link");
  await expect(links).toHaveCount(1);
  await expect(links).toContainText("Summit week");
});

test("filtering by an actor updates the count, the chip and the URL", async ({ page }) => {
  await page.goto(FIXTURE_URL);
  const south = fixture.events.filter((e) => e.actors.includes("south"));
  const chip = page.getByRole("button", { name: /^South/ });
  await expect(chip).toHaveAttribute("aria-pressed", "false");

  await chip.click();

  await expect(chip).toHaveAttribute("aria-pressed", "true");
  await expect(resultCount(page)).toHaveText(
    `Showing ${south.length} of ${fixture.events.length} events`,
  );
  await expect(page.getByRole("list", { name: "Events" }).getByRole("listitem")).toHaveCount(
    south.length,
  );
  await expect.poll(() => new URL(page.url()).searchParams.get("actors")).toBe("south");

  // Search and filter combine: a word only North's events contain leaves nothing.
  await page.getByRole("searchbox", { name: "Search events" }).fill("summit");
  await expect(resultCount(page)).toHaveText(`Showing 0 of ${fixture.events.length} events`);
  await expect(page.getByText("No events match")).toBeVisible();

  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(resultCount(page)).toHaveText(`Showing all ${fixture.events.length} events`);
  await expect(page.getByRole("searchbox", { name: "Search events" })).toHaveValue("");
});

test("searching “nuances” finds Putin's 13 March press conference", async ({ page }) => {
  test.skip(!existsSync(STORY_FILE), "the real story (data/events.json) is not written yet");
  const story = JSON.parse(readFileSync(STORY_FILE, "utf8")) as StoryFile;
  const conference = story.events.filter(
    (e) =>
      e.date.startsWith("2025-03-13") &&
      e.quotes.some((q) => /putin/i.test(q.speaker) && /nuances/i.test(q.text)),
  );
  expect(conference, "the story quotes Putin's “nuances” on 13 March").toHaveLength(1);

  await page.goto(STORY_URL);
  await page.getByRole("searchbox", { name: "Search events" }).fill("nuances");
  const link = page
    .getByRole("list", { name: "Events" })
    .getByRole("link", { name: conference[0]!.title });
  await expect(link).toBeVisible();
  await expect(link.locator("mark").first()).toBeVisible();
});

test("the results are read from the window's first match, whole at the top of the list", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(STORY_URL);
  const list = page.getByRole("list", { name: "Events" });
  await expect(list.getByRole("link").first()).toBeAttached();
  /** The first row any of which is in the list's view, and how much of it is above the view. */
  const firstInView = async () => {
    const { above, label } = await firstRowInView(list);
    return { cut: Math.round(above) + 0, title: label ?? "" };
  };
  await page.getByRole("searchbox", { name: "Search events" }).fill("ceasefire");
  await expect(resultCount(page)).toHaveText(/^Showing 13 of /);
  // 11 March is the first match inside the first view's window (10 February to 19 March).
  await expect
    .poll(firstInView)
    .toEqual({ cut: 0, title: expect.stringMatching(/^11 Mar 2025, In Jeddah/) });
  await page.getByRole("searchbox", { name: "Search events" }).fill("");
  await expect(resultCount(page)).toHaveText(/^Showing all /);
  await expect
    .poll(firstInView)
    .toEqual({ cut: 0, title: expect.stringMatching(/^12 Feb 2025, Trump and Putin/) });
});
