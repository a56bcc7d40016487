import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { chart } from "./support/chart.ts";
import { FIXTURE_URL } from "./urls.ts";

const fixture = JSON.parse(
  readFileSync(new URL("./fixtures/small-story.json", import.meta.url), "utf8"),
) as { title: string; events: { id: string; title: string }[] };

test("the production build draws every fixture event on the timeline", async ({ page }) => {
  await page.goto(FIXTURE_URL);
  await expect(page.getByRole("heading", { level: 1, name: fixture.title })).toBeVisible();
  for (const event of fixture.events) {
    const item = chart(page).copies(event.id).first();
    await expect(item, `event ${event.id}`).toBeVisible();
    await expect(item).toContainText(event.title);
  }
});
