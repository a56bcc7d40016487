import type { Timeline as VisTimeline } from "vis-timeline/esnext";

/**
 * A patch of vis-timeline internals, written for vis-timeline 8.5.4 (Core's
 * `initialRangeChangeDone`). Given a start and an end, vis keeps its root hidden until its first
 * `rangechanged`, which it sends 200 ms after a still `setWindow`: the chart, drawn, waited those
 * 200 ms to be seen (story first items about 150 ms later than need be). Marking that first
 * report as had lets vis show the root at its next draw; the redraw asks for one now.
 *
 * Remove when vis shows its root after its first draw whatever its start and end (check the
 * "changed" listener in Core on upgrading); on a version without the flag it does nothing.
 */
export function showAtOnce(instance: VisTimeline): void {
  const core = instance as unknown as { initialRangeChangeDone?: boolean };
  if (core.initialRangeChangeDone !== false) return;
  core.initialRangeChangeDone = true;
  instance.redraw();
}
