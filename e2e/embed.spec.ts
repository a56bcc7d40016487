import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";
import { createServer } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { chart } from "./support/chart.ts";
import { FIXTURE_URL, STORY_URL } from "./urls.ts";

/**
 * The embed: `<base>embed/…` draws the timeline and the panel without the page around them, for an
 * iframe on another site. The host page here is served by the test itself at another origin, as a
 * news site's article would be.
 */

const TITLE = "A small fixture story";
const FIXTURE_DIR = `${process.env.OUT_DIR ?? "dist"}-fixture`;

/**
 * The host pages: a server of the test's own at another origin (localhost, where the app is at
 * 127.0.0.1). A real server, not a routed request: Chromium treats a routed page as public and
 * blocks its frames of a local address (Local Network Access), as it would not a news site's.
 */
const hostPages = new Map<string, string>();
let hostServer: Server | undefined;
let hostOrigin = "";

test.beforeAll(async () => {
  hostServer = createServer((request, response) => {
    const body = hostPages.get(request.url ?? "");
    response.writeHead(body === undefined ? 404 : 200, { "content-type": "text/html" });
    response.end(body ?? "Not found");
  });
  await new Promise<void>((resolve) => hostServer!.listen(0, "localhost", resolve));
  hostOrigin = `http://localhost:${(hostServer.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => hostServer?.close(resolve));
});

/** Opens a host page whose body is `body` (an iframe snippet, say); returns its address. */
async function openHost(page: Page, body: string): Promise<string> {
  const path = `/article-${hostPages.size + 1}`;
  hostPages.set(
    path,
    `<!doctype html><html lang="en"><title>Article</title><h1>An article</h1>${body}</html>`,
  );
  await page.goto(hostOrigin + path);
  return hostOrigin + path;
}

function iframe(src: string): string {
  return `<iframe src="${src}" title="${TITLE}" width="100%" height="600" style="border:0"></iframe>`;
}

/** The address the embed's frame is at now (it changes without a load when events are chosen). */
function frameUrl(page: Page): () => string | undefined {
  return () => page.mainFrame().childFrames()[0]?.url();
}

test("an embed page is the app's shell, kept out of search results, canonical to the full page", async ({
  request,
}) => {
  const response = await request.get(`${FIXTURE_URL}embed/events/conditions-set/`);
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain('<meta name="robots" content="noindex" />');
  expect(html).toContain('<link rel="canonical" href="/events/conditions-set/" />');
  expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/[^"]+\.js">/);
});

test("the embed loads in an iframe on another site: the event's panel, without the page's masthead", async ({
  page,
}) => {
  await openHost(page, iframe(`${FIXTURE_URL}embed/events/talks-open`));
  const frame = page.frameLocator(`iframe[title="${TITLE}"]`);
  const panel = frame.getByRole("region", { name: "Event details" });
  await expect(panel.getByRole("heading").first()).toHaveText("Talks open");
  await expect(chart(frame).copies("talks-open").first()).toBeVisible();
  // One line of chrome: the title and two controls; no search, no standfirst, no shortcuts.
  await expect(frame.getByRole("banner").getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(frame.getByRole("searchbox")).toHaveCount(0);
  await expect(frame.getByText("Four events in two lanes")).toHaveCount(0);
  await expect(frame.getByRole("button", { name: "Keyboard shortcuts" })).toHaveCount(0);
  // Only the full page offers embed code.
  await expect(panel.getByRole("button", { name: "Embed" })).toHaveCount(0);
  // The frame does not take the host page's focus.
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("BODY");
});

test("choosing events inside the embed changes the frame's address and history, not the host's", async ({
  page,
}) => {
  const host = await openHost(page, iframe(`${FIXTURE_URL}embed/events/talks-open`));
  const frame = page.frameLocator("iframe");
  const panel = frame.getByRole("region", { name: "Event details" });
  await expect(panel.getByRole("heading").first()).toHaveText("Talks open");

  await panel.getByRole("button", { name: "Next event" }).click();
  await expect(panel.getByRole("heading").first()).toHaveText("Conditions set out");
  await expect.poll(frameUrl(page)).toBe(`${FIXTURE_URL}embed/events/conditions-set`);

  await chart(frame).copies("evening-call").first().click();
  await expect(panel.getByRole("heading").first()).toHaveText("Evening call");
  await expect.poll(frameUrl(page)).toBe(`${FIXTURE_URL}embed/events/evening-call`);

  await page
    .mainFrame()
    .childFrames()[0]!
    .evaluate(() => history.back());
  await expect(panel.getByRole("heading").first()).toHaveText("Conditions set out");
  expect(page.url()).toBe(host);
});

test("a deep link into the embed reopens its view, and the list waits behind a toggle", async ({
  page,
}) => {
  await openHost(page, iframe(`${FIXTURE_URL}embed/events/evening-call?actors=north`));
  const frame = page.frameLocator("iframe");
  await expect(
    frame.getByRole("region", { name: "Event details" }).getByRole("heading").first(),
  ).toHaveText("Evening call");
  const toggle = frame.getByRole("button", { name: "Event list" });
  const list = frame.getByRole("list", { name: "Events" });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(list).toBeHidden();

  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  // The link's filter holds in the embed: North's four events.
  await expect(list.getByRole("link")).toHaveCount(4);
  await list.getByRole("link", { name: /Summit week/ }).click();
  await expect(
    frame.getByRole("region", { name: "Event details" }).getByRole("heading").first(),
  ).toHaveText("Summit week");
  await expect.poll(frameUrl(page)).toBe(`${FIXTURE_URL}embed/events/summit-week?actors=north`);
});

test("“Open full timeline” opens the embed's current view on the full page, in a new tab", async ({
  page,
  context,
}) => {
  await openHost(page, iframe(`${FIXTURE_URL}embed/events/talks-open?q=listen`));
  const frame = page.frameLocator("iframe");
  const panel = frame.getByRole("region", { name: "Event details" });
  await panel.getByRole("button", { name: "Next event" }).click();
  await expect(panel.getByRole("heading").first()).toHaveText("Conditions set out");

  const link = frame.getByRole("link", { name: /Open full timeline/ });
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(link).toHaveAttribute("href", "/events/conditions-set?q=listen");
  const [full] = await Promise.all([context.waitForEvent("page"), link.click()]);
  await expect(full).toHaveURL(`${FIXTURE_URL}events/conditions-set?q=listen`);
  await expect(full.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(full.getByRole("searchbox", { name: "Search events" })).toHaveValue("listen");
  await expect(
    full.getByRole("region", { name: "Event details" }).getByRole("heading").first(),
  ).toHaveText("Conditions set out");
  // The embed stays where it was.
  await expect.poll(frameUrl(page)).toBe(`${FIXTURE_URL}embed/events/conditions-set?q=listen`);
});

test("a source link in the embed opens in a new tab instead of replacing the embed", async ({
  page,
  context,
}) => {
  await context.route("https://example.org/**", (route) =>
    route.fulfill({ contentType: "text/html", body: "<title>Source</title>The source" }),
  );
  await openHost(page, iframe(`${FIXTURE_URL}embed/events/conditions-set`));
  const frame = page.frameLocator("iframe");
  const panel = frame.getByRole("region", { name: "Event details" });
  const source = panel.getByRole("link", { name: "Minister sets conditions for a pause" });
  const [opened] = await Promise.all([context.waitForEvent("page"), source.click()]);
  await expect(opened).toHaveURL("https://example.org/wire/conditions");
  await expect(panel.getByRole("heading").first()).toHaveText("Conditions set out");
  expect(frameUrl(page)()).toBe(`${FIXTURE_URL}embed/events/conditions-set`);
});

test("the Embed button gives the current view's iframe code, copies it, and the code works", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: FIXTURE_URL });
  const view = "events/conditions-set?from=2025-03-10&to=2025-03-20&actors=south";
  await page.goto(`${FIXTURE_URL}${view}`);
  const panel = page.getByRole("region", { name: "Event details" });
  await expect(panel.getByRole("heading").first()).toHaveText("Conditions set out");

  await panel.getByRole("button", { name: "Embed" }).click();
  const dialog = page.getByRole("dialog", { name: "Embed this view" });
  const code = dialog.getByRole("textbox", { name: "Embed code" });
  const src = `${FIXTURE_URL}embed/${view}`;
  await expect(code).toHaveValue(
    `<iframe src="${src.replaceAll("&", "&amp;")}" title="${TITLE}" width="100%" height="600"` +
      ` style="border:0" loading="lazy" allow="clipboard-write; web-share"></iframe>`,
  );
  await expect(code).toHaveAttribute("readonly", "");
  await dialog.getByRole("button", { name: "Copy embed code" }).click();
  await expect(dialog.getByRole("status")).toHaveText("Copied");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await code.inputValue());

  // Esc closes the dialog and leaves the panel open.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(panel).toBeVisible();

  // The copied code, pasted into another site's page, shows the same view.
  await openHost(page, copied);
  const frame = page.frameLocator(`iframe[title="${TITLE}"]`);
  await expect(
    frame.getByRole("region", { name: "Event details" }).getByRole("heading").first(),
  ).toHaveText("Conditions set out");
  await expect.poll(frameUrl(page)).toBe(src);
});

test("the start view offers the embed of the whole timeline", async ({ page }) => {
  await page.goto(FIXTURE_URL);
  await page.getByRole("button", { name: "Embed" }).click();
  await expect(
    page.getByRole("dialog", { name: "Embed this view" }).getByRole("textbox"),
  ).toHaveValue(new RegExp(`^<iframe src="${FIXTURE_URL}embed/" `));
});

test("an unknown event's embed address gets 404.html, and the embed says what is missing", async ({
  page,
}) => {
  // As a static host answers a path it has no file for.
  await page.route(`${FIXTURE_URL}embed/events/no-such-event`, (route) =>
    route.fulfill({ status: 404, path: `${FIXTURE_DIR}/404.html` }),
  );
  const response = await page.goto(`${FIXTURE_URL}embed/events/no-such-event`);
  expect(response?.status()).toBe(404);
  await expect(page.getByText("No event “no-such-event” in this timeline")).toBeVisible();
  await expect(page.getByRole("link", { name: /Open full timeline/ })).toHaveAttribute(
    "href",
    "/events/no-such-event",
  );
  await chart(page).copies("talks-open").first().click();
  await expect(page).toHaveURL(`${FIXTURE_URL}embed/events/talks-open`);
});

test("the embed works under the page's Content-Security-Policy without a violation", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`Content Security Policy: ${e.violatedDirective} blocked ${e.blockedURI}`);
    });
  });
  await page.goto(`${FIXTURE_URL}embed/events/talks-open`);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
  await chart(page).copies("evening-call").first().click();
  await page.getByRole("button", { name: "Event list" }).click();
  await page
    .getByRole("list", { name: "Events" })
    .getByRole("link", { name: /Talks open/ })
    .click();
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect(page).toHaveURL(/\/embed\/events\/talks-open\?from=/);
  expect(violations).toEqual([]);
});

test.describe("accessibility", () => {
  test.describe.configure({ timeout: 90_000 });

  async function axe(page: Page) {
    const results = await new AxeBuilder({ page }).analyze();
    return results.violations.map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => n.target) }));
  }

  test("the embed, wide with its list open, has no axe violations", async ({ page }) => {
    await page.setViewportSize({ width: 1000, height: 600 });
    await page.goto(`${FIXTURE_URL}embed/events/talks-open`);
    await page.getByRole("button", { name: "Event list" }).click();
    await expect(page.getByRole("list", { name: "Events" })).toBeVisible();
    await expect(chart(page).anything().first()).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });

  test("the embed, narrow, has no axe violations", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 600 });
    await page.goto(`${FIXTURE_URL}embed/events/talks-open`);
    await expect(page.getByRole("region", { name: "Event details" })).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });

  test("the Embed dialog has no axe violations", async ({ page }) => {
    await page.goto(`${FIXTURE_URL}events/talks-open`);
    await page.getByRole("button", { name: "Embed" }).click();
    await expect(page.getByRole("dialog", { name: "Embed this view" })).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });
});

test("in a phone-wide frame the bar gives the story's title a line of its own, above its two controls", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 600 });
  await page.goto(`${STORY_URL}embed/`);
  const bar = page.getByRole("banner");
  const title = bar.getByRole("heading", { level: 1 });
  await expect(title).toHaveText(/^The March 2025 ceasefire talks/);
  const titleBox = (await title.boundingBox())!;
  const barBox = (await bar.boundingBox())!;
  expect(titleBox.width).toBeGreaterThan(barBox.width * 0.85);
  for (const control of [
    bar.getByRole("button", { name: "Event list" }),
    bar.getByRole("link", { name: /Open full timeline/ }),
  ]) {
    await expect(control).toBeInViewport();
    expect((await control.boundingBox())!.y).toBeGreaterThanOrEqual(titleBox.y + titleBox.height);
  }
});
