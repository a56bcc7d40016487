import type { Json } from "../core/json-diff.ts";
import { isRecord, itemKey, sameJson, uniqueKeys } from "../core/json-diff.ts";
import { pathText } from "./paths.ts";
import type { Path } from "./paths.ts";

/**
 * A three-way merge of the editor's story with the file as it now is on disk, both grown from the
 * version the editor opened. What only one side changed is taken from it; where both changed the
 * same field differently the editor's change is kept and the field is named in `conflicts`, so the
 * producer can look at each one.
 */
export interface Merged {
  story: Json;
  conflicts: string[];
}

export function mergeStories(base: Json, mine: Json, theirs: Json): Merged {
  const conflicts: string[] = [];
  const story = merge(base, mine, theirs, [], conflicts) ?? null;
  return { story, conflicts };
}

function merge(
  base: Json | undefined,
  mine: Json | undefined,
  theirs: Json | undefined,
  path: Path,
  conflicts: string[],
): Json | undefined {
  if (sameJson(mine, theirs)) return mine;
  if (sameJson(base, mine)) return theirs;
  if (sameJson(base, theirs)) return mine;
  if (isRecord(mine) && isRecord(theirs)) {
    const old = isRecord(base) ? base : {};
    const out: Record<string, Json> = {};
    for (const key of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
      const value = merge(old[key], mine[key], theirs[key], [...path, key], conflicts);
      if (value !== undefined) out[key] = value;
    }
    return out;
  }
  if (Array.isArray(mine) && Array.isArray(theirs)) {
    const merged = mergeLists(Array.isArray(base) ? base : [], mine, theirs, path, conflicts);
    if (merged) return merged;
  }
  conflicts.push(pathText(path));
  return mine;
}

/** Lists of items with ids (or distinct values), merged item by item in the disk's order. */
function mergeLists(base: Json[], mine: Json[], theirs: Json[], path: Path, conflicts: string[]) {
  const keys = [base, mine, theirs].map(uniqueKeys);
  if (keys.some((k) => k === undefined)) return undefined;
  const byKey = (list: Json[]) => new Map(list.map((item) => [itemKey(item), item]));
  const [b, m, t] = [byKey(base), byKey(mine), byKey(theirs)];
  const order = [...new Set([...t.keys(), ...m.keys()])];
  const out: Json[] = [];
  order.forEach((key) => {
    const value = merge(b.get(key), m.get(key), t.get(key), [...path, out.length], conflicts);
    if (value !== undefined) out.push(value);
  });
  return out;
}
