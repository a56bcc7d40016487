/**
 * Where playwright.config.ts serves the production builds the tests use and the studio. `E2E_PORT`
 * moves them all (the fixture build one port above the story, the media fixture eight, the studio
 * nine), so two test runs can share a machine.
 */
export const STORY_PORT = Number(process.env.E2E_PORT ?? 4173);
export const FIXTURE_PORT = STORY_PORT + 1;
/**
 * The studio (npm run studio) over a copy of the small fixture story, in a folder of its own; +9,
 * since specs serve their own builds from +2 to +7 and the media fixture is +8 (long-list.spec.ts
 * serves its own at +10).
 */
export const STUDIO_PORT = STORY_PORT + 9;
export const STUDIO_URL = `http://127.0.0.1:${STUDIO_PORT}/studio/`;
export const STUDIO_DIR = `/tmp/timeline-studio-e2e-${STUDIO_PORT}`;
export const STUDIO_FILE = `${STUDIO_DIR}/story.json`;
export const STORY_URL = `http://127.0.0.1:${STORY_PORT}/`;
export const FIXTURE_URL = `http://127.0.0.1:${FIXTURE_PORT}/`;
/** The build over e2e/fixtures/media-story.json, with its drawn photographs (a port no spec takes: imported-template.spec.ts serves its stories from +2 to +6, other specs +3 and +5 to +7). */
export const MEDIA_PORT = STORY_PORT + 8;
export const MEDIA_URL = `http://127.0.0.1:${MEDIA_PORT}/`;
