import { chromium } from "@playwright/test";
import type { Browser, BrowserContext } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../e2e/chromium.ts";

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [
      ...CHROMIUM_ARGS,
      // Only the local servers resolve: a page's third-party requests (TimelineJS's web fonts)
      // fail at once, the same on every machine, instead of waiting on the network.
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    ],
  });
}

/** A fresh context (empty cache and storage) with the viewport and zone the e2e tests use. */
export async function freshContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    timezoneId: "America/Los_Angeles",
    locale: "en-US",
  });
}
