import type { VisItem } from "../../../core/chart/to-items.ts";

/**
 * How the overview draws events that are not points (a month, a year, an interval), so that none
 * pushes a day event out of its row: a tint behind its lane over the whole period, edged along
 * the lane's foot (timeline.css), drawn as a vis background item in its lane. Tints never stack
 * and never take the pointer from the dots above them; their titles are in the list and in the
 * chart's own text (drawn-marks.ts).
 */
export function asDrawn(items: readonly VisItem[]): VisItem[] {
  return items.map((item) => {
    if (item.id === undefined || item.type !== "range") return item;
    // vis gives background items no data attributes: the class names the event (ids are slugs),
    // and drawn-marks.ts copies it to `data-id`.
    const className = `${item.className} is-tint tint-of-${item.id}`;
    return { ...item, type: "background", className };
  });
}
