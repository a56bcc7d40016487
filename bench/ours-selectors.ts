/**
 * Our app's contracts the benchmark finds it by: timeline items `.vis-item[data-id]` in
 * `.vis-timeline`, and the prerendered first view's events (e2e/first-view.spec.ts).
 */

export const ITEM = ".vis-item[data-id]";
/**
 * What counts as the first items: the live chart's, or the first view drawn before it (the start
 * page's prerendered strip, or the app's while the chart's code loads), each event of which is an
 * element with `data-id` in `.first-view`, where vis then draws it (e2e/first-view.spec.ts).
 */
export const FIRST_ITEM = `${ITEM}, .first-view [data-id]`;
export const TIMELINE = ".vis-timeline";
