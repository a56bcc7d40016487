import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";
import { chart } from "./support/chart.ts";
import { START_PANEL } from "./support/start-panel.ts";
import { FIXTURE_URL } from "./urls.ts";

const HOUR = 3_600_000;

/** Every page error and console error, except the browser asking for a favicon the app lacks. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() !== "error" && message.type() !== "warning") return;
    if (message.location().url.endsWith("/favicon.ico")) return;
    errors.push(`console ${message.type()}: ${message.text()}`);
  });
  return errors;
}

/** The visible window the URL records, as instants read in the test's zone (the page's too). */
function windowInUrl(page: Page): { start: number; end: number } | undefined {
  const params = new URL(page.url()).searchParams;
  const [from, to] = [params.get("from"), params.get("to")];
  if (!from || !to) return undefined;
  const instant = (s: string) => {
    const [date = "", time = "00:00"] = s.split("T");
    const [y, m, d] = date.split("-").map(Number) as [number, number, number];
    const [h, min] = time.split(":").map(Number) as [number, number];
    return new Date(y, m - 1, d, h, min).getTime();
  };
  return { start: instant(from), end: instant(to) };
}

const panel = (page: Page) => page.getByRole("region", { name: "Event details" });
const panelTitle = (page: Page) => panel(page).getByRole("heading").first();

test("selecting pushes history: Back and Forward restore the selection", async ({ page }) => {
  await page.goto(FIXTURE_URL);
  await page
    .getByRole("list", { name: "Events" })
    .getByRole("link", { name: /Talks open/ })
    .click();
  await expect(page).toHaveURL(`${FIXTURE_URL}events/talks-open`);
  await panel(page).getByRole("button", { name: "Next event" }).click();
  await expect(page).toHaveURL(`${FIXTURE_URL}events/conditions-set`);
  await expect(panelTitle(page)).toHaveText("Conditions set out");

  await page.goBack();
  await expect(page).toHaveURL(`${FIXTURE_URL}events/talks-open`);
  await expect(panelTitle(page)).toHaveText("Talks open");
  await expect(
    page.getByRole("list", { name: "Events" }).getByRole("link", { name: /Talks open/ }),
  ).toHaveAttribute("aria-current", "true");

  await page.goBack();
  await expect(page).toHaveURL(FIXTURE_URL);
  await expect(panel(page)).toHaveCount(0);
  await expect(page.getByRole("region", { name: START_PANEL })).toBeVisible();

  await page.goForward();
  await expect(panelTitle(page)).toHaveText("Talks open");
  await page.goForward();
  await expect(panelTitle(page)).toHaveText("Conditions set out");
});

test("a link's from and to set the timeline's window; zooming replaces them, and Back restores", async ({
  page,
}) => {
  // 5–9 March: far from the story's focus (all of March), so the default view cannot pass.
  await page.goto(`${FIXTURE_URL}events/talks-open?from=2025-03-05&to=2025-03-09`);
  await expect(panelTitle(page)).toHaveText("Talks open");
  const linked = windowInUrl(page)!;
  const centre = (w: { start: number; end: number }) => (w.start + w.end) / 2;
  const span = (w: { start: number; end: number }) => w.end - w.start;

  // Zooming keeps the centre: the window now in the URL was drawn around the linked one.
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect.poll(() => span(windowInUrl(page) ?? linked)).toBeLessThan(span(linked) * 0.9);
  const zoomed = windowInUrl(page)!;
  expect(Math.abs(centre(zoomed) - centre(linked))).toBeLessThan(2 * HOUR);
  // Zooming replaced the entry rather than adding one.
  await expect(page).toHaveURL(/\/events\/talks-open\?from=/);

  // A new selection is a new entry; Back returns to the zoomed window.
  await page
    .getByRole("list", { name: "Events" })
    .getByRole("link", { name: /Summit week/ })
    .click();
  await expect(panelTitle(page)).toHaveText("Summit week");
  await page.goBack();
  await expect(panelTitle(page)).toHaveText("Talks open");
  expect(windowInUrl(page)).toEqual(zoomed);
  await page.getByRole("button", { name: "Zoom out" }).click();
  await expect.poll(() => span(windowInUrl(page) ?? zoomed)).toBeGreaterThan(span(zoomed) * 1.1);
  expect(Math.abs(centre(windowInUrl(page)!) - centre(zoomed))).toBeLessThan(2 * HOUR);
});

test("an unknown event id says so, and the timeline and the list still work", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`${FIXTURE_URL}events/no-such-event`);
  await expect(page.getByText("No event “no-such-event” in this timeline")).toBeVisible();
  await expect(chart(page).copies("talks-open").first()).toBeVisible();
  const links = page.getByRole("list", { name: "Events" }).getByRole("link");
  await expect(links).toHaveCount(5);

  await links.filter({ hasText: "Evening call" }).click();
  await expect(panelTitle(page)).toHaveText("Evening call");
  await expect(page).toHaveURL(`${FIXTURE_URL}events/evening-call`);
  await page.goBack();
  await expect(page.getByText("No event “no-such-event” in this timeline")).toBeVisible();
  expect(errors).toEqual([]);
});

const MALFORMED: Record<string, string> = {
  "a from after its to": "from=2025-03-20&to=2025-03-01",
  "dates that do not exist": "from=2025-13-45&to=2025-02-30",
  "numbers and words for dates": "from=99999-01-01&to=1e400",
  "an hour 25": "from=2025-03-01T25:61&to=2025-03-02",
  "actors and tags that are not slugs": "actors=%3Cscript%3E,,&tags=%ZZ",
  "a malformed escape and an oversized parameter": `q=%E0%A4%A&x=${"y".repeat(600)}`,
};

for (const [name, query] of Object.entries(MALFORMED)) {
  test(`a link with ${name} opens its event, ignoring them, with nothing in the console`, async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.goto(`${FIXTURE_URL}events/talks-open?${query}`);
    await expect(panelTitle(page)).toHaveText("Talks open");
    await expect(page.getByRole("searchbox", { name: "Search events" })).toHaveValue("");
    await expect(page.getByRole("list", { name: "Events" }).getByRole("link")).toHaveCount(5);
    await expect(chart(page).copies("summit-week").first()).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test("actors a story does not have are dropped, not obeyed", async ({ page }) => {
  await page.goto(`${FIXTURE_URL}?actors=nobody,north`);
  await expect(page.getByRole("button", { name: /^North/ })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(page.getByRole("list", { name: "Events" }).getByRole("link")).toHaveCount(4);
});

test("markup in an unknown id is shown as text", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`${FIXTURE_URL}events/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E`);
  await expect(
    page.getByText("No event “<img src=x onerror=alert(1)>” in this timeline"),
  ).toBeVisible();
  expect(errors).toEqual([]);
});

test.describe("Share", () => {
  test("copies the link of the current view where there is no share sheet, and says so", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, "share", { value: undefined });
    });
    await page.goto(`${FIXTURE_URL}events/evening-call?from=2025-03-15&to=2025-03-22&q=call`);
    await panel(page).getByRole("button", { name: "Share" }).click();
    await expect(panel(page).getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${FIXTURE_URL}events/evening-call?from=2025-03-15&to=2025-03-22&q=call`,
    );
  });

  test("hands the link to the system share sheet where there is one", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, "share", {
        value: (data: ShareData) => {
          (window as unknown as { shared: ShareData }).shared = data;
          return Promise.resolve();
        },
      });
    });
    await page.goto(`${FIXTURE_URL}events/talks-open`);
    await panel(page).getByRole("button", { name: "Share" }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared?: ShareData }).shared))
      .toEqual({ url: `${FIXTURE_URL}events/talks-open`, title: "Talks open" });
    await expect(panel(page).getByText("Link copied")).toHaveCount(0);
  });
});
