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

  /** Every item built in a hurry; the items done, in order, and each task's priority. */
  async function hurried(inputPending: boolean) {
    const { browser, priorities } = recordingBrowser(() => inputPending);
    const done: number[] = [];
    await inIdleSlices(
      items,
      (i) => done.push(i),
      () => true,
      browser,
    );
    return { done, priorities };
  }

  it("builds in tasks of background priority once the reader is waiting", async () => {
    const { done, priorities } = await hurried(false);
    expect(done).toEqual(items);
    expect(priorities.length).toBeGreaterThan(0);
    expect(new Set(priorities)).toEqual(new Set(["background"]));
  });

  it("ends a slice at once when an input is waiting", async () => {
    const { done, priorities } = await hurried(true);
    expect(done).toEqual(items);
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
    const done: number[] = [];
    await inIdleSlices(
      items,
      (i) => done.push(i),
      () => false,
      browser,
    );
    expect(done).toEqual(items);
    expect(idle).toBeGreaterThan(0);
  });

  it("falls back to plain tasks where the browser has neither", async () => {
    const done: number[] = [];
    await inIdleSlices(
      items,
      (i) => done.push(i),
      () => true,
      {},
    );
    expect(done).toEqual(items);
  });
});
