import type { Json } from "../core/json-diff.ts";
import { isRecord } from "../core/json-diff.ts";
import { claimUnique, slugify } from "../core/slug.ts";
import { getIn } from "./paths.ts";
import type { Path } from "./paths.ts";

/** Reading the parts of a story that may still be half-written: every list and record, or empty. */

export const recordsAt = (story: Json, path: Path): Record<string, Json>[] => {
  const v = getIn(story, path);
  return Array.isArray(v) ? v.filter(isRecord) : [];
};

export const stringsAt = (story: Json, path: Path): string[] => {
  const v = getIn(story, path);
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
};

export const recordAt = (story: Json, path: Path): Record<string, Json> => {
  const v = getIn(story, path);
  return isRecord(v) ? v : {};
};

export const textOf = (v: Json | undefined): string => (typeof v === "string" ? v : "");

/**
 * A list without its item `i`; undefined (the key removed) when none is left, since the schema's
 * optional lists (media, accounts, corrections, about, aliases…) may not be empty.
 */
export function withoutItem<T extends Json>(list: readonly T[], i: number): T[] | undefined {
  const rest = list.filter((_, j) => j !== i);
  return rest.length === 0 ? undefined : rest;
}

/** A new id for `title`, unique among `taken` (src/core/slug.ts, as the importers make them). */
export function proposeId(title: string, taken: Iterable<string>, fallback: string): string {
  return claimUnique(slugify(title) || fallback, new Set(taken));
}

/** Every tag the story names: its `tags` record and the tags its events use. */
export function storyTags(story: Json): string[] {
  const named = Object.keys(recordAt(story, ["tags"]));
  const used = recordsAt(story, ["events"]).flatMap((e) => stringsAt(e, ["tags"]));
  return [...new Set([...named, ...used])].sort();
}

/**
 * An event is published once the file it is in has a publication time (the story's `published`,
 * or the event's own `added`): its id is then its link, and is locked.
 */
export function isPublished(base: Json, id: string): boolean {
  const event = recordsAt(base, ["events"]).find((e) => e.id === id);
  return (
    event !== undefined && (getIn(base, ["published"]) !== undefined || event.added !== undefined)
  );
}
