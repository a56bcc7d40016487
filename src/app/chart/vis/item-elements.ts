import type { VisGroup, VisItem } from "../../../core/chart/to-items.ts";

/**
 * The DOM that vis-timeline shows for items, clusters and lanes, built with `textContent` so that
 * nothing from the data is ever parsed as HTML. (React is not rendered inside vis templates: vis
 * replaces and drops these elements on its own schedule, which would leak React roots.)
 */

function span(className: string, text: string): HTMLSpanElement {
  const element = document.createElement("span");
  element.className = className;
  element.textContent = text;
  return element;
}

function clusterElement(count: number): HTMLElement {
  const element = span("cluster-label", String(count));
  element.append(span("visually-hidden", " events"));
  // The chart's own tooltip shows it on hover and focus (tooltip.ts); no native title as well.
  element.dataset.tip = `${count} events: choose to zoom in`;
  return element;
}

/** An event or phase: its cues, its label, and the text equivalent of how its date is drawn. */
export function itemElement(data: unknown): HTMLElement {
  const cluster = data as { isCluster?: boolean; items?: unknown[] } | undefined;
  if (cluster?.isCluster) return clusterElement(cluster.items?.length ?? 0);
  const item = data as Partial<VisItem> | undefined;
  const element = span("item-text", "");
  if (!item || item.type === "background") return element;
  element.dataset.tip = item.tooltip ?? "";
  for (const cue of item.cues ?? []) {
    const mark = span("date-cue", cue);
    mark.setAttribute("aria-hidden", "true");
    element.append(mark);
  }
  element.append(span("item-title", item.content ?? ""));
  if (item.note) element.append(span("visually-hidden", item.note));
  return element;
}

/** A lane's name with a swatch of its colour (the swatch reads `--lane-color` from the label). */
export function groupElement(group: VisGroup | undefined): HTMLElement {
  const element = span("lane-name", "");
  const swatch = span("lane-swatch", "");
  swatch.setAttribute("aria-hidden", "true");
  element.append(swatch, span("lane-title", group?.content ?? ""));
  return element;
}
