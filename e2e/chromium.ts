import { existsSync } from "node:fs";

/**
 * The Chromium the tests and the benchmark launch: `CHROMIUM_PATH`, else Debian's where it is
 * installed (Playwright cannot download its own here), else Playwright's own.
 */
export function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}

/** The flags every launch uses: no sandbox (containers) and none of the browser's own traffic. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
