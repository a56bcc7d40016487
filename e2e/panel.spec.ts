import { expect, test } from "@playwright/test";
import { START_PANEL } from "./support/start-panel.ts";
import { FIXTURE_URL, STORY_URL } from "./urls.ts";

/** The fixture's events in date order, as the panel walks them. */
const IN_DATE_ORDER = [
  "Offensive in March",
  "Talks open",
  "Conditions set out",
  "Evening call",
  "Summit week",
];

test("a deep link opens the event: date, place, actors, summary, note, quotes, accounts, sources", async ({
  page,
}) => {
  await page.goto(`${FIXTURE_URL}events/conditions-set`);
  const panel = page.getByRole("region", { name: "Event details" });
  const title = panel.getByRole("heading").first();
  await expect(title).toHaveText("Conditions set out");
  await expect(title).toBeFocused();
  await expect(page).toHaveTitle("Conditions set out · A small fixture story");

  await expect(panel.locator("time").first()).toHaveText("15 March 2025");
  await expect(panel.locator("time").first()).toHaveAttribute("datetime", "2025-03-15");
  await expect(panel.getByText("Vienna")).toBeVisible();
  await expect(panel.getByRole("list", { name: "Actors" }).getByRole("listitem")).toHaveText([
    "South",
    "North",
  ]);
  await expect(panel.getByText("South names its conditions for a pause")).toBeVisible();
  await expect(panel.getByText("Editor’s note:")).toBeVisible();

  const quotes = panel.getByRole("figure");
  await expect(quotes).toHaveCount(2);
  const first = quotes.first();
  await expect(first.locator("blockquote")).toHaveText(
    "A pause is possible, but there are conditions.",
  );
  const caption = first.locator("figcaption");
  await expect(caption).toContainText("B. Minister, Foreign Minister of South, 15 March 2025");
  await expect(caption).toContainText("Translated from Russian.");
  await expect(caption.getByRole("link", { name: "Fixture Wire" })).toHaveAttribute(
    "href",
    "https://example.org/wire/conditions",
  );
  await expect(caption).toContainText(
    "Some reports give this as: “A pause is possible, with conditions.”",
  );
  // The second quote is in its original language and says nothing of a translation.
  await expect(quotes.nth(1).locator("figcaption")).not.toContainText("Translated");
  await expect(quotes.nth(1).locator("blockquote")).toHaveAttribute("lang", "en");

  const accounts = panel.locator(".account");
  await expect(accounts).toHaveCount(2);
  await expect(accounts.first()).toContainText("North");
  await expect(accounts.first()).toContainText("North says the conditions amount to a refusal.");
  await expect(accounts.first().getByRole("link")).toHaveText("The Fixture Gazette");
  // Side by side on a wide screen.
  const [a, b] = [(await accounts.nth(0).boundingBox())!, (await accounts.nth(1).boundingBox())!];
  expect(Math.abs(a.y - b.y)).toBeLessThan(2);
  expect(b.x).toBeGreaterThan(a.x + a.width - 1);

  const sources = panel.locator("ol.sources > li");
  await expect(sources).toHaveCount(2);
  await expect(sources.first()).toHaveText(
    "Fixture Wire: Minister sets conditions for a pause, 15 March 2025",
  );
  await expect(
    sources.first().getByRole("link", { name: "Minister sets conditions for a pause" }),
  ).toHaveAttribute("href", "https://example.org/wire/conditions");
});

test("Previous and Next walk every event in date order, moving focus to each new title", async ({
  page,
}) => {
  await page.goto(`${FIXTURE_URL}events/march-offensive`);
  const panel = page.getByRole("region", { name: "Event details" });
  const title = panel.getByRole("heading").first();
  await expect(title).toHaveText(IN_DATE_ORDER[0]!);
  await expect(panel.getByRole("button", { name: "Previous event" })).toHaveAttribute(
    "aria-disabled",
    "true",
  );

  const next = panel.getByRole("button", { name: "Next event" });
  await expect(next).toContainText(IN_DATE_ORDER[1]!);
  for (const expected of IN_DATE_ORDER.slice(1)) {
    await next.click();
    await expect(title).toHaveText(expected);
    // The reader (and a screen reader) goes on from the new event's title.
    await expect(title).toBeFocused();
  }
  await expect(next).toHaveAttribute("aria-disabled", "true");
  await expect(page).toHaveURL(/\/events\/summit-week$/);
  // At the end, the button does nothing, and is no stop for Tab.
  await expect(next).toBeDisabled();
  await expect(title).toHaveText("Summit week");

  const previous = panel.getByRole("button", { name: "Previous event" });
  await expect(previous).toContainText("Evening call");
  await previous.press("Enter");
  await expect(title).toHaveText("Evening call");
  await expect(title).toBeFocused();
});

test("Close and Esc close the panel and give focus back to the list item that opened it", async ({
  page,
}) => {
  await page.goto(FIXTURE_URL);
  const link = page.getByRole("list", { name: "Events" }).getByRole("link", { name: /Talks open/ });
  const panel = page.getByRole("region", { name: "Event details" });

  await link.click();
  await expect(panel.getByRole("heading").first()).toBeFocused();
  await panel.getByRole("button", { name: "Close" }).click();
  await expect(panel).toHaveCount(0);
  await expect(page.getByRole("region", { name: START_PANEL })).toBeVisible();
  await expect(link).toBeFocused();
  await expect(page).toHaveURL(FIXTURE_URL);

  await link.press("Enter");
  await expect(panel.getByRole("heading").first()).toHaveText("Talks open");
  await page.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);
  await expect(link).toBeFocused();
});

test("Esc in the search box is the search box's, not the panel's", async ({ page }) => {
  await page.goto(`${FIXTURE_URL}events/talks-open`);
  const panel = page.getByRole("region", { name: "Event details" });
  await expect(panel).toBeVisible();
  await page.getByRole("searchbox", { name: "Search events" }).press("Escape");
  await expect(panel).toBeVisible();
});

test.describe("quote links", () => {
  // Short enough that the second quote starts below the panel's fold.
  test.use({ viewport: { width: 1280, height: 600 } });

  test("#quote-2 scrolls to the second quote and highlights it", async ({ page }) => {
    await page.goto(`${FIXTURE_URL}events/conditions-set#quote-2`);
    const quotes = page.getByRole("region", { name: "Event details" }).getByRole("figure");
    const second = quotes.nth(1);
    await expect(second).toHaveAttribute("id", "quote-2");
    await expect(second).toHaveAttribute("data-targeted", "");
    await expect(second).toBeInViewport();
    await expect(quotes.first()).not.toHaveAttribute("data-targeted");

    // Each quote links to itself.
    await quotes.first().getByRole("link", { name: "Link to this quote" }).click();
    await expect(page).toHaveURL(/\/events\/conditions-set#quote-1$/);
    await expect(quotes.first()).toHaveAttribute("data-targeted", "");
    await expect(second).not.toHaveAttribute("data-targeted");
  });

  test("Copy quote copies the words with speaker, role, date and source", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(`${FIXTURE_URL}events/conditions-set`);
    const first = page.getByRole("region", { name: "Event details" }).getByRole("figure").first();
    await first.getByRole("button", { name: "Copy quote" }).click();
    await expect(first.getByRole("status")).toHaveText("Quote copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      "“A pause is possible, but there are conditions.” — B. Minister, Foreign Minister of South, " +
        "15 March 2025 (translated from Russian). Fixture Wire: https://example.org/wire/conditions",
    );
  });
});

test("the panel of the 13 March Kellogg report shows where each of its links really goes", async ({
  page,
}) => {
  await page.goto(`${STORY_URL}events/nbc-kremlin-did-not-want-kellogg-at-talks`);
  const panel = page.getByRole("region", { name: "Event details" });
  await expect(panel.getByRole("heading").first()).toContainText("Kellogg");
  const sources = panel.locator("ol.sources > li");
  // NBC News links to its own site; the copies once cited in its place are named by their sites.
  const nbc = sources.filter({ hasText: "NBC News" });
  await expect(nbc).toHaveCount(1);
  await expect(nbc.locator(".source-publisher")).toHaveText("NBC News");
  await expect(nbc.getByRole("link").first()).toHaveAttribute(
    "href",
    /^https:\/\/www\.nbcnews\.com\//,
  );
  await expect(nbc.getByRole("link", { name: "copy at libreddit.marty.tf" })).toHaveAttribute(
    "href",
    /^https:\/\/libreddit\.marty\.tf\//,
  );
  await expect(nbc.getByRole("link", { name: "copy at megalodon.jp" })).toHaveAttribute(
    "href",
    /^https:\/\/megalodon\.jp\//,
  );
  // A Reuters story on a newspaper's site says whose site it is.
  await expect(sources.filter({ hasText: "Reuters" }).locator(".source-publisher")).toHaveText(
    "Reuters, republished by adaderana.lk",
  );
  // Every link in the panel labelled plainly "NBC News" opens NBC News's own site.
  const plain = panel.getByRole("link", { name: "NBC News", exact: true });
  expect(await plain.count()).toBeGreaterThan(0);
  for (const link of await plain.all()) {
    await expect(link).toHaveAttribute("href", /^https:\/\/www\.nbcnews\.com\//);
  }
});
