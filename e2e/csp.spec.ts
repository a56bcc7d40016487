import { expect, test } from "@playwright/test";
import { SELECTED, chart } from "./support/chart.ts";
import { directives, recordViolations } from "./support/csp.ts";
import { FIXTURE_URL } from "./urls.ts";

/**
 * Every built page carries a Content-Security-Policy (a meta tag in index.html) that lets scripts
 * come only from the site itself. The app must work under it without a single violation.
 */

test("the page's policy allows scripts from the site itself and nothing else", async ({ page }) => {
  await page.goto(FIXTURE_URL);
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveCount(1);
  const policy = directives((await meta.getAttribute("content")) ?? "");
  expect(policy.get("script-src")).toEqual(["'self'"]);
  expect(policy.get("default-src")).toEqual(["'self'"]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("base-uri")).toEqual(["'self'"]);
  expect(policy.get("form-action")).toEqual(["'self'"]);
  expect(policy.get("img-src")).toEqual(["'self'", "data:"]);
  for (const values of policy.values()) {
    expect(values).not.toContain("'unsafe-eval'");
    expect(values).not.toContain("*");
  }
});

test("the app draws, selects, searches and zooms without a CSP violation", async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto(FIXTURE_URL);
  const item = chart(page).copies("talks-open").first();
  await expect(item).toBeVisible();
  await item.click();
  await expect(item).toHaveClass(SELECTED);
  // "listen" is quoted in one event only.
  await page.getByRole("searchbox", { name: "Search events" }).fill("listen");
  await expect(page.getByRole("list", { name: "Events" }).getByRole("listitem")).toHaveCount(1);
  await chart(page).centre().hover();
  await page.mouse.wheel(0, -400);
  await page.keyboard.press("Escape");
  expect(await violations()).toEqual([]);
});

test("the policy is enforced: an injected inline script is blocked and reported", async ({
  page,
}) => {
  const violations = await recordViolations(page);
  await page.goto(FIXTURE_URL);
  await expect(chart(page).events().first()).toBeVisible();
  const ran = await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__inlineRan = true";
    document.body.append(script);
    return "__inlineRan" in window;
  });
  expect(ran).toBe(false);
  await expect.poll(violations).toContainEqual(expect.stringContaining("script-src"));
});
