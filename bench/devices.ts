import type { BrowserContextOptions } from "@playwright/test";
import type { ColumnId } from "./budgets.ts";

/**
 * The devices a page is measured on. Desktop is the e2e tests' window on this machine's CPU. The
 * phone class is a 390 × 844 CSS px touch screen at 3 device pixels per px with the CPU slowed 4×
 * (the DevTools protocol's `Emulation.setCPUThrottlingRate`, as Lighthouse's mobile runs): a
 * mid-range phone of today, roughly, on a desktop-class CPU.
 */
export interface Device {
  id: "desktop" | "phone";
  label: string;
  viewport: { width: number; height: number };
  deviceScaleFactor: number;
  isMobile: boolean;
  hasTouch: boolean;
  /** 1: full speed; n: every task takes n times as long. */
  cpuSlowdown: number;
}

export const DESKTOP: Device = {
  id: "desktop",
  label: "desktop",
  viewport: { width: 1280, height: 800 },
  deviceScaleFactor: 1,
  isMobile: false,
  hasTouch: false,
  cpuSlowdown: 1,
};

export const PHONE: Device = {
  id: "phone",
  label: "phone class (4× slower CPU, 390 × 844)",
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
  cpuSlowdown: 4,
};

/** The stories measured on the phone class too: ours and 1,000 events (issue 22). */
export const PHONE_COLUMNS: readonly ColumnId[] = ["story", "1000"];

/** A fresh context for `device`: its screen, and the zone and language of the e2e tests. */
export function contextOptions(device: Device): BrowserContextOptions {
  return {
    viewport: device.viewport,
    deviceScaleFactor: device.deviceScaleFactor,
    isMobile: device.isMobile,
    hasTouch: device.hasTouch,
    timezoneId: "America/Los_Angeles",
    locale: "en-US",
  };
}

/** The DevTools protocol call that slows the page's CPU, or none at full speed. */
export function throttlingCommand(
  device: Device,
): { method: "Emulation.setCPUThrottlingRate"; params: { rate: number } } | null {
  return device.cpuSlowdown > 1
    ? { method: "Emulation.setCPUThrottlingRate", params: { rate: device.cpuSlowdown } }
    : null;
}
