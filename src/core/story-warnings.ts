import { didYouMean } from "./hints.ts";

/**
 * What a story may have while it is being edited but should not have when it is published: an
 * event that cites no source (an import keeps such events rather than lose them), a tag that only
 * one event uses in a story of ten
 * events or more (usually a typo). `npm run validate` prints these as warnings; strict mode
 * (`--strict`, `TIMELINE_STRICT=1`) makes them errors.
 */

type Path = (string | number)[];

export const NO_SOURCE =
  'needs a source before publishing: must cite at least one source (add the id of an entry in "sources")';

/** Stories with fewer events are not warned about tags that only one event uses. */
export const SINGLE_TAG_MIN_EVENTS = 10;

const records = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v)
    ? v.map((x) => (x !== null && typeof x === "object" ? x : {}) as Record<string, unknown>)
    : [];
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];

/** Every warning as [JSON path, message]; reads the raw value, so it works on an invalid story too. */
export function storyWarnings(value: unknown): [Path, string][] {
  const story = (value !== null && typeof value === "object" ? value : {}) as Record<
    string,
    unknown
  >;
  const events = records(story.events);
  const found: [Path, string][] = [];

  const users = new Map<string, number>();
  for (const event of events) {
    for (const tag of new Set(strings(event.tags))) users.set(tag, (users.get(tag) ?? 0) + 1);
  }
  const shared = [...users].filter(([, n]) => n > 1).map(([tag]) => tag);

  events.forEach((event, i) => {
    if (Array.isArray(event.sources) && event.sources.length === 0) {
      found.push([["events", i, "sources"], NO_SOURCE]);
    }
    // In a short story a tag of one event is ordinary; in a long one it is most often a typo.
    if (events.length < SINGLE_TAG_MIN_EVENTS) return;
    strings(event.tags).forEach((tag, j) => {
      if (users.get(tag) !== 1) return;
      found.push([
        ["events", i, "tags", j],
        `tag "${tag}" is used by this event only${didYouMean(tag, shared)}; ` +
          "a tag groups events, so check its spelling or remove it",
      ]);
    });
  });
  return found;
}
