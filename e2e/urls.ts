/**
 * Where playwright.config.ts serves the two production builds the tests use and the studio.
 * `E2E_PORT` moves all three (the fixture build one port above the story, the studio eight), so two
 * test runs can share a machine.
 */
export const STORY_PORT = Number(process.env.E2E_PORT ?? 4173);
export const FIXTURE_PORT = STORY_PORT + 1;
/**
 * The studio (npm run studio) over a copy of the small fixture story, in a folder of its own; +8,
 * since specs serve their own builds from +2 to +7.
 */
export const STUDIO_PORT = STORY_PORT + 8;
export const STUDIO_URL = `http://127.0.0.1:${STUDIO_PORT}/studio/`;
export const STUDIO_DIR = `/tmp/timeline-studio-e2e-${STUDIO_PORT}`;
export const STUDIO_FILE = `${STUDIO_DIR}/story.json`;
export const STORY_URL = `http://127.0.0.1:${STORY_PORT}/`;
export const FIXTURE_URL = `http://127.0.0.1:${FIXTURE_PORT}/`;
