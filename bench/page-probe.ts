/**
 * What the benchmark installs in every page before it loads (`page.addInitScript`): observers for
 * paint, LCP and long tasks, the moment the first target element (a timeline item, a TimelineJS
 * marker) is visible and painted, the timestamps of the last input events, and the tools the
 * measurements use: `frames` (rAF intervals) here, `settle` and `watch` (input → the change
 * painted) in probe-settle.ts.
 *
 * Everything inside `installProbe` runs in the page, so it may use only browser globals.
 */

export interface Settled {
  /** From the input event to the frame that painted the last change, in ms; null: no input seen. */
  ms: number | null;
  /** Whether anything under the root changed at all (false: `ms` is the input's next frame). */
  changed: boolean;
  /** True when changes never stopped within the time limit. */
  timedOut: boolean;
  /** When each painted change ended, in ms after the input (the first 40), for diagnosis. */
  paints?: number[];
}

export interface Probe {
  fcp: number | null;
  lcp: number | null;
  /** When the first target element was seen visible in the DOM (ms since navigation start). */
  firstVisible: number | null;
  /** The end of the frame that painted it. */
  firstPainted: number | null;
  longTasks: { start: number; duration: number }[];
  /** When the last uncaught error or unhandled rejection happened (null: none). */
  lastError: number | null;
  lastInput: Record<string, number>;
  /** Event Timing entries of 16 ms and more (see inp.ts), as they are reported. */
  events: { interactionId: number; duration: number; startTime: number }[];
  /**
   * Arms a watch on `rootSelector` for changes caused by the next `inputType` event: resolves once
   * no change has happened for `quietMs` (and at least three frames), with the time from the
   * event to the end of the frame that painted the last change.
   */
  settle: (rootSelector: string, inputType: string, quietMs: number, timeoutMs: number) => void;
  settled: Promise<Settled> | null;
  /**
   * Resolves `settled` once `check` holds: with the time from the next `inputType` event to the
   * end of the frame that first painted it (null if it never held within `timeoutMs`).
   */
  watch: (check: () => boolean, inputType: string, timeoutMs: number) => void;
  /** Starts recording frame intervals (rAF to rAF); `stopFrames` returns them in ms. */
  startFrames: () => void;
  stopFrames: () => number[];
  /** Whether an element is rendered, not hidden, and at least partly inside the viewport. */
  visible: (el: Element) => boolean;
  /**
   * Called in a rAF callback: runs `fn` in the first task after this frame's rendering (a message
   * posted to a channel), when what the frame painted is on screen.
   */
  afterFrame: (fn: () => void) => void;
}

declare global {
  interface Window {
    __bench: Probe;
  }
}

/**
 * tsx compiles functions with esbuild's keepNames, which wraps inner functions in a `__name`
 * helper; Playwright sends a function's source text to the page, where that helper must exist.
 */
export const NAME_SHIM = "globalThis.__name = globalThis.__name || ((f) => f);";

/** Runs in the page at document start. `selector` names the elements whose first paint we time. */
export function installProbe(selector: string): void {
  const now = () => performance.now();
  const channel = new MessageChannel();
  const afterFrame: (() => void)[] = [];
  channel.port1.onmessage = () => afterFrame.shift()?.();
  const afterThisFrame = (fn: () => void) => {
    afterFrame.push(fn);
    channel.port2.postMessage(null);
  };
  /** Calls `fn` in the first task after the current frame's rendering (rAF, then a message). */
  const afterPaint = (fn: () => void) => requestAnimationFrame(() => afterThisFrame(fn));

  const visible = (el: Element): boolean => {
    const r = el.getBoundingClientRect();
    const onScreen =
      r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth;
    return (
      onScreen &&
      r.top < innerHeight &&
      el.checkVisibility({ visibilityProperty: true, opacityProperty: true })
    );
  };

  // The first items may lie below the first screen: on a phone our chart comes after the story's
  // key moments (390 × 844: about 1,000 px down), so it counts once drawn anywhere down the page.
  const painted = (el: Element): boolean => {
    const r = el.getBoundingClientRect();
    return (
      r.width > 0 &&
      r.height > 0 &&
      r.right > 0 &&
      r.left < innerWidth &&
      el.checkVisibility({ visibilityProperty: true, opacityProperty: true })
    );
  };

  const probe: Probe = {
    fcp: null,
    lcp: null,
    firstVisible: null,
    firstPainted: null,
    longTasks: [],
    lastError: null,
    lastInput: {},
    events: [],
    settle: () => undefined,
    settled: null,
    watch: () => undefined,
    startFrames: () => undefined,
    stopFrames: () => [],
    visible,
    afterFrame: afterThisFrame,
  };
  window.__bench = probe;

  const observe = (type: string, fn: (entry: PerformanceEntry) => void) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({
        type,
        buffered: true,
      });
    } catch {
      // An entry type this browser does not know stays null.
    }
  };
  observe("paint", (e) => {
    if (e.name === "first-contentful-paint") probe.fcp = e.startTime;
  });
  observe("largest-contentful-paint", (e) => {
    probe.lcp = e.startTime;
  });
  observe("longtask", (e) => {
    probe.longTasks.push({ start: e.startTime, duration: e.duration });
  });

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceEventTiming[]) {
        const { interactionId, duration, startTime } = e;
        probe.events.push({ interactionId, duration, startTime });
      }
    }).observe({ type: "event", durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  } catch {
    // No Event Timing: the INP figures stay null.
  }

  for (const type of ["error", "unhandledrejection"]) {
    addEventListener(type, () => (probe.lastError = now()));
  }

  for (const type of ["pointerdown", "pointerup", "pointermove", "keydown", "wheel", "click"]) {
    addEventListener(type, (e) => (probe.lastInput[type] = e.timeStamp), {
      capture: true,
      passive: true,
    });
  }

  // The first visible target: checked on every DOM change and every frame until found.
  const findFirst = () => {
    if (probe.firstVisible !== null) return;
    const candidates = document.querySelectorAll(selector);
    // Enough to pass the start page's hidden view (a desktop's on a phone: hundreds of marks at
    // 1,000 events) to the shown one; the check stops once an item is found.
    for (let i = 0; i < candidates.length && i < 2000; i++) {
      const el = candidates[i];
      if (el && painted(el)) {
        probe.firstVisible = now();
        firstObserver.disconnect();
        afterPaint(() => (probe.firstPainted = now()));
        return;
      }
    }
  };
  const firstObserver = new MutationObserver(findFirst);
  // Nodes only: attribute records for every item vis-timeline styles would cost the page time;
  // a style that makes an item visible is caught by the per-frame check before it is painted.
  firstObserver.observe(document, { subtree: true, childList: true });
  const poll = () => {
    findFirst();
    if (probe.firstVisible === null) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);

  let frames: number[] = [];
  let recording = false;
  // Each recording's own: a loop left from the last one (stopped and started again before its
  // next frame) ends instead of recording every interval twice.
  let generation = 0;
  probe.startFrames = () => {
    frames = [];
    recording = true;
    const mine = ++generation;
    let last: number | null = null;
    const tick = (t: number) => {
      if (!recording || mine !== generation) return;
      if (last !== null) frames.push(t - last);
      last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  probe.stopFrames = () => {
    recording = false;
    return frames;
  };
}
