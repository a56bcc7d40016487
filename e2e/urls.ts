/**
 * Where playwright.config.ts serves the two production builds the tests use. `E2E_PORT` moves both
 * (the fixture build is served one port above the story), so two test runs can share a machine.
 */
export const STORY_PORT = Number(process.env.E2E_PORT ?? 4173);
export const FIXTURE_PORT = STORY_PORT + 1;
export const STORY_URL = `http://127.0.0.1:${STORY_PORT}/`;
export const FIXTURE_URL = `http://127.0.0.1:${FIXTURE_PORT}/`;
