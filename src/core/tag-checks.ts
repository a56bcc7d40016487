import { didYouMean } from "./hints.ts";

type Found = [(string | number)[], string];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * When the story names its tags (`tags: { "ceasefire": "Ceasefire" }`), every tag an event uses
 * must be among them, so no filter chip falls back to showing a slug. Reads the raw value
 * defensively, like the other cross-reference checks.
 */
export function tagProblems(story: Record<string, unknown>): Found[] {
  const { tags, events } = story;
  if (!isRecord(tags) || !Array.isArray(events)) return [];
  const known = new Set(Object.keys(tags));
  const found: Found[] = [];
  events.forEach((event: unknown, i) => {
    if (!isRecord(event) || !Array.isArray(event.tags)) return;
    event.tags.forEach((tag: unknown, j) => {
      if (typeof tag !== "string" || known.has(tag)) return;
      found.push([
        ["events", i, "tags", j],
        `tag "${tag}" is not in "tags"${didYouMean(tag, known)}; add it there with its name for readers`,
      ]);
    });
  });
  return found;
}
