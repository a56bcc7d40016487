/** Where playwright.config.ts serves the two production builds the tests use. */
export const STORY_URL = "http://127.0.0.1:4173/";
export const FIXTURE_URL = "http://127.0.0.1:4174/";
