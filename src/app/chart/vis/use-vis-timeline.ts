import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { RefObject } from "react";
import type { WindowCommands } from "../../view-state.ts";
import type { VisGroup, VisItem } from "../../../core/chart/to-items.ts";
import type { TimeWindow } from "../../../core/chart/window-math.ts";
import type { VisTimelineSettings } from "./chart-options.ts";
import { createChart } from "./create-chart.ts";
import type { ChartInputs, VisChart } from "./create-chart.ts";

export type { VisTimelineSettings };

/**
 * The chart's life in React: vis is created in one effect and destroyed in that effect's cleanup
 * (StrictMode-safe), each prop is taken in by an effect of its own, and what the reader does comes
 * out through callbacks. vis owns the visible window: it is seeded once (`initialWindow`, else
 * `home`), then driven only by `commands` (links, Back and Forward, a selection made elsewhere) and
 * the handle (buttons, keys); the reader's moves come out through `onWindowChange` alone.
 */

export interface VisTimelineProps {
  container: RefObject<HTMLDivElement | null>;
  items: readonly VisItem[];
  groups: VisGroup[];
  settings: VisTimelineSettings;
  /** The window the chart opens on (a link's); undefined = `home`. Read once. */
  initialWindow: TimeWindow | undefined;
  /** Where the chart opens when no window is asked for: the story's focus. */
  home: TimeWindow;
  /** Windows and selections from outside the chart. */
  commands: WindowCommands;
  selectedId: string | undefined;
  matchIds: ReadonlySet<string> | undefined;
  /** Events added or changed since the reader's last visit. */
  newIds: ReadonlySet<string>;
  onSelect: (eventId: string) => void;
  onWindowChange: (window: TimeWindow) => void;
  /** Every window the chart settles on, whoever moved it. */
  onSettled?: (window: TimeWindow) => void;
}

/** What the controls need: where the window is, and a way to move it as the reader asked. */
export interface TimelineHandle {
  /** Where the window is, or where a move under way is heading. */
  getWindow: () => TimeWindow;
  /** Moves the window (animated unless reduced motion); the move is reported when it ends. */
  moveWindow: (window: TimeWindow) => void;
  /** Scrolls the lanes by `by` pixels (down when positive), when they do not all fit. */
  scrollLanes: (by: number) => void;
}

/** Each event's drawn copies, its main item (the first actor's) first; each lane's events. */
function copiesOf(items: readonly VisItem[]) {
  const keys = new Map<string, string[]>();
  const mainItems = new Map<string, VisItem>();
  const lanes = new Map<string, VisItem[]>();
  for (const item of items) {
    if (item.id === undefined) continue;
    const lane = lanes.get(item.group ?? "");
    if (lane) lane.push(item);
    else lanes.set(item.group ?? "", [item]);
    keys.set(item.id, [...(keys.get(item.id) ?? []), item.key]);
    if (!mainItems.has(item.id)) mainItems.set(item.id, item);
  }
  return { keys, mainItems, lanes };
}

export function useVisTimeline(props: VisTimelineProps): TimelineHandle | undefined {
  const { container, items, groups, settings, commands, selectedId, matchIds } = props;
  const [chart, setChart] = useState<VisChart>();
  const copies = useMemo(() => copiesOf(items), [items]);
  const inputs = { ...props, ...copies };
  const latest = useRef<ChartInputs & { initialWindow?: TimeWindow; home: TimeWindow }>(inputs);
  useEffect(() => {
    latest.current = inputs;
  });

  // Created, filled and seeded in layout effects, before the browser paints the commit that
  // replaced the first view (first-view-strip.tsx): vis draws its items in its next frame, so no
  // frame shows the chart empty (about 80 ms of it with passive effects; e2e/first-view.spec.ts).
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const created = createChart(element, () => latest.current);
    setChart(created);
    return () => {
      created.destroy();
      setChart(undefined);
    };
  }, [container]);

  useLayoutEffect(() => chart?.setSettings(settings), [chart, settings]);
  useLayoutEffect(() => chart?.setGroups(groups), [chart, groups]);
  useLayoutEffect(() => chart?.setItems(items), [chart, items]);

  // Seeded once per chart, after its items: a link's window is the view the sender saw, kept
  // even if its event is elsewhere; without one, the chart opens on `home` and shows the event.
  useLayoutEffect(() => {
    if (!chart) return;
    const { initialWindow, home, selectedId: opened } = latest.current;
    chart.show(initialWindow ?? home);
    if (!initialWindow && opened !== undefined) chart.reveal(opened);
  }, [chart]);

  useEffect(() => {
    if (!chart) return;
    return commands((command) => {
      if (command.kind === "reveal") return chart.reveal(command.eventId);
      // Back or Forward: its window, as the seed's, is kept; so is the focus with its event.
      chart.show(command.window ?? latest.current.home);
      if (!command.window && command.eventId !== undefined) chart.reveal(command.eventId);
    });
  }, [chart, commands]);

  useEffect(() => chart?.showSelection(), [chart, selectedId, copies]);
  useEffect(() => chart?.mark(), [chart, props.newIds]);
  useEffect(() => chart?.dim(), [chart, matchIds]);

  return useMemo(
    () =>
      chart && {
        getWindow: () => chart.sync.window(),
        moveWindow: chart.move,
        scrollLanes: chart.scrollLanes,
      },
    [chart],
  );
}
