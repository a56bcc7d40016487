/**
 * The reader's last visit, kept in this browser's localStorage and nowhere else: nothing about it
 * is sent anywhere. The only module that touches localStorage.
 *
 * A visit is a stretch of reading with no gap of more than SAME_VISIT_MS. Stored are the time the
 * reader was last seen (`seen`: written when the page is hidden or left, and at load) and, for the
 * visit going on, the end of the visit before it (`since`). At load:
 *  - nothing stored: a first visit, no markers (`since` stays empty);
 *  - seen within SAME_VISIT_MS: the same visit (a reload, a second tab): the same `since`, so a
 *    reload does not wipe the markers the reader has not read yet;
 *  - seen earlier: a new visit, and `since` becomes that last `seen`.
 * Storage that is full, disabled or refused (private modes) just means no markers.
 */

export const SAME_VISIT_MS = 30 * 60 * 1000;
const PREFIX = "news-timeline:last-visit:";

interface Stored {
  since: string | null;
  seen: string;
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function read(key: string): Stored | undefined {
  try {
    const value: unknown = JSON.parse(storage()?.getItem(PREFIX + key) ?? "null");
    if (value === null || typeof value !== "object") return undefined;
    const { since, seen } = value as Record<string, unknown>;
    if (typeof seen !== "string" || Number.isNaN(Date.parse(seen))) return undefined;
    const sinceOk = typeof since === "string" && !Number.isNaN(Date.parse(since));
    return { since: sinceOk ? since : null, seen };
  } catch {
    return undefined;
  }
}

function write(key: string, stored: Stored): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify(stored));
  } catch {
    // Full or refused: the reader gets no markers next time, nothing worse.
  }
}

/** Starts (or continues) a visit to the story `key`; returns the end of the previous visit. */
export function beginVisit(key: string, now: Date = new Date()): Date | undefined {
  const stored = read(key);
  const sameVisit = stored !== undefined && now.getTime() - Date.parse(stored.seen) < SAME_VISIT_MS;
  const since = stored === undefined ? null : sameVisit ? stored.since : stored.seen;
  write(key, { since, seen: now.toISOString() });
  return since === null ? undefined : new Date(since);
}

/** Keeps `seen` up to date while the page is hidden or left; returns the function that stops. */
export function recordWhenLeaving(key: string): () => void {
  const seen = () => {
    const stored = read(key);
    write(key, { since: stored?.since ?? null, seen: new Date().toISOString() });
  };
  const hidden = () => {
    if (document.visibilityState === "hidden") seen();
  };
  window.addEventListener("pagehide", seen);
  document.addEventListener("visibilitychange", hidden);
  return () => {
    window.removeEventListener("pagehide", seen);
    document.removeEventListener("visibilitychange", hidden);
  };
}
