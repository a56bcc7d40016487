import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "@playwright/test";

/**
 * A built site answered from its folder by Playwright, as a static host would answer it
 * (`/events/a` is events/a/index.html, anything else 404.html), at an origin no server holds: a
 * spec can open a build it made without taking a port that another spec's server may be using.
 */

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
  ".xml": "application/xml",
  ".ics": "text/calendar",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
};

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

/** Answers every request to `origin` ("http://built.test") from `dir` (from the repository's root). */
export async function routeBuild(page: Page, origin: string, dir: string): Promise<void> {
  const root = resolve(ROOT, dir);
  await page.route(`${origin}/**`, (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname);
    const asked = resolve(root, `.${path}`);
    // Only files inside the build: a path climbing out of it is not found.
    const inside = asked === root || asked.startsWith(`${root}/`);
    const file = [asked, join(asked, "index.html")].find((f) => inside && isFile(f));
    const found = file ?? join(root, "404.html");
    return route.fulfill({
      status: file ? 200 : 404,
      contentType: TYPES[extname(found)] ?? "application/octet-stream",
      body: readFileSync(found),
    });
  });
}
