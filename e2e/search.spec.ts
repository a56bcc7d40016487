import { existsSync, readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";
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
