/**
 * Where playwright.config.ts serves the production builds the tests use. `E2E_PORT` moves them all
 * (the fixture builds are served one and eight ports above the story), so two test runs can share a
 * machine.
 */
export const STORY_PORT = Number(process.env.E2E_PORT ?? 4173);
export const FIXTURE_PORT = STORY_PORT + 1;
export const STORY_URL = `http://127.0.0.1:${STORY_PORT}/`;
export const FIXTURE_URL = `http://127.0.0.1:${FIXTURE_PORT}/`;
/** The build over e2e/fixtures/media-story.json, with its drawn photographs (a port no spec takes: imported-template.spec.ts serves its stories from +2 to +6, other specs +3 and +5 to +7). */
export const MEDIA_PORT = STORY_PORT + 8;
export const MEDIA_URL = `http://127.0.0.1:${MEDIA_PORT}/`;
