import { Suspense, lazy } from "react";
import type { Timeline } from "../model/load.ts";
import type { ViewActions, ViewState } from "../view-state.ts";

// vis-timeline and moment are most of the page's bytes: fetch them as soon as this module loads,
// in parallel with the first render, so the prerendered text, the list and the panel do not wait.
const timelineModule = import("./event-timeline.tsx");
const EventTimeline = lazy(() => timelineModule.then((m) => ({ default: m.EventTimeline })));

export interface TimelineAreaProps {
  timeline: Timeline;
  view: ViewState;
  actions: ViewActions;
  /** Events matching the reader's search and filters; undefined = all. */
  matchIds: ReadonlySet<string> | undefined;
}

/** The chart's region of the page (full page and embed alike), holding its place while it loads. */
export function TimelineArea({ timeline, view, actions, matchIds }: TimelineAreaProps) {
  return (
    <section className="timeline-area" aria-label="Timeline">
      <Suspense fallback={<p className="timeline-loading">Loading the timeline…</p>}>
        <EventTimeline
          timeline={timeline}
          selectedId={view.eventId}
          onSelect={actions.select}
          matchIds={matchIds}
          window={view.window}
          onWindowChange={actions.setWindow}
        />
      </Suspense>
    </section>
  );
}
