import type { StoryModel } from "../story-model.ts";
import { laneRuns } from "./overview-rules.ts";
import type { CountRun } from "./overview-rules.ts";
import { PHASE_LANE, toGroups, toItems } from "./to-items.ts";
import type { VisItem } from "./to-items.ts";
import { clusterUnit, span } from "./window-math.ts";
import type { TimeWindow } from "./window-math.ts";

/**
 * The chart's first view as plain data: what vis-timeline will draw for a window at a drawing
 * width, from the same rules (toItems, the counts of overview-rules.ts, the clustering unit of
 * window-math.ts). The start page is built with it (src/build/first-view-html.ts) and the app
 * shows it while the chart's code loads (src/app/chart/first-view-strip.tsx), so the reader sees
 * the timeline with the first paint and nothing moves when vis takes over.
 *
 * Places are fractions of the window (0 its start, 1 its end): vis puts an instant at
 * `(t - start) / (end - start)` of its drawing width, so a place as a percentage of the same
 * width is where vis will draw it, at any width.
 */

/** A day or a time: its dot, centred on its instant. */
export interface FirstViewDot {
  kind: "dot";
  /** The drawn item's key (unique), and its event's id (`data-id`). */
  key: string;
  id: string;
  at: number;
  item: VisItem;
}

/**
 * Several of a lane's points (and bands no wider than a dot) drawn as one count, centred on the
 * mean of the instants they are counted at (as vis centres it).
 */
export interface FirstViewCount {
  kind: "count";
  key: string;
  ids: string[];
  at: number;
}

/** A month, a year or an interval: a tint over its period, clipped to the window. */
export interface FirstViewTint {
  kind: "tint";
  key: string;
  id: string;
  at: number;
  width: number;
  item: VisItem;
}

export type FirstViewMark = FirstViewDot | FirstViewCount | FirstViewTint;

export interface FirstViewLane {
  key: string;
  name: string;
  /** The lane's position class (`lane-3`), where its colour is set; never made of data. */
  laneClass: string;
  color?: string;
  marks: FirstViewMark[];
}

/** A phase: its band across every lane and its name in the phases' lane, on its row. */
export interface FirstViewPhase {
  key: string;
  title: string;
  at: number;
  width: number;
  row: number;
  bandClass: string;
  /** The band, whole; `at` and `width` place the name, within the window (vis keeps it in view). */
  band: { at: number; width: number };
}

export interface FirstView {
  window: TimeWindow;
  /** Whether counts are drawn at this width (clusterUnit): else every point is its own dot. */
  clustered: boolean;
  phases: FirstViewPhase[];
  lanes: FirstViewLane[];
}

/** The place of an instant in the window, 0 at its start and 1 at its end. */
export function placeIn(window: TimeWindow, t: Date | number): number {
  return (+t - +window.start) / span(window);
}

/**
 * A period [start, end] as a place and a width, whole (vis draws it whole, and the frame cuts it)
 * or, `clipped`, to the window (a phase's name, which vis keeps in view); undefined outside it.
 */
function period(window: TimeWindow, start: Date, end: Date, clipped = false) {
  const [from, to] = [placeIn(window, start), placeIn(window, end)];
  if (to <= 0 || from >= 1 || to <= from) return undefined;
  return clipped
    ? { at: Math.max(0, from), width: Math.min(1, to) - Math.max(0, from) }
    : { at: from, width: to - from };
}

const inView = (at: number) => at >= 0 && at <= 1;

function laneMarks(
  window: TimeWindow,
  items: readonly VisItem[],
  /** The zoom while counts are drawn; undefined when every point is its own dot. */
  msPerPixel: number | undefined,
): FirstViewMark[] {
  type EventItem = VisItem & { id: string };
  const events = items.filter((i): i is EventItem => i.id !== undefined);
  const runs: CountRun<EventItem>[] =
    msPerPixel === undefined
      ? events
          .filter((item) => item.type === "point")
          .sort((a, b) => +a.start - +b.start)
          .map((item) => ({ held: [item], at: +item.start }))
      : laneRuns(events, (item) => ({ ...item, point: item.type === "point" }), msPerPixel);
  const marks: FirstViewMark[] = [];
  // Events held in a count; a band alone in its run is drawn as its tint.
  const inCounts = new Set<VisItem>();
  for (const { held, at: t } of runs) {
    const [first] = held;
    if (!first || (held.length === 1 && first.type !== "point")) continue;
    const at = placeIn(window, t);
    if (held.length === 1) {
      if (inView(at)) marks.push({ kind: "dot", key: first.key, id: first.id, at, item: first });
      continue;
    }
    for (const item of held) inCounts.add(item);
    if (inView(at)) {
      marks.push({
        kind: "count",
        key: held.map((p) => p.key).join(" "),
        ids: held.map((p) => p.id),
        at,
      });
    }
  }
  // Tints first, in the lane's order: behind the dots and counts, as vis draws them.
  const tints = events.flatMap((item): FirstViewMark[] => {
    if (item.type === "point" || inCounts.has(item) || !item.end) return [];
    const drawn = period(window, item.start, item.end);
    return drawn ? [{ kind: "tint", key: item.key, id: item.id, item, ...drawn }] : [];
  });
  return [...tints, ...marks];
}

/**
 * What the chart draws for `window` at a drawing width of `width` pixels (the chart's centre,
 * without the lane names): lanes in the story's order, each event in each of its actors' lanes.
 */
export function firstView(model: StoryModel, window: TimeWindow, width: number): FirstView {
  const items = toItems(model);
  const msPerPixel = span(window) / Math.max(width, 1);
  const clustered = clusterUnit(msPerPixel) !== undefined;
  const byLane = new Map<string, VisItem[]>();
  for (const item of items) {
    if (item.group === undefined || item.group === PHASE_LANE) continue;
    const lane = byLane.get(item.group);
    if (lane) lane.push(item);
    else byLane.set(item.group, [item]);
  }
  const lanes = toGroups(model)
    .filter((g) => g.id !== PHASE_LANE)
    .map((g) => ({
      key: g.id,
      name: g.content,
      laneClass: g.laneClass ?? "",
      ...(g.color ? { color: g.color } : {}),
      marks: laneMarks(window, byLane.get(g.id) ?? [], clustered ? msPerPixel : undefined),
    }));
  const phases = model.phases.flatMap((phase, i) => {
    const band = period(window, phase.when.start, phase.when.end);
    const name = period(window, phase.when.start, phase.when.end, true);
    if (!band || !name) return [];
    const row = model.phases
      .slice(0, i)
      .filter((p) => p.when.start < phase.when.end && phase.when.start < p.when.end).length;
    return [
      {
        key: phase.id,
        title: phase.title,
        row,
        bandClass: `phase-depth-${row}`,
        band,
        ...name,
      },
    ];
  });
  return { window, clustered, phases, lanes };
}
