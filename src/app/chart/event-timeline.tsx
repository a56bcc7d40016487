import { useId, useMemo, useRef, useState } from "react";
import type { KeyboardEvent } from "react";
import type { StoryModel } from "../../core/story-model.ts";
import { PAGE_LANGUAGE, axisFormat, describeWindow } from "./axis-format.ts";
import { zoomAround } from "../../core/chart/overview-rules.ts";
import { useLaneColours } from "./lane-colours.ts";
import { TimelineControls } from "./timeline-controls.tsx";
import { PHASE_LANE, toGroups, toItems } from "../../core/chart/to-items.ts";
import { PHONE_LAYOUT, useMediaQuery } from "../use-media-query.ts";
import { useUpdates } from "../updates/updates-context.ts";
import type { WindowCommands } from "../view-state.ts";
import { useVisTimeline } from "./vis/use-vis-timeline.ts";
import {
  focusWindow,
  panWindow,
  showAllWindow,
  spanning,
  zoomLimits,
  zoomWindow,
} from "../../core/chart/window-math.ts";
import type { TimeWindow } from "../../core/chart/window-math.ts";
import "./timeline.css";
import "./timeline-lanes.css";
import "./timeline-items.css";
import "./timeline-marks.css";
import "./timeline-states.css";
import "./timeline-clusters.css";
import "./timeline-phases.css";
import "./timeline-compact.css";

export interface EventTimelineProps {
  model: StoryModel;
  selectedId: string | undefined;
  /** Events matching the reader's search and filters; undefined = all. Others are drawn dimmed. */
  matchIds?: ReadonlySet<string> | undefined;
  /** The window to open on (e.g. from a shared link); undefined = the story's focus period. */
  initialWindow?: TimeWindow | undefined;
  /** Windows and selections from outside: links, Back and Forward, the list, the panel. */
  windowCommands: WindowCommands;
  onSelect: (eventId: string | undefined) => void;
  /** Called once each move the reader makes has ended (a drag, the wheel, the buttons and keys). */
  onWindowChange?: (window: TimeWindow) => void;
}

const ZOOM_IN = 0.5;
const ZOOM_OUT = 2;
const PAN = 0.25;
/** Pixels the up and down keys scroll the lanes by. */
const LANE_STEP = 80;

/** The zoomable chart: one lane per actor, one item per event and lane, with its zoom controls. */
export function EventTimeline({
  model,
  selectedId,
  matchIds,
  initialWindow,
  windowCommands,
  onSelect,
  onWindowChange,
}: EventTimelineProps) {
  const container = useRef<HTMLDivElement>(null);
  const items = useMemo(() => toItems(model), [model]);
  const reducedMotion = useMediaQuery("(prefers-reduced-motion: reduce)");
  const { newIds } = useUpdates();
  const compact = useMediaQuery(PHONE_LAYOUT);
  // The phone's strip keeps the phases' bands but not the lane that names them.
  const groups = useMemo(
    () =>
      toGroups(model).map((g) => (compact && g.id === PHASE_LANE ? { ...g, visible: false } : g)),
    [model, compact],
  );
  useLaneColours(groups);
  const limits = useMemo(
    () => zoomLimits(spanning([model.extent, model.focus, ...model.phases.map((p) => p.when)])),
    [model],
  );
  const axis = useMemo(() => axisFormat(PAGE_LANGUAGE), []);
  const settings = useMemo(
    () => ({ limits, axis, reducedMotion, compact }),
    [limits, axis, reducedMotion, compact],
  );
  const home = useMemo(() => focusWindow(model.focus), [model]);
  const [shown, setShown] = useState<TimeWindow>(initialWindow ?? home);
  const descriptionId = useId();
  const handle = useVisTimeline({
    container,
    items,
    groups,
    settings,
    initialWindow,
    home,
    commands: windowCommands,
    selectedId,
    matchIds,
    newIds,
    onSelect,
    onWindowChange: (w: TimeWindow) => onWindowChange?.(w),
    onSettled: setShown,
  });
  const lanes = groups.filter((g) => g.id !== PHASE_LANE).length;
  const description =
    `Timeline of ${model.events.length} events in ${lanes} lanes, ` +
    `showing ${describeWindow(shown)}. The list of events below holds the same events.`;

  const move = (to: (w: TimeWindow) => TimeWindow) => {
    if (handle) handle.moveWindow(to(handle.getWindow()));
  };
  // Around the open event while it is in the window (it keeps its place, so stays in view), else
  // around the window's centre.
  const zoom = (factor: number) =>
    move((w) => {
      const open = model.events.find((e) => e.id === selectedId)?.when;
      if (!open || open.start > w.end || open.end < w.start) return zoomWindow(w, factor, limits);
      const anchor = new Date(Math.min(Math.max(+open.start, +w.start), +w.end));
      return zoomAround(w, factor, anchor, limits);
    });
  const zoomIn = () => zoom(ZOOM_IN);
  const zoomOut = () => zoom(ZOOM_OUT);
  const showAll = () => move(() => showAllWindow(model.extent));

  // Keys work while focus is anywhere in the timeline area (chart or buttons), not page-wide:
  // the list has its own arrow keys.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    const pan = e.shiftKey ? 4 * PAN : PAN;
    const actions: Record<string, () => void> = {
      "+": zoomIn,
      "=": zoomIn,
      "-": zoomOut,
      _: zoomOut,
      ArrowLeft: () => move((w) => panWindow(w, -pan)),
      ArrowRight: () => move((w) => panWindow(w, pan)),
      ArrowUp: () => handle?.scrollLanes(-LANE_STEP),
      ArrowDown: () => handle?.scrollLanes(LANE_STEP),
      "0": showAll,
      Home: showAll,
    };
    const action = actions[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  };

  return (
    <div className={compact ? "event-timeline is-compact" : "event-timeline"} onKeyDown={onKeyDown}>
      <div className="timeline-bar">
        <p className="timeline-hint">
          {compact
            ? "Swipe sideways to move, pinch to zoom. Tap a dot to open it."
            : "Drag to move, scroll to zoom. A number counts several events: choose it to zoom in."}
        </p>
        <TimelineControls
          onZoomIn={zoomIn}
          onZoomOut={zoomOut}
          onShowAll={showAll}
          ready={handle !== undefined}
        />
      </div>
      <div
        className="timeline-chart"
        ref={container}
        tabIndex={0}
        role="group"
        aria-label="Timeline, use + and - to zoom, arrow keys to pan, 0 to show all"
        aria-keyshortcuts="+ - ArrowLeft ArrowRight ArrowUp ArrowDown 0 Home"
        aria-describedby={descriptionId}
      />
      <p id={descriptionId} className="visually-hidden">
        {description}
      </p>
    </div>
  );
}
