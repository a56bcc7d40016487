import type { TimelineOptions, TimelineOptionsCluster } from "vis-timeline/esnext";
import type { AxisFormat } from "../axis-format.ts";
import type { VisGroup } from "../../../core/chart/to-items.ts";
import type { ZoomLimits } from "../../../core/chart/window-math.ts";
import { groupElement, itemElement } from "./item-elements.ts";

/** What the chart's options depend on. */
export interface VisTimelineSettings {
  limits: ZoomLimits;
  axis: AxisFormat;
  /** The reader prefers reduced motion: every move is instant. */
  reducedMotion: boolean;
  /** The phone layout: labels are hidden, so lanes are drawn more densely. */
  compact: boolean;
}

/** The options the chart is created with and keeps. */
export const BASE_OPTIONS: TimelineOptions = {
  dataAttributes: ["id"],
  xss: { disabled: false },
  stack: true,
  // With an order of its own, vis stacks only what it draws: without one, the events hidden
  // inside a count still take room, and pushed their count down a row.
  order: (a: { start?: unknown }, b: { start?: unknown }) =>
    new Date(a.start as Date).getTime() - new Date(b.start as Date).getTime(),
  orientation: { axis: "top", item: "top" },
  // Rows of dots start 4 px into their lane, 4 px apart when same-day events stack.
  margin: { item: { horizontal: 3, vertical: 4 }, axis: 4 },
  selectable: true,
  multiselect: false,
  showCurrentTime: false,
  showTooltips: false,
  // No height and no maxHeight: an overview strip as tall as its lanes, so every lane is in view
  // and the lane names can never scroll apart from them: 24 px a lane plus the axis (timeline.css
  // --timeline-lane-height), taller only while same-day events stack when zoomed in to a day.
  // The wheel zooms.
  zoomKey: "",
  preferZoom: true,
  horizontalScroll: false,
  verticalScroll: true,
  zoomFriction: 8,
  groupHeightMode: "auto",
  template: (item: unknown) => itemElement(item),
  groupTemplate: (group: VisGroup | undefined) => groupElement(group),
};

/** The options that follow the settings; `cluster` restates the clustering as it stands. */
export function settingsOptions(
  { limits, axis, compact }: VisTimelineSettings,
  cluster: TimelineOptionsCluster,
): TimelineOptions {
  return {
    // Our minor labels are short ("13", "Mar", "7 PM", "19:00"): allow denser ticks than vis's
    // default of 7 characters, and denser still on a phone, where a day is a few pixels wide.
    maxMinorChars: compact ? 4 : 3.6,
    // No week scale: its ticks fall beside the month's divider ("2" pressed against "March").
    showWeekScale: false,
    // The window moves only within these (window-math.ts clampWindow sends windows inside them).
    min: limits.min,
    max: limits.max,
    zoomMin: limits.zoomMin,
    zoomMax: limits.zoomMax,
    format: {
      // vis hands over moment objects; date-fns wants Dates.
      minorLabels: (date: Date, scale: string) => axis.minor(toDate(date), scale),
      majorLabels: (date: Date, scale: string) => axis.major(toDate(date), scale),
    },
    // Every setOptions call must restate clustering, or vis turns it off.
    cluster,
  };
}

function toDate(date: Date | { toDate: () => Date }): Date {
  return date instanceof Date ? date : date.toDate();
}
