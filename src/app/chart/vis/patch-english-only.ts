import type { Timeline as VisTimeline } from "vis-timeline/esnext";

/**
 * A patch of vis-timeline internals, written for vis-timeline 8.5.4 (the locale table shared by
 * its components, reached as `currentTime.defaultOptions.locales`).
 *
 * vis gives every item its own copy of every built-in locale (about forty objects of translated
 * button labels, used only when items are editable): with 14,000 items that was most of the JS
 * heap (81 MiB at 10,000 events) and much of the garbage collection during load. vis reads its
 * built-in locales through one shared object, reachable from any of its components; the chart
 * shows no vis text, so English alone is kept. Must run before items are added.
 *
 * Remove when vis stops copying its locales into every item (the bench's heap at 10,000 events
 * shows it); on a version without that table it does nothing.
 */
export function keepOnlyEnglish(instance: VisTimeline): void {
  const shared = (
    instance as unknown as { currentTime?: { defaultOptions?: { locales?: object } } }
  ).currentTime?.defaultOptions?.locales as Record<string, unknown> | undefined;
  if (!shared || !("en" in shared)) return;
  for (const locale of Object.keys(shared))
    if (locale !== "en") Reflect.deleteProperty(shared, locale);
}
