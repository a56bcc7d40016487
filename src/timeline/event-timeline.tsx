import { useMemo, useRef } from "react";
import type { Timeline } from "../model/load.ts";
import { toGroups, toItems } from "./to-items.ts";
import { useVisTimeline } from "./use-vis-timeline.ts";

export interface EventTimelineProps {
  timeline: Timeline;
  selectedId: string | undefined;
  onSelect: (eventId: string | undefined) => void;
}

/** The zoomable chart: one lane per actor, one item per event and lane. */
export function EventTimeline({ timeline, selectedId, onSelect }: EventTimelineProps) {
  const container = useRef<HTMLDivElement>(null);
  const items = useMemo(() => toItems(timeline), [timeline]);
  const groups = useMemo(() => toGroups(timeline), [timeline]);
  useVisTimeline({
    container,
    items,
    groups,
    initialWindow: timeline.focus,
    selectedId,
    onSelect,
  });
  return <div className="event-timeline" ref={container} />;
}
