import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";
import { SELECTED, chart } from "./support/chart.ts";
import { FIXTURE_URL } from "./urls.ts";

/**
 * Every built page carries a Content-Security-Policy (a meta tag in index.html) that lets scripts
 * come only from the site itself. The app must work under it without a single violation.
 */

/** Collects every CSP violation the page reports, as events and as console messages. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  const messages: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) messages.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, "__cspViolations", { value: seen });
    document.addEventListener("securitypolicyviolation", (e) => {
      seen.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile})`);
    });
  });
  return async () => [
    ...(await page.evaluate(
      () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
    )),
    ...messages,
  ];
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name!, values]),
  );
}

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
