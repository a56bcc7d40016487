/**
 * Interaction to Next Paint from Event Timing entries (`PerformanceObserver` of type "event",
 * durationThreshold 16): the events of one interaction (pointerdown, pointerup, click; keydown,
 * keyup) share an `interactionId`, and the interaction's latency is the longest of their
 * durations, from the input to the next paint after its handlers ran. The browser reports only
 * events of at least 16 ms, rounded to 8 ms.
 */

export interface EventEntry {
  interactionId: number;
  duration: number;
  startTime: number;
}

/** Event Timing does not report faster events: an interaction without entries took less. */
export const EVENT_TIMING_THRESHOLD_MS = 16;

/**
 * The latency of the slowest interaction that started at or after `since` (ms since navigation),
 * or null when none of its events reached the threshold (it took less than 16 ms).
 */
export function interactionLatency(entries: readonly EventEntry[], since = 0): number | null {
  const byInteraction = new Map<number, number>();
  for (const e of entries) {
    if (e.interactionId <= 0 || e.startTime < since) continue;
    byInteraction.set(
      e.interactionId,
      Math.max(byInteraction.get(e.interactionId) ?? 0, e.duration),
    );
  }
  return byInteraction.size === 0 ? null : Math.max(...byInteraction.values());
}
