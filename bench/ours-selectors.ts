/**
 * Our app's contracts the benchmark finds it by: timeline items `.vis-item[data-id]` and counts
 * `.vis-cluster[data-ids]` in `.vis-timeline`, and the prerendered first view's events and counts
 * (e2e/first-view.spec.ts).
 */

export const ITEM = ".vis-item[data-id]";
/** A count of several events (it opens into them). */
export const COUNT = ".vis-cluster[data-ids]";
/** What the live chart draws: events and counts (zoomed out on a phone, all may be counts). */
export const MARK = `${ITEM}, ${COUNT}`;
/**
 * What counts as the first items: the live chart's events and counts, or the first view drawn
 * before it (the start page's prerendered strip, or the app's while the chart's code loads), each
 * event of which is an element with `data-id` in `.first-view` (a count, `data-ids`), where vis
 * then draws it (e2e/first-view.spec.ts).
 */
export const FIRST_ITEM = `${MARK}, .first-view [data-id], .first-view [data-ids]`;
export const TIMELINE = ".vis-timeline";
