import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";
import { chart } from "./support/chart.ts";
import { FIXTURE_URL, STORY_URL } from "./urls.ts";

// A full axe run over the timeline's DOM takes several seconds, more on a busy machine.
test.describe.configure({ timeout: 90_000 });

/** The WCAG 2.2 AA rules (every level up to it) and best practice. */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** Every axe rule, WCAG 2.2 AA and best practice alike; the page must have no violations. */
async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  // Short, readable failures: rule, impact and the offending nodes.
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    nodes: v.nodes.map((n) => n.target.join(" ")),
  }));
}

async function ready(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByRole("list", { name: "Events" })).toBeVisible();
  await expect(chart(page).anything().first()).toBeVisible();
}

async function openFirstEvent(page: Page) {
  const first = page.getByRole("list", { name: "Events" }).getByRole("link").first();
  await first.click();
  await expect(page.getByRole("region", { name: "Event details" })).toBeVisible();
}

for (const url of [FIXTURE_URL, STORY_URL]) {
  const story = url === FIXTURE_URL ? "the fixture story" : "the real story";

  test(`the start view of ${story} has no axe violations`, async ({ page }) => {
    await ready(page, url);
    expect(await violations(page)).toEqual([]);
  });

  test(`${story} with a search active has no axe violations`, async ({ page }) => {
    await ready(page, url);
    await page.getByRole("searchbox", { name: "Search events" }).fill("the");
    await expect(page.getByRole("list", { name: "Events" }).locator("mark").first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test(`${story} with an event's panel open has no axe violations`, async ({ page }) => {
    await ready(page, url);
    await openFirstEvent(page);
    expect(await violations(page)).toEqual([]);
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the start view and the open panel have no axe violations", async ({ page }) => {
    await ready(page, FIXTURE_URL);
    expect(await violations(page)).toEqual([]);
    await openFirstEvent(page);
    expect(await violations(page)).toEqual([]);
  });
});

test.describe("in dark mode", () => {
  test.use({ colorScheme: "dark" });

  test("the start view, a search and a filter have no axe violations", async ({ page }) => {
    await ready(page, FIXTURE_URL);
    expect(await violations(page)).toEqual([]);
    await page.getByRole("searchbox", { name: "Search events" }).fill("talks");
    await page.getByRole("button", { name: /^North/ }).click();
    await expect(page.getByRole("list", { name: "Events" }).locator("mark").first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test("the open panel has no axe violations", async ({ page }) => {
    await ready(page, FIXTURE_URL);
    await openFirstEvent(page);
    expect(await violations(page)).toEqual([]);
  });
});

/** The same, by the tags of WCAG 2.2 AA and best practice only. */
async function tagViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((v) => ({
    rule: v.id,
    nodes: v.nodes.map((n) => n.target.join(" ")),
  }));
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`the real story in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test("the start view, a search and the open panel have no WCAG 2.2 AA or best-practice violations", async ({
      page,
    }) => {
      await ready(page, STORY_URL);
      expect(await tagViolations(page)).toEqual([]);
      await page.getByRole("searchbox", { name: "Search events" }).fill("ceasefire");
      await expect(
        page.getByRole("list", { name: "Events" }).locator("mark").first(),
      ).toBeVisible();
      expect(await tagViolations(page)).toEqual([]);
      await page.getByRole("searchbox", { name: "Search events" }).fill("");
      await openFirstEvent(page);
      expect(await tagViolations(page)).toEqual([]);
    });

    test.describe("on a phone", () => {
      test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

      test("the start view and the open sheet have no WCAG 2.2 AA or best-practice violations", async ({
        page,
      }) => {
        await ready(page, STORY_URL);
        expect(await tagViolations(page)).toEqual([]);
        await page.goto(`${STORY_URL}events/putin-press-conference-ceasefire-nuances`);
        await expect(page.getByRole("region", { name: "Event details" })).toBeVisible();
        expect(await tagViolations(page)).toEqual([]);
      });
    });
  });
}

test("the page has one h1 and the banner, main, search and complementary landmarks", async ({
  page,
}) => {
  await ready(page, FIXTURE_URL);
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  for (const role of ["banner", "main", "search", "complementary"] as const) {
    await expect(page.getByRole(role), role).toHaveCount(1);
  }
  await expect(
    page.getByRole("banner").getByRole("searchbox", { name: "Search events" }),
  ).toBeVisible();
});
