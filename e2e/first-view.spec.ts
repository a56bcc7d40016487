import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";
import { chart, liveMarks } from "./support/chart.ts";
import type { MarkBox } from "./support/chart.ts";
import sharp from "sharp";
import { STORY_URL } from "./urls.ts";

/**
 * The chart's first view is drawn before vis-timeline's code runs: by the start page itself
 * (written at build, src/build/first-view-html.ts) and by the app while the chart's code loads
 * (src/app/chart/first-view-strip.tsx). Every mark must be where vis then draws it, so that
 * nothing moves when the live chart takes over.
 */

/** The first view's marks that are drawn (the start page carries a phone's view too, hidden). */
function firstViewMarks(page: Page): Promise<MarkBox[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>(".first-view [data-id], .first-view [data-ids]")]
      .map((e) => {
        const r = e.getBoundingClientRect();
        return {
          key: e.dataset.id ?? e.dataset.ids ?? "",
          also: e.classList.contains("is-also"),
          box: [r.left, r.top, r.width, r.height] as [number, number, number, number],
        };
      })
      .filter((m) => m.box[2] > 0),
  );
}

/** For each prerendered mark, how far the nearest live mark of the same event(s) lies. */
function offsets(pre: MarkBox[], live: MarkBox[]) {
  return pre.map((mark) => {
    const same = live.filter((l) => l.key === mark.key && l.also === mark.also);
    const distance = (l: MarkBox) => Math.max(...l.box.map((v, i) => Math.abs(v - mark.box[i]!)));
    const nearest = Math.min(...same.map(distance));
    return { key: mark.key.slice(0, 60), off: Math.round(nearest * 10) / 10 };
  });
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How many pixels of `box` (CSS pixels of a page `pageWidth` wide) have a mark's colour. */
async function markPixels(png: Buffer, box: Box, pageWidth: number): Promise<number> {
  const image = sharp(png);
  const scale = ((await image.metadata()).width ?? pageWidth) / pageWidth;
  const { data, info } = await image
    .extract({
      left: Math.round(box.x * scale),
      top: Math.round(box.y * scale),
      width: Math.round(box.width * scale),
      height: Math.round(box.height * scale),
    })
    .raw()
    .toBuffer({ resolveWithObject: true });
  let marks = 0;
  for (let i = 0; i < data.length; i += info.channels) {
    const rgb = [data[i]!, data[i + 1]!, data[i + 2]!];
    // Saturated and not pale: a dot or a count's ring, not a lane's tint or the grid.
    if (Math.max(...rgb) - Math.min(...rgb) > 90 && Math.max(...rgb) < 230) marks++;
  }
  return marks;
}

async function liveView(page: Page): Promise<MarkBox[]> {
  await page.goto(STORY_URL);
  await chart(page).settled();
  return liveMarks(page);
}

for (const [width, height] of [
  [1280, 800],
  [390, 844],
] as const) {
  test.describe(`at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    test("the start page's prerendered strip lies where the live chart draws it", async ({
      browser,
    }) => {
      // The page is written at build in the build's zone: a reader's own zone moves an event with
      // a time of its own by the difference (see first-view-html.ts) until the app starts.
      const timezoneId = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const context = await browser.newContext({ viewport: { width, height }, timezoneId });
      const page = await context.newPage();
      await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
      await page.goto(STORY_URL);
      await page.evaluate(() => document.fonts.ready);
      const pre = await firstViewMarks(page);
      await page.unrouteAll({ behavior: "ignoreErrors" });
      const live = await liveView(page);
      await context.close();
      expect(pre.length).toBeGreaterThan(5);
      expect(offsets(pre, live).filter((o) => !(o.off <= 1.5))).toEqual([]);
    });

    test("the app's first view while the chart's code loads lies where the live chart draws it", async ({
      page,
    }) => {
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/event-timeline-[^/]*\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(STORY_URL);
      await expect(page.getByText("Loading the timeline…")).toBeAttached();
      await page.evaluate(() => document.fonts.ready);
      const pre = await firstViewMarks(page);
      release();
      await chart(page).settled();
      const live = await liveMarks(page);
      expect(pre.length).toBeGreaterThan(5);
      expect(offsets(pre, live).filter((o) => !(o.off <= 1.5))).toEqual([]);
      // Replaced, not kept beside it: no event is named twice in the chart's region.
      await expect(page.locator(".first-view")).toHaveCount(0);
    });
  });
}

// The chart's code arrives while the first view is shown: the live chart replaces it in the frame
// in which vis draws its items (use-vis-timeline.ts creates the chart in layout effects).
for (const [width, height] of [
  [1280, 800],
  [768, 1024],
] as const) {
  test.describe(`at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    test("no frame between the first view and the live chart shows the chart without its marks", async ({
      page,
    }) => {
      // What the screen showed, frame by frame, from the first paint until the chart settled.
      const cdp = await page.context().newCDPSession(page);
      const frames: Buffer[] = [];
      cdp.on("Page.screencastFrame", (frame) => {
        frames.push(Buffer.from(frame.data, "base64"));
        void cdp.send("Page.screencastFrameAck", { sessionId: frame.sessionId }).catch(() => {});
      });
      await cdp.send("Page.startScreencast", { format: "png" });
      await page.goto(STORY_URL);
      await chart(page).settled();
      await page.waitForTimeout(300);
      await cdp.send("Page.stopScreencast");
      const lanes = (await chart(page).centre().boundingBox())!;
      // On a phone the chart waits below the key moments; at these sizes it is on the first screen.
      expect(lanes.y + lanes.height).toBeLessThanOrEqual(height);
      const counts: number[] = [];
      for (const frame of frames) counts.push(await markPixels(frame, lanes, width));
      const shown = counts.slice(counts.findIndex((c) => c > 0));
      const settled = shown.at(-1)!;
      expect(settled).toBeGreaterThan(0);
      // From the first frame with marks on, none shows fewer than half the settled chart's.
      expect(
        shown.filter((c) => c < settled / 2),
        `mark pixels by frame: ${shown.join(" ")}`,
      ).toEqual([]);
    });
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the start page shows the strip with its lanes, and each event is a link to its page", async ({
    page,
  }) => {
    await page.goto(STORY_URL);
    const strip = page.getByRole("region", { name: "Timeline" });
    await expect(
      strip.getByText("United States", { exact: true }).filter({ visible: true }),
    ).toBeVisible();
    const dots = strip.locator("a.fv-dot[data-id]:visible");
    expect(await dots.count()).toBeGreaterThan(2);
    const first = dots.first();
    const id = (await first.getAttribute("data-id"))!;
    await first.click();
    await expect(page).toHaveURL(new RegExp(`/events/${id}/$`));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
});
