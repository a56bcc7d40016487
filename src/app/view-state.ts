import { useEffect, useMemo, useRef, useState } from "react";
import type { StoryModel } from "../core/story-model.ts";
import type { TimeWindow } from "../core/time-window.ts";
import type { ViewState } from "../core/url.ts";
import {
  currentQuoteNumber,
  onHistoryChange,
  pushView,
  readView,
  replaceView,
  viewUrl,
} from "./address-bar.ts";
import { afterNextPaint } from "./after-paint.ts";

/**
 * What the chart is told from outside; vis owns the visible window, and these are the only ways
 * in. Back and Forward `show` the window of their entry (undefined = the story's focus) with its
 * event; a selection made anywhere in the app asks the chart to `reveal` the event.
 */
export type WindowCommand =
  | { kind: "show"; window: TimeWindow | undefined; eventId: string | undefined }
  | { kind: "reveal"; eventId: string };

/** Listens for window commands; returns the function that stops listening. */
export type WindowCommands = (listener: (command: WindowCommand) => void) => () => void;

export interface ViewActions {
  select: (eventId: string | undefined) => void;
  /** The reader moved the chart's window (its one report, see src/app/chart/window-sync.ts). */
  setWindow: (window: TimeWindow) => void;
  setFilters: (filters: Partial<Pick<ViewState, "actors" | "tags" | "q" | "newSince">>) => void;
  /** For the chart: the window commands (the state's window is only ever the chart's report). */
  windowCommands: WindowCommands;
}

/** Panning and zooming rewrite the URL once the reader pauses, not on every frame. */
const WINDOW_WRITE_DELAY_MS = 300;

/** The nearest whole minute of the reader's clock (which is not always a whole UTC minute). */
function nearestMinute(d: Date): Date {
  const later = new Date(d.getTime() + 30_000);
  return new Date(later.getTime() - later.getSeconds() * 1000 - later.getMilliseconds());
}

/** The URL holds whole minutes; so does the state, so the two always agree. */
function toMinutes(window: TimeWindow): ViewState["window"] {
  const start = nearestMinute(window.start);
  const end = nearestMinute(window.end);
  return start < end ? { start, end } : undefined;
}

/** The chart's listeners for window commands, and the way to tell them all. */
function commandChannel() {
  const listeners = new Set<(command: WindowCommand) => void>();
  const listen: WindowCommands = (listener) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  };
  const send = (command: WindowCommand) => {
    for (const listener of listeners) listener(command);
  };
  return { listen, send };
}

/** A link may name actors or tags this story does not have; they are dropped, not obeyed. */
function knownFilters(
  view: ViewState,
  actors: ReadonlySet<string>,
  tags: ReadonlySet<string>,
  aliases: ReadonlyMap<string, string>,
) {
  // A link to an event's earlier id opens the event under the id it has now.
  const eventId =
    view.eventId === undefined ? undefined : (aliases.get(view.eventId) ?? view.eventId);
  return {
    ...view,
    eventId,
    actors: view.actors.filter((id) => actors.has(id)),
    tags: view.tags.filter((tag) => tags.has(tag)),
  };
}

/**
 * Holds the view state and keeps it in the URL (through src/app/address-bar.ts): selecting an event
 * pushes a history entry, panning and zooming replace it (after a pause), filters replace it, and
 * Back and Forward bring the state back.
 */
export function useViewState(model: StoryModel): [ViewState, ViewActions] {
  const clean = useMemo(() => {
    const actors = new Set(model.actors.map((a) => a.id));
    const tags = new Set(model.events.flatMap((e) => e.tags));
    return (view: ViewState) => knownFilters(view, actors, tags, model.aliases);
  }, [model]);
  const [view, setView] = useState<ViewState>(() => clean(readView()));
  // The latest state, for actions called several times before React renders again.
  const latest = useRef(view);
  const pendingWrite = useRef<ReturnType<typeof setTimeout>>(undefined);
  // A selection's history entry and the chart's move to it wait for the panel's paint: on a
  // phone-class CPU pushState alone took 6–23 ms, and the move is the chart's redraw.
  const pendingPush = useRef<{ view: ViewState; cancel: () => void }>(undefined);
  const cancelReveal = useRef(() => {});
  const [commands] = useState(commandChannel);

  useEffect(
    () =>
      onHistoryChange((next) => {
        clearTimeout(pendingWrite.current);
        pendingWrite.current = undefined;
        const view = clean(next);
        // A followed quote link changes only the hash: the view is the same.
        if (viewUrl(view) === viewUrl(latest.current)) return;
        // Back or Forward within the frame of a selection: its entry and its move are dropped.
        pendingPush.current?.cancel();
        pendingPush.current = undefined;
        cancelReveal.current();
        latest.current = view;
        setView(view);
        commands.send({ kind: "show", window: view.window, eventId: view.eventId });
      }),
    [clean, commands],
  );
  useEffect(
    () => () => {
      clearTimeout(pendingWrite.current);
      pendingPush.current?.cancel();
      cancelReveal.current();
    },
    [],
  );
  // An old link (an event's earlier id) is shown as the event's link now.
  useEffect(() => {
    if (readView().eventId !== latest.current.eventId) replaceView(latest.current);
  }, []);

  const actions = useMemo<ViewActions>(() => {
    const commit = (next: ViewState) => {
      latest.current = next;
      setView(next);
    };
    // A selection's entry not yet written is written before anything rewrites the current one.
    const pushPending = () => {
      const pending = pendingPush.current;
      if (!pending) return;
      pendingPush.current = undefined;
      pending.cancel();
      pushView(pending.view);
    };
    const replace = (next: ViewState) => {
      pushPending();
      replaceView(next);
    };
    const writePending = () => {
      if (pendingWrite.current === undefined) return;
      clearTimeout(pendingWrite.current);
      pendingWrite.current = undefined;
      replace(latest.current);
    };
    return {
      select: (eventId) => {
        if (eventId === latest.current.eventId) return;
        pushPending();
        // The entry being left keeps the window the reader had there.
        writePending();
        const next = { ...latest.current, eventId };
        // A quote's hash is read while the panel renders (currentQuoteNumber): the new entry,
        // which has none, must be in place first.
        if (currentQuoteNumber() !== undefined) pushView(next);
        else {
          const cancel = afterNextPaint(() => {
            pendingPush.current = undefined;
            pushView(next);
          });
          pendingPush.current = { view: next, cancel };
        }
        commit(next);
        // The chart is a frame behind anyway (see useStoryView); a later selection's move
        // replaces this one.
        cancelReveal.current();
        if (eventId !== undefined) {
          cancelReveal.current = afterNextPaint(() => commands.send({ kind: "reveal", eventId }));
        }
      },
      setWindow: (moved) => {
        const window = toMinutes(moved);
        const current = latest.current.window;
        if (!window) return;
        if (current && +current.start === +window.start && +current.end === +window.end) return;
        commit({ ...latest.current, window });
        clearTimeout(pendingWrite.current);
        pendingWrite.current = setTimeout(() => {
          pendingWrite.current = undefined;
          replace(latest.current);
        }, WINDOW_WRITE_DELAY_MS);
      },
      setFilters: (filters) => {
        const next = { ...latest.current, ...filters };
        commit(next);
        clearTimeout(pendingWrite.current);
        pendingWrite.current = undefined;
        replace(next);
      },
      windowCommands: commands.listen,
    };
  }, [commands]);
  return [view, actions];
}
