import { execFileSync, spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import type { Story } from "../src/core/schema.ts";
import { STORY_PORT } from "./urls.ts";

/**
 * A desk's site of three stories built as one (`npm run build` with STORIES_DIR pointing at a
 * temporary folder, so nothing is written into data/): the real story at the root, the small
 * fixture at /small/, TimelineJS's eras template imported with `npm run import:timelinejs` at
 * /eras/ (and three retitled copies of the fixture, so the index has enough stories for its search),
 * and the index of stories at /stories/.
 */

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TEMPLATE = "node_modules/@knight-lab/timelinejs/src/template/eras.json";
// Three above the story's port: inside the range each runner keeps for its own servers.
const PORT = STORY_PORT + 3;
const SITE = `http://127.0.0.1:${PORT}/`;

const temp = mkdtempSync(join(tmpdir(), "site-"));
const stories = join(temp, "stories");
const outDir = join(temp, "dist");
let server: ChildProcess | undefined;
const read = (file: string) => JSON.parse(readFileSync(file, "utf8")) as Story;
let real: Story;
let small: Story;
let eras: Story;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  mkdirSync(stories);
  copyFileSync(join(ROOT, "e2e/fixtures/small-story.json"), join(stories, "small.json"));
  const tsx = join(ROOT, "node_modules/.bin/tsx");
  execFileSync(
    tsx,
    ["src/cli/import-timelinejs.ts", TEMPLATE, "--out", join(stories, "eras.json")],
    {
      cwd: ROOT,
      stdio: "pipe",
    },
  );
  // Three more copies of the fixture, titled apart: six stories, so the index offers its search.
  for (const name of ["harbour", "river", "valley"]) {
    const copy = { ...read(join(stories, "small.json")), title: `Fixture by the ${name}` };
    writeFileSync(join(stories, `${name}.json`), JSON.stringify(copy));
  }
  real = read(join(ROOT, "data/events.json"));
  small = read(join(stories, "small.json"));
  eras = read(join(stories, "eras.json"));
  const env = {
    ...process.env,
    TIMELINE_DATA: "data/events.json",
    STORIES_DIR: stories,
    OUT_DIR: outDir,
  };
  const vite = join(ROOT, "node_modules/.bin/vite");
  execFileSync(vite, ["build", "--emptyOutDir", "--logLevel", "warn"], {
    cwd: ROOT,
    env,
    stdio: "pipe",
  });
  server = spawn(
    vite,
    ["preview", "--outDir", outDir, "--port", String(PORT), "--strictPort", "--host", "127.0.0.1"],
    { cwd: ROOT, env, stdio: "ignore" },
  );
  for (let i = 0; i < 100; i++) {
    const up = await fetch(SITE).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer on ${SITE}`);
});

test.afterAll(() => {
  if (server?.pid) process.kill(server.pid);
  rmSync(temp, { recursive: true, force: true });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the index lists every story with its standfirst and number of events", async ({ page }) => {
    await page.goto(`${SITE}stories/`);
    const items = page.locator(".story-index > li");
    await expect(items).toHaveCount(6);
    await expect(page.getByRole("searchbox")).toBeHidden();
    for (const [story, href] of [
      [real, "/"],
      [small, "/small/"],
      [eras, "/eras/"],
    ] as const) {
      const item = items.filter({
        has: page.getByRole("link", { name: story.title, exact: true }),
      });
      await expect(item.getByRole("link")).toHaveAttribute("href", href);
      await expect(item).toContainText(story.description);
      await expect(item).toContainText(`${story.events.length} events`);
    }
  });

  test("each story's share page is under its slug", async ({ page }) => {
    const event = small.events[0]!;
    await page.goto(`${SITE}small/events/${event.id}/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(event.title);
  });
});

test("the index's search narrows the stories to the titles holding every word typed", async ({
  page,
}) => {
  await page.goto(`${SITE}stories/`);
  const search = page.getByRole("searchbox", { name: "Search the titles" });
  await search.fill("fixture RIVER");
  await expect(page.locator(".story-index > li:visible")).toHaveCount(1);
  await expect(page.getByRole("link", { name: "Fixture by the river" })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("1 story");
  await search.fill("");
  await expect(page.locator(".story-index > li:visible")).toHaveCount(6);
});

test("each story opens under its slug, and the real one at the root", async ({ page }) => {
  for (const [story, path] of [
    [real, ""],
    [small, "small/"],
    [eras, "eras/"],
  ] as const) {
    await page.goto(SITE + path);
    await expect(page.getByRole("heading", { level: 1, name: story.title })).toBeVisible();
    await expect(
      page.getByRole("list", { name: "Events" }).getByRole("link").first(),
    ).toBeVisible();
  }
});

test("a link to an event of a story opens that event, and its links stay in the story", async ({
  page,
}) => {
  const [first, second] = small.events;
  await page.goto(`${SITE}small/events/${first!.id}`);
  const panel = page.getByRole("region", { name: "Event details" });
  await expect(panel.getByRole("heading").first()).toHaveText(first!.title);
  await page
    .getByRole("list", { name: "Events" })
    .getByRole("link", { name: second!.title })
    .click();
  await expect(page).toHaveURL(new RegExp(`/small/events/${second!.id}$`));
  await expect(panel.getByRole("heading").first()).toHaveText(second!.title);
});

test("a story's page downloads none of the other stories' data", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(`${SITE}small/`);
  await expect(page.getByRole("heading", { level: 1, name: small.title })).toBeVisible();
  const preloads = (html: string) =>
    [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((m) => m[1]!);
  const dataOf = (page: string) => preloads(readFileSync(join(outDir, page), "utf8")).at(-1)!;
  expect(scripts).toContain(dataOf("small/index.html"));
  expect(scripts).not.toContain(dataOf("index.html"));
  expect(scripts).not.toContain(dataOf("eras/index.html"));
});
