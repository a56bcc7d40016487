import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";
import { chart } from "./support/chart.ts";
import { answerRemoteImages } from "./support/remote-images.ts";
import { directives, recordViolations } from "./support/csp.ts";
import { MEDIA_URL } from "./urls.ts";

/**
 * Media on events, over e2e/fixtures/media-story.json: a photograph drawn by the tests
 * (e2e/fixtures/draw-media.ts) and made into sizes by the build, a remote photograph from the one
 * host the story lists (answered here: there is no internet), and a YouTube video that asks nothing
 * of YouTube until the reader presses play.
 */

const HARBOUR_ALT = "A drawn harbour with three boats under a pale sky";
const BRIDGE_ALT = "A drawn bridge with a barrier across it";
const VIDEO_HOSTS = /youtube|ytimg|googlevideo|google\.com|gstatic|vimeo/;

/** Every request to a video host, answered with an empty page so none leaves the machine. */
async function watchVideoHosts(page: Page): Promise<string[]> {
  const asked: string[] = [];
  await page.route(VIDEO_HOSTS, (route) => {
    asked.push(route.request().url());
    return route.fulfill({
      status: 200,
      contentType: "text/html",
      body: "<!doctype html><p>player",
    });
  });
  return asked;
}

const panel = (page: Page) => page.getByRole("region", { name: "Event details" });

test("the panel shows the photograph with its alt text, caption and credit, sized before it loads", async ({
  page,
}) => {
  await page.goto(`${MEDIA_URL}events/harbour-reopens`);
  const image = panel(page).getByRole("img", { name: HARBOUR_ALT });
  await expect(image).toBeVisible();
  await expect(image).toHaveAttribute("width", "1600");
  await expect(image).toHaveAttribute("height", "1066");
  await expect(image).toHaveAttribute("loading", "eager");
  await expect(image).toHaveAttribute("srcset", /harbour-[0-9a-f]{10}-480\.jpg 480w/);
  await expect(panel(page).locator("picture source[type='image/webp']")).toHaveAttribute(
    "srcset",
    /harbour-[0-9a-f]{10}-800\.webp 800w/,
  );
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);
  // The browser takes the modern format.
  expect(await image.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/\.webp$/);
  const caption = panel(page).locator("figcaption").first();
  await expect(caption).toContainText("The harbour on the morning it reopened.");
  await expect(caption).toContainText("Drawing: the test suite");
});

test("the list row of an event with a photograph has a small picture of it, lazily loaded", async ({
  page,
}) => {
  await page.goto(MEDIA_URL);
  const row = page.getByRole("list", { name: "Events" }).getByRole("listitem").first();
  const thumbnail = row.locator(".row-thumbnail img");
  await expect(thumbnail).toHaveAttribute("loading", "lazy");
  await expect(thumbnail).toHaveAttribute("alt", "");
  await expect(page.getByRole("list", { name: "Events" }).locator(".row-thumbnail")).toHaveCount(2);
});

test("the embed shows the open event's photograph with its credit", async ({ page }) => {
  await page.goto(`${MEDIA_URL}embed/events/harbour-reopens`);
  const image = panel(page).getByRole("img", { name: HARBOUR_ALT });
  await expect(image).toBeVisible();
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);
  await expect(panel(page).locator("figcaption").first()).toContainText("Drawing: the test suite");
});

test("a remote photograph loads from the host the story lists, under a policy naming exactly it", async ({
  page,
}) => {
  const violations = await recordViolations(page);
  const asked = await answerRemoteImages(page, { width: 600, height: 400 });
  await page.goto(`${MEDIA_URL}events/bridge-closed`);
  const image = panel(page).getByRole("img", { name: BRIDGE_ALT });
  await expect(image).toHaveAttribute("width", "600");
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(600);
  expect(asked).toEqual(["https://images.example.org/bridge.png"]);
  await expect(panel(page).locator("figcaption")).toContainText("Drawing: Example Images");
  const policy = directives(
    (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content")) ??
      "",
  );
  expect(policy.get("img-src")).toEqual(["'self'", "data:", "https://images.example.org"]);
  expect(policy.get("frame-src")).toEqual(["https://www.youtube-nocookie.com"]);
  expect(await violations()).toEqual([]);
});

test("the video asks nothing of YouTube until the reader presses play, then only youtube-nocookie.com", async ({
  page,
}) => {
  const violations = await recordViolations(page);
  const asked = await watchVideoHosts(page);
  await page.goto(`${MEDIA_URL}events/mayor-speaks`);
  const play = panel(page).getByRole("button", { name: /Play video: The mayor's statement/ });
  await expect(play).toBeVisible();
  await expect(panel(page).locator("iframe")).toHaveCount(0);
  // Time for anything eager to have gone out.
  await page.waitForLoadState("networkidle");
  expect(asked).toEqual([]);
  await play.click();
  const frame = panel(page).locator("iframe");
  await expect(frame).toHaveAttribute(
    "src",
    "https://www.youtube-nocookie.com/embed/Fixture0001?autoplay=1",
  );
  await expect.poll(() => asked.length).toBeGreaterThan(0);
  expect(asked.every((url) => url.startsWith("https://www.youtube-nocookie.com/"))).toBe(true);
  expect(await violations()).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an event's share page shows its photograph and names it as og:image, absolute, with size and alt", async ({
    page,
    request,
  }) => {
    await page.goto(`${MEDIA_URL}events/harbour-reopens/`);
    const image = page.getByRole("img", { name: HARBOUR_ALT });
    await expect(image).toBeVisible();
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
    await expect(page.locator("figcaption")).toContainText("Drawing: the test suite");
    const meta = (property: string) =>
      page.locator(`meta[property="${property}"]`).getAttribute("content");
    const og = (await meta("og:image")) ?? "";
    expect(og).toMatch(new RegExp(`^${MEDIA_URL}media/harbour-[0-9a-f]{10}-1200\\.jpg$`));
    expect(await meta("og:image:width")).toBe("1200");
    expect(await meta("og:image:height")).toBe("800");
    expect(await meta("og:image:alt")).toBe(HARBOUR_ALT);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
      "content",
      "summary_large_image",
    );
    const fetched = await request.get(og);
    expect(fetched.headers()["content-type"]).toBe("image/jpeg");
  });

  test("the video's share page links to the video and loads no player", async ({ page }) => {
    const asked = await watchVideoHosts(page);
    await page.goto(`${MEDIA_URL}events/mayor-speaks/`);
    await expect(
      page.getByRole("link", { name: /Video \(YouTube\): The mayor's statement/ }),
    ).toHaveAttribute("href", "https://www.youtube.com/watch?v=Fixture0001");
    expect(asked).toEqual([]);
  });
});

test("print shows each photograph with its caption and credit, and the video as its title and address", async ({
  page,
}) => {
  await answerRemoteImages(page, { width: 600, height: 400 });
  await page.goto(MEDIA_URL);
  await expect(page.getByRole("list", { name: "Events" }).getByRole("listitem")).toHaveCount(3);
  await page.emulateMedia({ media: "print" });
  const printed = page.locator(".print-event");
  await expect(printed).toHaveCount(3);
  const harbour = printed.nth(0).getByRole("img", { name: HARBOUR_ALT });
  await expect(harbour).toBeVisible();
  await expect
    .poll(() => harbour.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);
  await expect(printed.nth(0).locator("figcaption")).toHaveText(
    "The harbour on the morning it reopened. Drawing: the test suite",
  );
  await expect(printed.nth(1).getByRole("img", { name: BRIDGE_ALT })).toBeVisible();
  await expect(printed.nth(2)).toContainText(
    "Video: The mayor's statement (https://www.youtube.com/watch?v=Fixture0001)",
  );
});

test("opening an event with a photograph shifts nothing on the page (CLS 0)", async ({ page }) => {
  // The photograph arrives a second after the click, well past the 500 ms in which the browser
  // forgives a shift: an image without its room reserved would move the text below it then.
  await page.route(/\/media\/harbour-/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  await page.goto(MEDIA_URL);
  await expect(chart(page).events().first()).toBeVisible();
  // Shifts from the moment of the click on: the chart's own first layout is not this test's.
  await page.evaluate(() => {
    const shifts: number[] = [];
    const from = performance.now();
    Object.defineProperty(window, "__shifts", { value: shifts });
    new PerformanceObserver((list) => {
      const entries = list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[];
      for (const entry of entries) {
        if (!entry.hadRecentInput && entry.startTime >= from) shifts.push(entry.value);
      }
    }).observe({ type: "layout-shift" });
  });
  await page.getByRole("list", { name: "Events" }).getByRole("link").first().click();
  const image = panel(page).getByRole("img", { name: HARBOUR_ALT });
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  await page.waitForTimeout(300);
  const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
  expect(shifts).toEqual([]);
});
