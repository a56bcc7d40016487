/**
 * Comparing two versions of a JSON value part by part, for the studio: saving applies only what
 * changed to the file's text (src/studio/server/json-edits.ts) and a change on disk is merged with
 * the editor's own (src/studio/merge.ts). Array items are matched by their `id` when they have one
 * (events, actors, phases), else by their whole value.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function isRecord(v: unknown): v is Record<string, Json> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((k) => Object.hasOwn(b, k) && sameJson(a[k], b[k]))
    );
  }
  return false;
}

/** What identifies an array item across versions: its id, else its value. */
export function itemKey(v: unknown): string {
  if (isRecord(v) && typeof v.id === "string") return `id:${v.id}`;
  return `value:${JSON.stringify(v)}`;
}

/** The keys of a list, or undefined when one repeats (then items cannot be matched one to one). */
export function uniqueKeys(list: readonly unknown[]): string[] | undefined {
  const keys = list.map(itemKey);
  return new Set(keys).size === keys.length ? keys : undefined;
}
