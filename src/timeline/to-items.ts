import type { Timeline, TimelineEvent } from "../model/load.ts";

/**
 * Events → vis-timeline items and groups, as plain data. One lane (group) per actor in the story's
 * order. An event with several actors is drawn in each of their lanes: the item in the first
 * actor's lane is the event's main item, the others are marked as `is-also`. Every copy carries the
 * event's id (rendered as `data-id` by vis-timeline) and a unique `key`, the DataSet's id field.
 */

export interface VisItem {
  key: string;
  /** The event id; vis-timeline renders it as `data-id`. */
  id: string;
  group: string;
  start: Date;
  end?: Date;
  type: "point" | "range" | "background";
  content: string;
  title?: string;
  className: string;
}

export interface VisGroup {
  id: string;
  content: string;
  style?: string;
  className: string;
}

export function itemKey(eventId: string, actorId: string): string {
  return `${eventId}@${actorId}`;
}

export function eventIdOfKey(key: string): string {
  const at = key.lastIndexOf("@");
  return at < 0 ? key : key.slice(0, at);
}

function classesOf(event: TimelineEvent, isAlso: boolean): string {
  const { when } = event;
  return [
    "event",
    `precision-${when.precision}`,
    when.interval ? "is-interval" : "",
    when.approximate ? "is-approximate" : "",
    when.uncertain ? "is-uncertain" : "",
    isAlso ? "is-also" : "",
  ]
    .filter(Boolean)
    .join(" ");
}

/** A day or a time is a point; a month, a year or an interval covers its whole period. */
export function isPoint(event: TimelineEvent): boolean {
  const { when } = event;
  return !when.interval && (when.precision === "day" || when.precision === "minute");
}

export function toItems(timeline: Timeline): VisItem[] {
  return timeline.events.flatMap((event) =>
    event.actors.map((actor, i) => {
      const point = isPoint(event);
      return {
        key: itemKey(event.id, actor),
        id: event.id,
        group: actor,
        start: event.when.start,
        ...(point ? {} : { end: event.when.end }),
        type: point ? ("point" as const) : ("range" as const),
        content: event.title,
        className: classesOf(event, i > 0),
      };
    }),
  );
}

export function toGroups(timeline: Timeline): VisGroup[] {
  return timeline.actors.map((actor) => ({
    id: actor.id,
    content: actor.name,
    className: `lane lane-${actor.id}`,
    ...(actor.color ? { style: `--lane-color: ${actor.color}` } : {}),
  }));
}
