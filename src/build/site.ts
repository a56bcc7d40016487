import type { Site } from "./share-pages.ts";

/**
 * The base every page loads the app from and links within: a path on the site's own host, such
 * as "/" or "/timeline/". Anything else would send readers' browsers elsewhere for the app's code:
 * `//evil.example/` and `/\evil.example/` are read by browsers as another host
 * (`<script src="//evil.example/assets/…">`), `https://cdn.example/` is another host outright.
 * Segments are kept to unreserved URL characters so that the base needs no escaping in a page.
 */
const BASE_PATH = /^\/(?:[A-Za-z0-9._~-]+\/)*$/;

/** Why `base` cannot be the site's base, or undefined when it can. */
export function basePathProblem(base: string): string | undefined {
  if (BASE_PATH.test(base)) return undefined;
  return (
    `BASE_PATH must be a path on this site that starts with a single / and ends with /, such as ` +
    `/ or /timeline/ (letters, digits and . _ ~ - between the slashes); got ${JSON.stringify(base)}. ` +
    `Share pages live at <base>events/<id>/ and load the app's files from the base, so a base ` +
    `such as //host/ or https://host/ would load them from another site.`
  );
}

/** SITE_URL and the base, checked: a bad value stops the build with a message saying what to set. */
export function siteOf(base: string, siteUrl: string | undefined): Site | string {
  const problem = basePathProblem(base);
  if (problem !== undefined) return problem;
  if (siteUrl === undefined || siteUrl === "") return { base, siteUrl: undefined };
  if (!URL.canParse(siteUrl) || !/^https?:$/.test(new URL(siteUrl).protocol)) {
    return `SITE_URL must be an absolute http(s) URL such as https://example.org (got ${JSON.stringify(siteUrl)})`;
  }
  return { base, siteUrl };
}
