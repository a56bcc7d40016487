import { useEffect, useState } from "react";
import type { CSSProperties } from "react";
import type { StoryModel } from "../../core/story-model.ts";
import type { ViewState } from "../../core/url.ts";
import type { ViewActions } from "../view-state.ts";
import { STRIP_PX, stripHeight } from "../../core/chart/overview-rules.ts";
import { focusWindow } from "../../core/chart/window-math.ts";
import { PHONE_LAYOUT, useMediaQuery } from "../use-media-query.ts";
import { FirstViewStrip } from "./first-view-strip.tsx";
import type * as Chart from "./event-timeline.tsx";

type ChartModule = typeof Chart;

// vis-timeline and moment are most of the page's bytes: fetch them as soon as this module loads,
// in parallel with the first render, so the prerendered text, the list and the panel do not wait.
// Not React.lazy: React holds back a Suspense boundary's content for up to 300 ms after showing
// its fallback, which delayed the first items by about that much.
let loaded: ChartModule | undefined;
// A failed fetch (a dropped connection, a deploy that removed the old files) is kept, not thrown
// here: the component throws it while rendering, so the error boundary shows its message.
const chartModule: Promise<ChartModule | Error> = import("./event-timeline.tsx").then(
  (m) => (loaded = m),
  (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
);

/** The chart's code once it has arrived, or the error that stopped it. */
function useChartModule(): ChartModule | Error | undefined {
  const [module, setModule] = useState<ChartModule | Error | undefined>(loaded);
  useEffect(() => {
    if (module) return;
    let current = true;
    void chartModule.then((m) => current && setModule(m));
    return () => {
      current = false;
    };
  }, [module]);
  return module;
}

export interface TimelineAreaProps {
  model: StoryModel;
  view: ViewState;
  actions: ViewActions;
  /** Events matching the reader's search and filters; undefined = all. */
  matchIds: ReadonlySet<string> | undefined;
}

/** The chart's region of the page (full page and embed alike), holding its place while it loads. */
export function TimelineArea({ model: model, view, actions, matchIds }: TimelineAreaProps) {
  const chart = useChartModule();
  if (chart instanceof Error) throw chart;
  const compact = useMediaQuery(PHONE_LAYOUT);
  const phases = model.phases.map((p) => p.when);
  const height = stripHeight(model.actors.length, phases);
  const strip = {
    "--timeline-strip": `${height}px`,
    "--timeline-strip-compact": `${stripHeight(model.actors.length, phases, true)}px`,
    "--fv-phase-lane": `${height - STRIP_PX.axis - STRIP_PX.lane * model.actors.length}px`,
  } as CSSProperties;
  return (
    <section className="timeline-area" aria-label="Timeline" style={strip}>
      {chart ? (
        <chart.EventTimeline
          model={model}
          selectedId={view.eventId}
          onSelect={actions.select}
          matchIds={matchIds}
          initialWindow={view.window}
          windowCommands={actions.windowCommands}
          onWindowChange={actions.setWindow}
        />
      ) : (
        // The chart's first view where vis will draw it, so nothing moves when it arrives.
        <FirstViewStrip
          model={model}
          window={view.window ?? focusWindow(model.focus)}
          compact={compact}
          onSelect={actions.select}
        />
      )}
    </section>
  );
}
