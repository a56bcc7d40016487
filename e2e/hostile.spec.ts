import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";
import { SELECTED, chart } from "./support/chart.ts";
import { readFixture, serveUnvalidated } from "./support/served-build.ts";
import type { ServedBuild } from "./support/served-build.ts";
import { STORY_PORT } from "./urls.ts";

/**
 * The app over e2e/fixtures/hostile-story.json, built with validation switched off
 * (TIMELINE_UNSAFE_SKIP_VALIDATION=1), so every script-injection payload the validator would refuse
 * reaches the page. Nothing may run: no dialog, no page error, no `window.__pwned`, no CSP report
 * (which would mean markup got in and only the policy stopped it), no inline script or event
 * handler attribute, no javascript: or data: link; and the text must read literally.
 */

interface HostileStory {
  title: string;
  events: { id: string; title: string; quotes: { text: string }[] }[];
}

const FIXTURE = "e2e/fixtures/hostile-story.json";
const story = readFixture<HostileStory>(FIXTURE);
const PORT = STORY_PORT + 5;
const HOSTILE_URL = `http://127.0.0.1:${PORT}/`;

let served: ServedBuild | undefined;
let builtIndex = "";

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  served = await serveUnvalidated(FIXTURE, "hostile", PORT);
  builtIndex = served.index;
});

test.afterAll(() => served?.stop());

/** Listens for every sign that something ran or was blocked from running. */
async function watch(page: Page) {
  const signs: string[] = [];
  page.on("dialog", (dialog) => {
    signs.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => signs.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) signs.push(`CSP: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return signs;
}

/** What a payload would leave behind in the DOM had it been parsed as HTML. */
async function expectNothingInjected(page: Page, signs: string[]) {
  const builtScripts = [...builtIndex.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  expect(builtScripts.length).toBeGreaterThan(0);
  const found = await page.evaluate(() => {
    const elements = [...document.querySelectorAll("*")];
    return {
      pwned: "__pwned" in window,
      scripts: [...document.scripts].map((s) => s.getAttribute("src") ?? `inline: ${s.text}`),
      handlers: elements.flatMap((el) =>
        [...el.attributes]
          .filter((a) => a.name.toLowerCase().startsWith("on"))
          .map((a) => `<${el.localName} ${a.name}>`),
      ),
      embedded: elements
        .filter((el) => ["iframe", "object", "embed", "frame"].includes(el.localName))
        .map((el) => el.outerHTML.slice(0, 100)),
      links: [...document.querySelectorAll<HTMLAnchorElement>("a[href]")]
        .filter((a) => !/^https?:$/.test(a.protocol))
        .map((a) => a.getAttribute("href")),
      jsOrDataLinks: document.querySelectorAll('a[href^="javascript:" i], a[href^="data:" i]')
        .length,
    };
  });
  expect(signs).toEqual([]);
  expect(found).toEqual({
    pwned: false,
    scripts: builtScripts,
    handlers: [],
    embedded: [],
    links: [],
    jsOrDataLinks: 0,
  });
}

test("the hostile story's payloads read as text and none of them runs", async ({ page }) => {
  const signs = await watch(page);
  await page.goto(HOSTILE_URL);
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toBeVisible();
  expect(await heading.evaluate((h) => h.textContent)).toBe(story.title);
  expect(story.title).toContain("<script>");

  for (const event of story.events) {
    const item = chart(page).copies(event.id).first();
    await expect(item, `event ${event.id}`).toBeVisible();
    expect(await item.evaluate((el) => el.textContent)).toContain(event.title);
  }
  await expectNothingInjected(page, signs);
});

test("opening each hostile event shows its text literally and runs nothing", async ({ page }) => {
  const signs = await watch(page);
  await page.goto(HOSTILE_URL);
  for (const event of story.events) {
    const item = chart(page).copies(event.id).first();
    await item.click();
    await expect(item).toHaveClass(SELECTED);
    const panel = page.getByRole("region", { name: "Event details" });
    // The event panel is built separately; its checks run wherever it exists.
    if ((await panel.count()) > 0) {
      const title = panel.getByRole("heading").first();
      await expect(title).toBeVisible();
      expect(await title.evaluate((h) => h.textContent)).toBe(event.title);
      const quotes = panel.locator("figure blockquote");
      await expect(quotes).toHaveCount(event.quotes.length);
      for (const [i, quote] of event.quotes.entries()) {
        expect(await quotes.nth(i).evaluate((q) => q.textContent)).toContain(quote.text);
      }
    } else {
      test.info().annotations.push({ type: "note", description: "no Event details region yet" });
    }
    await expectNothingInjected(page, signs);
  }
});
