import { didYouMean } from "./hints.ts";
import { mediaProblems } from "./media-checks.ts";
import type { MediaFiles } from "./media-checks.ts";
import { keyMomentProblems, outletProblems } from "./source-checks.ts";
import { tagProblems } from "./tag-checks.ts";
import { updateProblems } from "./update-checks.ts";
import { formatPath } from "./json-text.ts";
import type { Path } from "./json-text.ts";

export type Found = [Path, string];

const records = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v)
    ? v.map((x) => (x !== null && typeof x === "object" ? x : {}) as Record<string, unknown>)
    : [];
const strings = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * What a schema cannot see: unique ids and references between parts of the story. It reads the raw
 * value defensively, so a file with schema errors still gets its duplicate ids and dangling
 * references reported in the same run.
 */
export function crossReferenceProblems(
  value: unknown,
  lineOf?: (path: Path) => number,
  mediaFiles?: MediaFiles,
): Found[] {
  const found: Found[] = [];
  const story = (value !== null && typeof value === "object" ? value : {}) as Record<
    string,
    unknown
  >;
  const actors = records(story.actors);
  const events = records(story.events);
  // Only string ids can be referred to (a mutated file may give an actor an object for an id).
  const actorIds = new Set(actors.flatMap((a) => (typeof a.id === "string" ? [a.id] : [])));
  const sources = story.sources;
  const sourceIds = new Set(
    sources !== null && typeof sources === "object" ? Object.keys(sources) : [],
  );

  const duplicates = (kind: string, list: Record<string, unknown>[], key: string) => {
    const first = new Map<unknown, number>();
    list.forEach(({ id }, i) => {
      if (typeof id !== "string") return;
      const seen = first.get(id);
      if (seen === undefined) first.set(id, i);
      else found.push([[key, i, "id"], duplicateMessage(kind, id, [key, seen, "id"], lineOf)]);
    });
  };
  duplicates("actor", actors, "actors");
  duplicates("phase", records(story.phases), "phases");
  duplicates("event", events, "events");
  // An earlier id still opens its event, so it may be no other event's id or earlier id.
  const eventIds = new Map(events.map(({ id }, i) => [id, i]));
  const aliasAt = new Map<string, number>();
  events.forEach(({ aliases }, i) => {
    if (!Array.isArray(aliases)) return;
    aliases.forEach((alias: unknown, j) => {
      if (typeof alias !== "string") return;
      const owner = eventIds.get(alias) ?? aliasAt.get(alias);
      if (owner !== undefined && owner !== i) {
        found.push([
          ["events", i, "aliases", j],
          `earlier id "${alias}" is also events[${owner}]'s; an old link can open only one event`,
        ]);
      } else if (owner === i && eventIds.get(alias) === i) {
        found.push([["events", i, "aliases", j], `is the event's own id; list only earlier ids`]);
      }
      aliasAt.set(alias, aliasAt.get(alias) ?? i);
    });
  });

  const actorRef = (path: Path, id: unknown) => {
    if (typeof id === "string" && !actorIds.has(id)) {
      const known = actorIds.size > 0 ? ` or use one of ${[...actorIds].join(", ")}` : "";
      found.push([
        path,
        `unknown actor "${id}"${didYouMean(id, actorIds)}; add it to "actors"${known}`,
      ]);
    }
  };
  const sourceRef = (path: Path, id: unknown) => {
    if (typeof id === "string" && !sourceIds.has(id)) {
      found.push([path, `unknown source "${id}"${didYouMean(id, sourceIds)}; add it to "sources"`]);
    }
  };

  events.forEach((event, i) => {
    const cited = strings(event.sources);
    strings(event.actors).forEach((a, j) => actorRef(["events", i, "actors", j], a));
    cited.forEach((s, j) => sourceRef(["events", i, "sources", j], s));
    records(event.quotes).forEach((q, j) => {
      const path: Path = ["events", i, "quotes", j, "source"];
      sourceRef(path, q.source);
      if (typeof q.source === "string" && sourceIds.has(q.source) && !cited.includes(q.source)) {
        found.push([
          path,
          `source "${q.source}" is quoted but missing from this event's "sources"`,
        ]);
      }
    });
    records(event.accounts).forEach((a, j) => {
      actorRef(["events", i, "accounts", j, "actor"], a.actor);
      sourceRef(["events", i, "accounts", j, "source"], a.source);
    });
  });
  found.push(
    ...outletProblems(story),
    ...keyMomentProblems(story),
    ...tagProblems(story),
    ...updateProblems(story),
    ...mediaProblems(story, mediaFiles),
  );
  return found;
}

/** `duplicate event id "x" (first used at events[2], line 40): give one of them another id`. */
function duplicateMessage(
  kind: string,
  id: string,
  first: Path,
  lineOf: ((path: Path) => number) | undefined,
): string {
  const where = formatPath(first.slice(0, 2));
  const line = lineOf ? `, line ${lineOf(first)}` : "";
  return `duplicate ${kind} id "${id}" (first used at ${where}${line}); give one of them another id`;
}
