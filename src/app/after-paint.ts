/** A page that paints no frames (a hidden tab) still runs the work, this long after. */
const NO_FRAME_MS = 500;

/**
 * Runs `work` once the browser has painted what the current task changed: in a task queued from
 * the next animation frame, which the browser runs after painting that frame. Work that the
 * reader does not see at once (the chart moving to the event just opened) waits for it, so the
 * panel's paint comes first. Returns the function that cancels it.
 */
export function afterNextPaint(work: () => void): () => void {
  let task: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    task = setTimeout(run, 0);
  });
  const fallback = setTimeout(run, NO_FRAME_MS);
  function cancel() {
    cancelAnimationFrame(frame);
    clearTimeout(task);
    clearTimeout(fallback);
  }
  function run() {
    cancel();
    work();
  }
  return cancel;
}

/** A page whose first contentful paint never comes (nothing to paint, a hidden tab) waits no more. */
const NO_FIRST_PAINT_MS = 300;

/**
 * Runs `work` once the browser has presented the page's first contentful frame (its
 * `first-contentful-paint` entry, which comes when that frame is on screen), at once if it has
 * already. The app replaces the start page the build wrote with the same content: taking it over
 * before then, Chrome drops the start page's paint from Largest Contentful Paint (its elements
 * are gone before that paint's time is known) and reports the app's repaint, some 200 ms later.
 */
export function afterFirstPaint(work: () => void): void {
  const painted = () => performance.getEntriesByName("first-contentful-paint").length > 0;
  if (typeof PerformanceObserver !== "function" || painted()) {
    work();
    return;
  }
  let done = false;
  const observer = new PerformanceObserver(() => {
    if (painted()) run();
  });
  const fallback = setTimeout(run, NO_FIRST_PAINT_MS);
  function run() {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(fallback);
    work();
  }
  observer.observe({ type: "paint", buffered: true });
}
