import { expect, test } from "@playwright/test";
import { chart } from "./support/chart.ts";
import { readFixture, serveUnvalidated } from "./support/served-build.ts";
import type { ServedBuild } from "./support/served-build.ts";
import { STORY_PORT } from "./urls.ts";

/**
 * vis-timeline keeps lanes in a plain object: an actor id `constructor` (a valid slug, which the
 * TimelineJS importer makes of a group "Constructor") or `__proto__` once took the page down. And
 * a lane's colour once reached vis as a style string, which vis splits on `;`. The fixture is built
 * with validation switched off, so the colour `red;background-image:url(…)` reaches the page.
 */

interface LaneStory {
  actors: { id: string; name: string }[];
  events: { id: string; title: string; actors: string[] }[];
}

const FIXTURE = "e2e/fixtures/lane-ids-story.json";
const story = readFixture<LaneStory>(FIXTURE);

let served: ServedBuild | undefined;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  served = await serveUnvalidated(FIXTURE, "lane-ids", STORY_PORT + 6);
});

test.afterAll(() => served?.stop());

test("actor ids such as constructor and __proto__ get their lanes, with no page error", async ({
  page,
}) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  await page.goto(served!.url);
  await expect(chart(page).laneTitles()).toHaveText(story.actors.map((a) => a.name));
  for (const event of story.events) {
    await expect(chart(page).copies(event.id), event.id).toHaveCount(event.actors.length);
    await expect(chart(page).item(event.id)).toContainText(event.title);
  }
  await chart(page).item("talks-open").click();
  await expect(
    page.getByRole("region", { name: "Event details" }).getByRole("heading").first(),
  ).toHaveText("Talks open");
  expect(errors).toEqual([]);
});

test("a colour that is not one adds no declaration to its lane or its items", async ({ page }) => {
  await page.goto(served!.url);
  await expect(chart(page).item("talks-open")).toBeVisible();
  const look = (el: Element) => ({
    color: getComputedStyle(el).getPropertyValue("--lane-color"),
    backgroundImage: getComputedStyle(el).backgroundImage,
    inline: /background|lane-color/.test(el.getAttribute("style") ?? ""),
  });
  // The hostile colour is dropped: no colour, no background image, nothing written inline.
  expect(await chart(page).laneLabel("Constructor").evaluate(look)).toEqual({
    color: "",
    backgroundImage: "none",
    inline: false,
  });
  // The Constructor lane's copy has nothing; Proto's has its colour, from the lane.
  const copies = chart(page).copies("talks-open");
  expect([await copies.nth(0).evaluate(look), await copies.nth(1).evaluate(look)]).toEqual([
    { color: "", backgroundImage: "none", inline: false },
    { color: "#2b6cb0", backgroundImage: "none", inline: false },
  ]);
});
