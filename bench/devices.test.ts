import { describe, expect, it } from "vitest";
import { DESKTOP, PHONE, PHONE_COLUMNS, contextOptions, throttlingCommand } from "./devices.ts";

describe("the phone-class column", () => {
  it("is a 390 × 844 touch screen at 3× pixels", () => {
    expect(contextOptions(PHONE)).toMatchObject({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 3,
      isMobile: true,
      hasTouch: true,
    });
  });

  it("slows the CPU 4× through the DevTools protocol", () => {
    expect(throttlingCommand(PHONE)).toEqual({
      method: "Emulation.setCPUThrottlingRate",
      params: { rate: 4 },
    });
  });

  it("measures our story and 1,000 events", () => {
    expect(PHONE_COLUMNS).toEqual(["story", "1000"]);
  });
});

describe("the desktop column", () => {
  it("keeps the e2e tests' window and the CPU at full speed", () => {
    expect(contextOptions(DESKTOP)).toMatchObject({
      viewport: { width: 1280, height: 800 },
      isMobile: false,
      hasTouch: false,
    });
    expect(throttlingCommand(DESKTOP)).toBeNull();
  });
});
