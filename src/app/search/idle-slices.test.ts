import { describe, expect, it } from "vitest";
import { inIdleSlices } from "./search-index.ts";
import type { Browser } from "./search-index.ts";

/** A browser whose scheduler records each task's priority and runs it on the next tick. */
function recordingBrowser(inputPending: () => boolean): { browser: Browser; priorities: string[] } {
  const priorities: string[] = [];
  const browser: Browser = {
    scheduler: {
      postTask: (callback, options) => {
        priorities.push(options?.priority ?? "user-visible");
        return new Promise((resolve) => setTimeout(() => resolve(callback()), 0));
      },
    },
    scheduling: { isInputPending: inputPending },
  };
  return { browser, priorities };
}

describe("inIdleSlices", () => {
  const items = Array.from({ length: 20 }, (_, i) => i);

  /** Runs the build over `items` with `browser`; the items done, in order. */
  async function buildAll(hurry: boolean, browser: Browser): Promise<number[]> {
    const done: number[] = [];
    await inIdleSlices(
      items,
      (i) => done.push(i),
      () => hurry,
      browser,
    );
    return done;
  }

  it("builds in tasks of background priority once the reader is waiting", async () => {
    const { browser, priorities } = recordingBrowser(() => false);
    expect(await buildAll(true, browser)).toEqual(items);
    expect(priorities.length).toBeGreaterThan(0);
    expect(new Set(priorities)).toEqual(new Set(["background"]));
  });

  it("ends a slice at once when an input is waiting", async () => {
    const { browser, priorities } = recordingBrowser(() => true);
    expect(await buildAll(true, browser)).toEqual(items);
    // One item per task: each keystroke waits for one item's work at most.
    expect(priorities).toHaveLength(items.length);
  });

  it("uses idle periods while the reader is not waiting", async () => {
    let idle = 0;
    const browser: Browser = {
      requestIdleCallback: (callback) => {
        idle++;
        setTimeout(() => callback({ timeRemaining: () => 50 }), 0);
      },
      scheduler: { postTask: () => Promise.reject(new Error("not idle time")) },
    };
    expect(await buildAll(false, browser)).toEqual(items);
    expect(idle).toBeGreaterThan(0);
  });

  it("falls back to plain tasks where the browser has neither", async () => {
    expect(await buildAll(true, {})).toEqual(items);
  });
});
