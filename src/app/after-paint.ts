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
