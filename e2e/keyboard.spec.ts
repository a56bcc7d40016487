import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import type { Locator } from "@playwright/test";
import { FIXTURE_URL } from "./urls.ts";

interface Fixture {
  events: { id: string; title: string; quotes: { text: string; speaker: string }[] }[];
}
const fixture = JSON.parse(
  readFileSync(new URL("./fixtures/small-story.json", import.meta.url), "utf8"),
) as Fixture;
const quoted = fixture.events.find((e) => e.quotes.length > 0)!;
const quote = quoted.quotes[0]!;

/** The focus ring is drawn: an outline (or a box shadow) is visible on the focused element. */
async function expectVisibleFocus(locator: Locator) {
  await expect(locator).toBeFocused();
  const ring = await locator.evaluate((el) => {
    const style = getComputedStyle(el);
    return { outline: style.outlineStyle, width: style.outlineWidth, shadow: style.boxShadow };
  });
  expect(
    (ring.outline !== "none" && ring.width !== "0px") || ring.shadow !== "none",
    `focus ring ${JSON.stringify(ring)}`,
  ).toBe(true);
}

test("a keyboard-only reader skips to the list, moves, opens an event, reads its quote and closes it", async ({
  page,
}) => {
  await page.goto(FIXTURE_URL);
  const list = page.getByRole("list", { name: "Events" });
  await expect(list.getByRole("link")).toHaveCount(fixture.events.length);
  const links = list.getByRole("link");

  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to the list of events" });
  await expectVisibleFocus(skip);
  await expect(skip).toBeInViewport();

  await page.keyboard.press("Enter");
  await expectVisibleFocus(links.nth(0));

  // Walk down to the quoted event with j and the arrow keys, and back up once with k.
  const target = await links.evaluateAll(
    (els, title) => els.findIndex((el) => el.textContent?.includes(title)),
    quoted.title,
  );
  expect(target).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < target; i++) await page.keyboard.press(i % 2 ? "ArrowDown" : "j");
  await page.keyboard.press("j");
  await page.keyboard.press("k");
  await expectVisibleFocus(links.nth(target));

  await page.keyboard.press("Enter");
  const panel = page.getByRole("region", { name: "Event details" });
  await expect(panel.getByRole("heading").first()).toHaveText(quoted.title);
  await expect(links.nth(target)).toHaveAttribute("aria-current", "true");
  const figure = panel.getByRole("figure").filter({ hasText: quote.speaker });
  await expect(figure.locator("blockquote")).toContainText(quote.text);
  await expect(figure.locator("figcaption")).toContainText(quote.speaker);

  await page.keyboard.press("Escape");
  await expect(panel.getByRole("heading", { name: quoted.title })).toHaveCount(0);
  await expect(links.nth(target)).not.toHaveAttribute("aria-current", "true");
  // Back where the reader was, ready to go on.
  await expectVisibleFocus(links.nth(target));
});

test("Tab reaches one item of the list; Home and End jump to its ends", async ({ page }) => {
  await page.goto(FIXTURE_URL);
  const links = page.getByRole("list", { name: "Events" }).getByRole("link");
  await expect(links).toHaveCount(fixture.events.length);
  await expect(links.and(page.locator('[tabindex="0"]'))).toHaveCount(1);
  await links.first().focus();
  await page.keyboard.press("End");
  await expectVisibleFocus(links.last());
  await page.keyboard.press("Home");
  await expectVisibleFocus(links.first());
});

test("/ goes to the search box and ? lists the shortcuts, which Esc closes", async ({ page }) => {
  await page.goto(FIXTURE_URL);
  await expect(page.getByRole("list", { name: "Events" })).toBeVisible();

  await page.keyboard.press("/");
  const search = page.getByRole("searchbox", { name: "Search events" });
  await expectVisibleFocus(search);
  await expect(search).toHaveValue("");
  // While typing, / and ? are text.
  await page.keyboard.type("a/b?");
  await expect(search).toHaveValue("a/b?");
  await expect(page.getByRole("dialog")).toHaveCount(0);

  await page.keyboard.press("Tab");
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  for (const key of ["/", "?", "j", "k", "Enter", "Esc", "+"]) {
    await expect(dialog.locator("kbd").getByText(key, { exact: true })).toBeVisible();
  }
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});
