import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";
import { fuzzLinks } from "./url-fuzzer.ts";
import { IN_PAGE, chart } from "./support/chart.ts";
import { FIXTURE_URL } from "./urls.ts";

/**
 * 1,000 deterministic hostile links (e2e/url-fuzzer.ts) against the fixture story. Each must leave
 * a working page: no page error, nothing in the console, timeline items drawn, the list "Events"
 * there, and nothing run (`window.__pwned`). Most are followed inside one loaded page the way Back
 * and Forward are: the URL changes (pushState) and a popstate event makes the app read it, through
 * the same parseViewUrl(location) as a fresh load (src/app/address-bar.ts: readView, onHistoryChange).
 * Some are opened as real page loads, through the server and the app's start-up.
 */

const LINKS = 1_000;
const PAGE_LOADS = 20;
const BATCH = 50;
/** Links followed between two frames (vis-timeline's drawing costs 30–300 ms a frame here). */
const DRAW_EVERY = 25;

const TITLES: Record<string, string> = {
  "talks-open": "Talks open",
  "march-offensive": "Offensive in March",
  "evening-call": "Evening call",
  "summit-week": "Summit week",
  "conditions-set": "Conditions set out",
};

/**
 * Page errors and anything in the console (the app writes nothing there; vis-timeline logs an
 * options error as a plain message), except the browser's own about a missing favicon.
 */
function watchErrors(page: Page, where: () => string): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`${where()}: page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.location().url.endsWith("/favicon.ico")) return;
    errors.push(`${where()}: console ${message.type()}: ${message.text().slice(0, 300)}`);
  });
  return errors;
}

/** A link as it reads in a report: long values cut short. */
function short(link: string): string {
  return link.length > 200 ? `${link.slice(0, 200)}… (${link.length} characters)` : link;
}

/** The app is working: items on the timeline, the list, and nothing injected ran. */
async function expectWorking(page: Page) {
  await expect(chart(page).events().first()).toBeAttached();
  // Attached, not visible: a search that matches nothing leaves the list empty, with no height.
  await expect(page.getByRole("list", { name: "Events" })).toBeAttached();
  expect(await page.evaluate(() => "__pwned" in window)).toBe(false);
}

test(`${LINKS.toLocaleString("en")} fuzzed links, followed as Back and Forward follow them, each leave a working timeline`, async ({
  page,
}) => {
  test.setTimeout(300_000);
  const links = fuzzLinks(8, LINKS);
  let current = "the first load";
  const errors = watchErrors(page, () => current);
  await page.goto(FIXTURE_URL);
  await expectWorking(page);

  const problems: string[] = [];
  let opened = 0;
  for (let from = 0; from < links.length; from += BATCH) {
    const batch = links.slice(from, from + BATCH);
    current = `links ${from + 1}–${from + batch.length}`;
    const results = await page.evaluate(
      async ({ batch, base, titles, drawEvery, event }) => {
        const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        const microtask = () => new Promise<void>((resolve) => queueMicrotask(resolve));
        const out: { problem?: string; opened?: boolean }[] = [];
        for (const [i, link] of batch.entries()) {
          // Appended to the origin, not resolved against it: "//x" is a path here, not a host.
          history.pushState(null, "", location.origin + base + link);
          dispatchEvent(new PopStateEvent("popstate"));
          dispatchEvent(new HashChangeEvent("hashchange"));
          // React renders the new view soon after popstate, and vis-timeline draws in the next
          // animation frame: waiting for one every few links lets it draw as a reader pressing
          // Back quickly would see it.
          await microtask();
          if (i % drawEvery === drawEvery - 1) await frame();
          // A link to a known event opens it: proof that the app read this URL. Its panel may
          // take a frame or two to commit.
          const id = /^events\/([a-z-]+)\/?(?:index\.html)?(?:[?#]|$)/.exec(link)?.[1];
          const title = id === undefined ? undefined : titles[id];
          const shown = () =>
            document.querySelector('[aria-label="Event details"] h2')?.textContent;
          for (let f = 0; title !== undefined && shown() !== title && f < 120; f++) await frame();
          const missing = [
            document.querySelector(event) ? "" : "timeline items",
            document.querySelector('ol[aria-label="Events"]') ? "" : "the list",
          ].filter(Boolean);
          if ("__pwned" in window) missing.push("(window.__pwned is set: a payload ran)");
          if (title !== undefined && shown() !== title) missing.push(`the panel of “${title}”`);
          out.push({
            problem: missing.length > 0 ? `missing ${missing.join(", ")}` : undefined,
            opened: title !== undefined,
          });
        }
        return out;
      },
      {
        batch,
        base: new URL(FIXTURE_URL).pathname,
        titles: TITLES,
        drawEvery: DRAW_EVERY,
        event: IN_PAGE.event,
      },
    );
    results.forEach((result, i) => {
      if (result.opened) opened++;
      if (result.problem) problems.push(`${short(batch[i]!)}: ${result.problem}`);
    });
  }
  // Some of the links must have named real events, or the check above proved little.
  expect(opened).toBeGreaterThan(50);
  test.info().annotations.push({
    type: "links",
    description: `${links.length} followed, ${opened} of them to a known event`,
  });
  expect(problems).toEqual([]);
  expect(errors).toEqual([]);
});

const loads = fuzzLinks(9, PAGE_LOADS, { maxLength: 2_000, serverSafe: true });
for (const half of [0, 1]) {
  const share = loads.filter((_, i) => i % 2 === half);
  test(`fuzzed links opened as page loads leave a working timeline (${half + 1} of 2)`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    let current = "";
    const errors = watchErrors(page, () => current);
    for (const link of share) {
      current = short(link);
      const response = await page.goto(FIXTURE_URL + link);
      expect(response?.status(), current).toBe(200);
      await expectWorking(page);
    }
    expect(errors).toEqual([]);
  });
}
