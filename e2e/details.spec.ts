import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";
import { FIXTURE_URL } from "./urls.ts";

/**
 * The start page loads the story's brief; the quotes, sources and accounts come in a chunk of
 * their own once the app has started (src/core/story-details.ts). Nothing is lost meanwhile.
 */

const DETAILS = /story-details-[\w-]+\.js$/;

/** Holds the story's details back until the returned function is called. */
async function holdDetails(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(DETAILS, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

const panel = (page: Page) => page.getByRole("region", { name: "Event details" });

test("the data the start page loads holds no quote; the details chunk does", () => {
  const outDir = `${process.env.OUT_DIR ?? "dist"}-fixture`;
  const html = readFileSync(join(outDir, "index.html"), "utf8");
  const loaded = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  expect(loaded.length).toBeGreaterThan(0);
  // "We are here to listen." is quoted in the fixture's event "Talks open".
  for (const file of loaded) {
    expect(readFileSync(join(outDir, file), "utf8"), file).not.toContain("here to listen");
  }
  const details = readdirSync(join(outDir, "assets")).filter((f) => DETAILS.test(f));
  expect(details).toHaveLength(1);
  expect(readFileSync(join(outDir, "assets", details[0]!), "utf8")).toContain("here to listen");
});

test("an event opened before its quotes arrive shows its title, summary and note, and says so", async ({
  page,
}) => {
  const release = await holdDetails(page);
  await page.goto(FIXTURE_URL);
  await page
    .getByRole("list", { name: "Events" })
    .getByRole("link", { name: /Conditions set out/ })
    .click();
  const details = panel(page);
  await expect(details.getByRole("heading").first()).toHaveText("Conditions set out");
  await expect(details.getByText("South names its conditions for a pause")).toBeVisible();
  await expect(details.getByText("Editor’s note:")).toBeVisible();
  await expect(details.getByRole("status")).toHaveText("Loading quotes and sources…");
  await expect(details.getByRole("figure")).toHaveCount(0);
  release();
  await expect(details.getByRole("figure")).toHaveCount(2);
  await expect(details.getByRole("heading", { name: "Sources" })).toBeVisible();
  await expect(details.getByText("Loading quotes and sources…")).toHaveCount(0);
});

test("a search typed before the details arrive finds the words of quotes once they do", async ({
  page,
}) => {
  const release = await holdDetails(page);
  await page.goto(FIXTURE_URL);
  await page.getByRole("searchbox", { name: "Search events" }).fill("LISTE");
  const list = page.getByRole("list", { name: "Events" });
  // Only a quote says it: the brief alone finds nothing.
  await expect(list.getByRole("link")).toHaveCount(0);
  release();
  await expect(list.getByRole("link")).toHaveCount(1);
  await expect(list.getByRole("link")).toContainText("Talks open");
  await expect(list.locator(".row-snippet")).toContainText("Quote:");
});

test("when the details cannot load, the panel says so and the rest of the page works", async ({
  page,
}) => {
  await page.route(DETAILS, (route) => route.abort());
  await page.goto(`${FIXTURE_URL}events/conditions-set`);
  const details = panel(page);
  await expect(details.getByRole("heading").first()).toHaveText("Conditions set out");
  await expect(details.getByRole("status")).toHaveText(
    "The quotes and sources could not be loaded. Check the connection and reload the page.",
  );
  await details.getByRole("button", { name: /^Next event/ }).click();
  await expect(details.getByRole("heading").first()).toHaveText("Evening call");
  await page.getByRole("searchbox", { name: "Search events" }).fill("summit");
  await expect(page.getByRole("list", { name: "Events" }).getByRole("link")).toHaveCount(1);
});
