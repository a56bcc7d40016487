import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { afterFirstPaint, afterNextPaint } from "./after-paint.ts";

/** Animation frames the test runs by hand (the unit tests run without a browser). */
function fakeFrames() {
  let callbacks = new Map<number, FrameRequestCallback>();
  let next = 1;
  vi.stubGlobal("requestAnimationFrame", (callback: FrameRequestCallback) => {
    callbacks.set(next, callback);
    return next++;
  });
  vi.stubGlobal("cancelAnimationFrame", (id: number) => callbacks.delete(id));
  return {
    /** The browser's next frame: its callbacks run, then it paints. */
    frame() {
      const due = callbacks;
      callbacks = new Map();
      for (const callback of due.values()) callback(performance.now());
    },
  };
}

describe("work after the next paint", () => {
  let frames: ReturnType<typeof fakeFrames>;
  beforeEach(() => {
    vi.useFakeTimers();
    frames = fakeFrames();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("waits for the next frame, and runs in a task after it rather than inside it", () => {
    const work = vi.fn();
    afterNextPaint(work);
    vi.advanceTimersByTime(0);
    expect(work).not.toHaveBeenCalled();
    frames.frame();
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it("runs once, however late the frame and the fallback both come", () => {
    const work = vi.fn();
    afterNextPaint(work);
    frames.frame();
    vi.advanceTimersByTime(1000);
    frames.frame();
    expect(work).toHaveBeenCalledTimes(1);
  });

  it("still runs on a page that paints no frames (a hidden tab), half a second later", () => {
    const work = vi.fn();
    afterNextPaint(work);
    vi.advanceTimersByTime(499);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it("does not run once cancelled, before or after the frame", () => {
    const before = vi.fn();
    afterNextPaint(before)();
    const after = vi.fn();
    const cancel = afterNextPaint(after);
    frames.frame();
    cancel();
    vi.advanceTimersByTime(1000);
    expect(before).not.toHaveBeenCalled();
    expect(after).not.toHaveBeenCalled();
  });
});

/** The page's paint entries and their observers, by hand. */
function fakePaints() {
  const entries: { name: string }[] = [];
  const observers = new Set<() => void>();
  vi.stubGlobal("performance", {
    ...performance,
    getEntriesByName: (name: string) => entries.filter((e) => e.name === name),
  });
  vi.stubGlobal(
    "PerformanceObserver",
    class {
      callback: () => void;
      constructor(callback: () => void) {
        this.callback = callback;
      }
      observe() {
        observers.add(this.callback);
      }
      disconnect() {
        observers.delete(this.callback);
      }
    },
  );
  return {
    observers,
    paint(name: string) {
      entries.push({ name });
      for (const callback of [...observers]) callback();
    },
  };
}

describe("work after the first contentful paint", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("waits for the first contentful paint, not the first paint", () => {
    const paints = fakePaints();
    const work = vi.fn();
    afterFirstPaint(work);
    paints.paint("first-paint");
    expect(work).not.toHaveBeenCalled();
    paints.paint("first-contentful-paint");
    expect(work).toHaveBeenCalledTimes(1);
    expect(paints.observers.size).toBe(0);
    vi.advanceTimersByTime(1000);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it("runs at once when the page has painted already", () => {
    const paints = fakePaints();
    paints.paint("first-contentful-paint");
    const work = vi.fn();
    afterFirstPaint(work);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it("runs anyway on a page that paints nothing (a hidden tab), 300 ms later, once", () => {
    const paints = fakePaints();
    const work = vi.fn();
    afterFirstPaint(work);
    vi.advanceTimersByTime(299);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
    paints.paint("first-contentful-paint");
    expect(work).toHaveBeenCalledTimes(1);
  });
});
