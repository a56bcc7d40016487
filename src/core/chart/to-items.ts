import { formatDate, readerDate } from "../dates.ts";
import type { StoryModel, DatedEvent, DatedPhase } from "../story-model.ts";

/**
 * Events → vis-timeline items and groups, as plain data built once per story.
 *
 * One lane (group) per actor in the story's order, under a "Phases" lane that labels the story's
 * phases (drawn as background bands across every lane). An event with several actors is drawn in
 * each of their lanes: the item in the first actor's lane is the event's main item, the others are
 * marked `is-also`. Every copy carries the event's id (rendered as `data-id` by vis-timeline) and a
 * unique `key`, the DataSet's id field. vis keeps lanes in a plain object keyed by their id, where
 * an actor id such as `constructor` or `__proto__` would break it: lanes are keyed by `laneKey`.
 *
 * No style strings: vis splits them on `;`, so a colour could carry a declaration of its own. A
 * lane's colour is data (`color`, with the class `laneClass` that the chart colours through the
 * custom property `--lane-color`); its items take it from their lane.
 *
 * Dates are drawn as precisely as they are known: a day or a time is a point; a month, a year or an
 * interval is a range over its whole period. Approximate and uncertain dates get a visible cue
 * (`cues`) and a text equivalent (`note`), which the template renders as visually hidden text.
 */

export interface VisItem {
  /** The DataSet id: unique per drawn item. */
  key: string;
  /** The event id, rendered as `data-id`; absent on phases. */
  id?: string;
  /** The lane; absent on phase bands, which cross every lane. */
  group?: string;
  start: Date;
  end?: Date;
  type: "point" | "range" | "background";
  /** The visible label, as plain text. */
  content: string;
  /** Short visible marks drawn before the label: "c." (approximate), "?" (uncertain). */
  cues: string[];
  /** Text for screen readers that says what the cues and the drawing show ("c. March 2025"). */
  note: string;
  /** The native tooltip: the whole label and its date. */
  tooltip: string;
  className: string;
  selectable: boolean;
}

export interface VisGroup {
  /** The lane's key (see laneKey). */
  id: string;
  content: string;
  /** The actor's colour: the lane's swatch and its items. */
  color?: string;
  /** A class of this lane alone, made of its position (never of data): where its colour is set. */
  laneClass?: string;
  className: string;
  /** vis leaves out lanes marked `visible: false`, with their items. */
  visible?: boolean;
}

/** The lane that carries the phases' labels. Not a slug, so it cannot clash with an actor id. */
export const PHASE_LANE = "#phases";

/** The key of an actor's lane: prefixed, so no id can name a property every object has. */
export function laneKey(actorId: string): string {
  return `lane:${actorId}`;
}

export function itemKey(eventId: string, actorId: string): string {
  return `${eventId}@${actorId}`;
}

/** The event id of an item key, or undefined for keys that are not events (phases, clusters). */
export function eventIdOfKey(key: string): string | undefined {
  if (key.startsWith("#")) return undefined;
  const at = key.lastIndexOf("@");
  return at < 0 ? undefined : key.slice(0, at);
}

/** A day or a time is a point; a month, a year or an interval covers its whole period. */
export function isPoint(event: Pick<DatedEvent, "when">): boolean {
  const { when } = event;
  return !when.interval && (when.precision === "day" || when.precision === "minute");
}

function classesOf(event: DatedEvent, isAlso: boolean): string {
  const { when } = event;
  return [
    "event",
    isPoint(event) ? "is-point" : "is-range",
    `precision-${when.precision}`,
    when.interval ? "is-interval" : "",
    when.approximate ? "is-approximate" : "",
    when.uncertain ? "is-uncertain" : "",
    isAlso ? "is-also" : "",
    event.updated ? "is-updated" : "",
  ]
    .filter(Boolean)
    .join(" ");
}

function cuesOf(event: DatedEvent): string[] {
  return [event.when.approximate ? "c." : "", event.when.uncertain ? "?" : ""].filter(Boolean);
}

function eventItems(event: DatedEvent): VisItem[] {
  const point = isPoint(event);
  const date = readerDate(event);
  return event.actors.map((actor, i) => ({
    key: itemKey(event.id, actor),
    id: event.id,
    group: laneKey(actor),
    start: event.when.start,
    ...(point ? {} : { end: event.when.end }),
    type: point ? "point" : "range",
    content: event.title,
    cues: cuesOf(event),
    note: `, ${date}`,
    tooltip: `${event.title} (${date})`,
    className: classesOf(event, i > 0),
    selectable: true,
  }));
}

/** How many earlier phases overlap this one: nested phases stack their labels by this depth. */
function depthOf(phases: DatedPhase[], index: number): number {
  const phase = phases[index];
  if (!phase) return 0;
  return phases
    .slice(0, index)
    .filter((p) => p.when.start < phase.when.end && phase.when.start < p.when.end).length;
}

function phaseItems(phases: DatedPhase[]): VisItem[] {
  return phases.flatMap((phase, i) => {
    const date = formatDate(phase.when);
    const common = {
      start: phase.when.start,
      end: phase.when.end,
      content: phase.title,
      cues: [],
      note: `, ${date}`,
      tooltip: `${phase.title} (${date})`,
      selectable: false,
    };
    return [
      {
        ...common,
        key: `#phase-band:${phase.id}`,
        type: "background" as const,
        className: `phase-band phase-depth-${depthOf(phases, i)}`,
      },
      {
        ...common,
        key: `#phase:${phase.id}`,
        group: PHASE_LANE,
        type: "range" as const,
        className: "phase-label",
      },
    ];
  });
}

const itemsOf = new WeakMap<StoryModel, readonly VisItem[]>();

/**
 * The story's items, made once per story model: the first view and the live chart draw the same
 * ones (at 10,000 events, making them took about 100 ms of the load each time).
 */
export function toItems(model: StoryModel): readonly VisItem[] {
  const known = itemsOf.get(model);
  if (known) return known;
  const events = sideBySide(model.events.flatMap((event) => eventItems(event)));
  const items = [...phaseItems(model.phases), ...events];
  itemsOf.set(model, items);
  return items;
}

/** How much of its day a day's events share: not all of it, so none reaches the next day's. */
const DAY_SHARED_MS = 0.9 * 24 * 60 * 60 * 1000;

/**
 * Several events of one lane on one day (dates without a time) share their day's column side by
 * side, in story order, instead of stacking into rows that grow the lane and push the lanes below
 * out of the strip: the first at the day's start, where a lone one is drawn, the others spread
 * across the day. The position says no more than the date: which day. (Zoomed out, they are
 * counted together as before: the clustering's unit is the day, and they stay within theirs.)
 */
export function sideBySide(items: VisItem[]): VisItem[] {
  const sameDay = (item: VisItem) =>
    item.type === "point" && / precision-day(?: |$)/.test(` ${item.className}`);
  const days = new Map<string, VisItem[]>();
  for (const item of items) {
    if (!sameDay(item)) continue;
    const key = `${item.group}|${item.start.getTime()}`;
    const day = days.get(key);
    if (day) day.push(item);
    else days.set(key, [item]);
  }
  const moved = new Map<VisItem, Date>();
  for (const day of days.values()) {
    day.forEach((item, k) => {
      if (k > 0) moved.set(item, new Date(item.start.getTime() + (k * DAY_SHARED_MS) / day.length));
    });
  }
  return items.map((item) => {
    const start = moved.get(item);
    return start ? { ...item, start } : item;
  });
}

export function toGroups(model: StoryModel): VisGroup[] {
  const phases: VisGroup[] =
    model.phases.length > 0
      ? [{ id: PHASE_LANE, content: "Phases", className: "lane-phases" }]
      : [];
  return [
    ...phases,
    ...model.actors.map((actor, i) => ({
      id: laneKey(actor.id),
      content: actor.name,
      className: `lane lane-${i}`,
      laneClass: `lane-${i}`,
      ...(actor.color ? { color: actor.color } : {}),
    })),
  ];
}

/**
 * Whether the event drawn by an element (its `data-id`; undefined for phases) is dimmed: a search
 * or filter is active (`matchIds` defined) and the event is not among its matches.
 */
export function isDimmed(eventId: string | undefined, matchIds: ReadonlySet<string> | undefined) {
  return eventId !== undefined && matchIds !== undefined && !matchIds.has(eventId);
}
