import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./e2e/chromium.ts";
import {
  FIXTURE_PORT,
  FIXTURE_URL,
  MEDIA_PORT,
  MEDIA_URL,
  STORY_PORT,
  STORY_URL,
  STUDIO_DIR,
  STUDIO_FILE,
  STUDIO_PORT,
  STUDIO_URL,
} from "./e2e/urls.ts";

const executablePath = chromiumPath();
// `npm run build` writes dist/ (or OUT_DIR); the fixture build goes beside it.
const outDir = process.env.OUT_DIR ?? "dist";
const fixtureDir = `${outDir}-fixture`;
// The media fixture's photographs are drawn by e2e/fixtures/draw-media.ts before its build.
const mediaDir = `${outDir}-media`;
const mediaSource = `${outDir}-media-source`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  use: {
    baseURL: STORY_URL,
    timezoneId: "America/Los_Angeles",
    locale: "en-US",
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: CHROMIUM_ARGS,
    },
  },
  webServer: [
    {
      // The production build of the real story (`npm run build` runs before e2e in `npm test`).
      command: `npx vite preview --outDir ${outDir} --port ${STORY_PORT} --strictPort --host 127.0.0.1`,
      url: STORY_URL,
      reuseExistingServer: !process.env.CI,
    },
    {
      // The same app built over a small fixture story.
      command: `TIMELINE_DATA=e2e/fixtures/small-story.json npx vite build --outDir ${fixtureDir} --emptyOutDir --logLevel warn && npx vite preview --outDir ${fixtureDir} --port ${FIXTURE_PORT} --strictPort --host 127.0.0.1`,
      url: FIXTURE_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // A story with a drawn local photograph, a remote one and a video (e2e/media.spec.ts).
      command:
        `npx tsx e2e/fixtures/draw-media.ts ${mediaSource} && ` +
        `TIMELINE_DATA=e2e/fixtures/media-story.json MEDIA_DIR=${mediaSource} SITE_URL=${MEDIA_URL.slice(0, -1)} ` +
        `npx vite build --outDir ${mediaDir} --emptyOutDir --logLevel warn && ` +
        `npx vite preview --outDir ${mediaDir} --port ${MEDIA_PORT} --strictPort --host 127.0.0.1`,
      url: MEDIA_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // The studio over a copy of the fixture story (e2e/studio.spec.ts resets it before each test).
      command: `mkdir -p ${STUDIO_DIR} && cp e2e/fixtures/small-story.json ${STUDIO_FILE} && npx tsx src/cli/studio.ts ${STUDIO_FILE} --port ${STUDIO_PORT}`,
      url: STUDIO_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
