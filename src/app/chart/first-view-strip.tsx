import { useLayoutEffect, useMemo, useRef, useState } from "react";
import type { CSSProperties, MouseEvent } from "react";
import { firstView } from "../../core/chart/first-view.ts";
import type { FirstViewMark } from "../../core/chart/first-view.ts";
import { PHASE_LANE, toGroups } from "../../core/chart/to-items.ts";
import type { TimeWindow } from "../../core/chart/window-math.ts";
import type { StoryModel } from "../../core/story-model.ts";
import { useLaneColours } from "./lane-colours.ts";
import { TimelineControls } from "./timeline-controls.tsx";
import "./timeline-bar.css";
import "./first-view.css";
import "./first-view-lanes.css";
import "./first-view-marks.css";
import "./first-view-views.css";

/**
 * The chart's first view, drawn by the page itself while vis-timeline's code loads: the lanes,
 * the dots, counts and tints where vis will draw them (core/chart/first-view.ts, the rules vis is
 * given), the same markup the build writes into the start page (src/build/first-view-html.ts).
 * Each event is a link to its page carrying `data-id`; it is replaced by the live chart.
 */

/** The drawing width where the page cannot measure it (no layout). */
const GUESS_PX = 1000;
/** Until the drawing width is measured (in the same frame). */
const EMPTY = { phases: [], lanes: [] } as const;

const place = (at: number, width = 0) =>
  ({ "--at": `${at * 100}%`, "--w": `${width * 100}%` }) as CSSProperties;

export interface FirstViewStripProps {
  model: StoryModel;
  window: TimeWindow;
  compact: boolean;
  onSelect: (eventId: string) => void;
}

export function FirstViewStrip({ model, window, compact, onSelect }: FirstViewStripProps) {
  const track = useRef<HTMLDivElement>(null);
  // Measured before the first paint: the view is not worked out for a guess first (at 10,000
  // events each costs tens of milliseconds of the load).
  const [width, setWidth] = useState<number>();
  useLayoutEffect(() => {
    const element = track.current;
    if (!element) return;
    const measure = () => setWidth(element.clientWidth || GUESS_PX);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const view = useMemo(
    () => (width === undefined ? EMPTY : firstView(model, window, width)),
    [model, window, width],
  );
  const groups = useMemo(() => toGroups(model), [model]);
  useLaneColours(groups);
  const hasPhases = !compact && model.phases.length > 0;
  const open = (e: MouseEvent<HTMLAnchorElement>, id: string) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onSelect(id);
  };
  const mark = (m: FirstViewMark) => {
    if (m.kind === "count") {
      return (
        <span
          key={m.key}
          className="fv-mark fv-count"
          data-ids={m.ids.join(" ")}
          style={place(m.at)}
        >
          <span className="fv-count-text">{m.ids.length}</span>
          <span className="visually-hidden"> events</span>
        </span>
      );
    }
    const also = m.item.className.includes("is-also");
    const kind = m.kind === "dot" ? "fv-dot" : "fv-tint";
    return (
      <a
        key={m.key}
        className={`fv-mark ${kind} ${m.item.className}`}
        data-id={m.id}
        href={`${import.meta.env.BASE_URL}events/${encodeURIComponent(m.id)}/`}
        title={m.item.tooltip}
        style={place(m.at, m.kind === "tint" ? m.width : 0)}
        onClick={(e) => open(e, m.id)}
        {...(also ? { "aria-hidden": true, tabIndex: -1 } : {})}
      >
        <span className="visually-hidden">{m.item.tooltip}</span>
      </a>
    );
  };
  return (
    <div
      className={
        compact ? "event-timeline is-first-view is-compact" : "event-timeline is-first-view"
      }
    >
      <div className="timeline-bar">
        <p className="timeline-hint">
          {compact
            ? "Swipe sideways to move, pinch to zoom. Tap a dot to open it."
            : "Drag to move, scroll to zoom. A number counts several events: choose it to zoom in."}
        </p>
        <TimelineControls onZoomIn={noop} onZoomOut={noop} onShowAll={noop} ready={false} />
      </div>
      <p className="visually-hidden" role="status">
        Loading the timeline…
      </p>
      <div className="first-view">
        <div className="fv-names">
          <div className="fv-corner" />
          {hasPhases && (
            <div className="fv-name lane-phases fv-phase-lane">{laneName("Phases")}</div>
          )}
          {groups
            .filter((g) => g.id !== PHASE_LANE)
            .map((g) => (
              <div key={g.id} className={`fv-name ${g.laneClass ?? ""}`}>
                {laneName(g.content)}
              </div>
            ))}
        </div>
        <div className="fv-center">
          <div className="fv-axis" aria-hidden="true" />
          <div className="fv-body" ref={track}>
            {view.phases.map((p) => (
              <span
                key={p.key}
                className={`fv-band ${p.bandClass}`}
                style={place(p.band.at, p.band.width)}
              />
            ))}
            {hasPhases && (
              <div className="fv-lane fv-phase-lane" aria-hidden="true">
                {view.phases.map((p) => (
                  <span
                    key={p.key}
                    className="fv-phase"
                    style={{ ...place(p.at, p.width), "--row": p.row } as CSSProperties}
                  >
                    {p.title}
                  </span>
                ))}
              </div>
            )}
            {view.lanes.map((lane) => (
              <div key={lane.key} className={`fv-lane ${lane.laneClass}`}>
                {lane.marks.map(mark)}
              </div>
            ))}
          </div>
        </div>
      </div>
    </div>
  );
}

function laneName(text: string) {
  return (
    <span className="lane-name">
      <span className="lane-swatch" aria-hidden="true" />
      <span className="lane-title">{text}</span>
    </span>
  );
}

function noop() {}
