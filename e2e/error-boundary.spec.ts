import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";
import { chart } from "./support/chart.ts";
import { FIXTURE_URL } from "./urls.ts";

/**
 * When rendering fails, the reader sees a message and a reload link, not a white page. The failure
 * is one that happens to readers: the timeline's code (a chunk of its own, loaded after the page)
 * does not arrive, as on a dropped connection or after a deploy that removed the old files. The
 * test blocks that request; nothing in the app is switched or mocked.
 */

const TIMELINE_CHUNK = /\/assets\/event-timeline-[^/]*\.js$/;

/** Console errors, except the browser's own line about the request the test blocked. */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    if (message.text().startsWith("Failed to load resource")) return;
    errors.push(message.text());
  });
  return errors;
}

test("when the timeline's code cannot load, a message with a reload link replaces the page", async ({
  page,
}) => {
  const errors = consoleErrors(page);
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  let blocked = 0;
  await page.route(TIMELINE_CHUNK, (route) => {
    blocked++;
    return route.abort("connectionfailed");
  });
  await page.goto(`${FIXTURE_URL}events/talks-open`);

  await expect(page.getByRole("heading", { level: 1, name: "Something went wrong" })).toBeVisible();
  await expect(page.getByText("loading the page again usually brings it back")).toBeVisible();
  const reload = page.getByRole("link", { name: "Reload the timeline" });
  await expect(reload).toHaveAttribute("href", new URL(FIXTURE_URL).pathname);
  expect(blocked).toBeGreaterThan(0);
  // Not a white page: the message is the page's visible text, and nothing of the half-built app.
  await expect(page.locator("#root")).toHaveText(/^Something went wrong.*Reload the timeline$/s);
  await expect(page.getByRole("list", { name: "Events" })).toHaveCount(0);
  // The error is reported once (by React), and nothing escapes as an uncaught error.
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(/dynamically imported module|event-timeline/);
  expect(pageErrors).toEqual([]);

  // The link brings the timeline back once its code can load.
  await page.unroute(TIMELINE_CHUNK);
  await reload.click();
  await expect(page).toHaveURL(FIXTURE_URL);
  await expect(chart(page).copies("talks-open").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Something went wrong" })).toHaveCount(0);
});
