import { chromium } from "@playwright/test";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../e2e/chromium.ts";
import { DESKTOP, contextOptions, throttlingCommand } from "./devices.ts";
import type { Device } from "./devices.ts";

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

/** A fresh context (empty cache and storage) for `device` (desktop: the e2e tests' window). */
export async function freshContext(
  browser: Browser,
  device: Device = DESKTOP,
): Promise<BrowserContext> {
  return browser.newContext(contextOptions(device));
}

/** Slows the page's CPU as `device` says (before its first navigation; it lasts the page's life). */
export async function throttle(page: Page, device: Device): Promise<void> {
  const command = throttlingCommand(device);
  if (!command) return;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send(command.method, command.params);
}
