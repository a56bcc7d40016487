import type { TimelineOptions, TimelineOptionsCluster } from "vis-timeline/esnext";
import type { AxisFormat } from "../axis-format.ts";
import type { VisGroup } from "../to-items.ts";
import type { ZoomLimits } from "../window-math.ts";
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
  orientation: { axis: "top", item: "top" },
  margin: { item: { horizontal: 3, vertical: 4 }, axis: 6 },
  selectable: true,
  multiselect: false,
  showCurrentTime: false,
  showTooltips: false,
  height: "100%",
  // The wheel zooms; lanes that do not fit scroll with the lane names' scrollbar or a drag.
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
    // A phone's strip is as tall as its lanes; a desktop's chart has a fixed height.
    height: compact ? undefined : "100%",
    maxHeight: compact ? "28rem" : "100%",
    // Our minor labels are short ("13", "Mar", "7 PM", "19:00"): allow denser ticks than vis's
    // default of 7 characters, and denser still on a phone, where a day is a few pixels wide.
    maxMinorChars: compact ? 4 : 5,
    // Weeks between days and months, so a phone's narrow month still gets a few ticks (on a
    // desktop they would repeat the month's name at every week).
    showWeekScale: compact,
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
