import { applyEdits, modify } from "jsonc-parser";
import type { JSONPath } from "jsonc-parser";
import { isRecord, sameJson, uniqueKeys } from "../../core/json-diff.ts";

/**
 * The file's text with `next` written into it by the smallest edits that make it so: a changed
 * field is replaced where it stands, an added event is inserted, everything else keeps its bytes
 * and its layout. Prettier formats the result afterwards (story-file.ts), so new parts are
 * written compactly here and laid out as the project lays out JSON.
 */
export function writeInto(text: string, before: unknown, next: unknown): string {
  return editAt(text, [], before, next);
}

const apply = (text: string, path: JSONPath, value: unknown, isArrayInsertion = false) =>
  applyEdits(text, modify(text, path, value, { isArrayInsertion }));

/**
 * A new key is inserted where it stands in `next` among the keys the file has, not last: the
 * studio orders new keys as the schema does, so "about" lands after "description", not after the
 * events.
 */
function insertKey(text: string, path: JSONPath, key: string, value: unknown, order: string[]) {
  const at = order.indexOf(key);
  const getInsertionIndex = (properties: string[]) => {
    let index = 0;
    properties.forEach((p, i) => {
      const rank = order.indexOf(p);
      if (rank >= 0 && rank < at) index = i + 1;
    });
    return index;
  };
  return applyEdits(text, modify(text, [...path, key], value, { getInsertionIndex }));
}

function editAt(text: string, path: JSONPath, before: unknown, next: unknown): string {
  if (sameJson(before, next)) return text;
  if (isRecord(before) && isRecord(next)) return editObject(text, path, before, next);
  if (Array.isArray(before) && Array.isArray(next)) return editArray(text, path, before, next);
  return apply(text, path, next);
}

function editObject(
  text: string,
  path: JSONPath,
  before: Record<string, unknown>,
  next: Record<string, unknown>,
): string {
  let out = text;
  for (const key of Object.keys(before)) {
    if (!Object.hasOwn(next, key)) out = apply(out, [...path, key], undefined);
  }
  const order = Object.keys(next);
  for (const [key, value] of Object.entries(next)) {
    out = Object.hasOwn(before, key)
      ? editAt(out, [...path, key], before[key], value)
      : insertKey(out, path, key, value, order);
  }
  return out;
}

/**
 * Items matched by id (or value): removed ones go, new ones are inserted where they stand in
 * `next`, matched ones are edited in place. Items that changed order are rewritten as a whole.
 */
function editArray(text: string, path: JSONPath, before: unknown[], next: unknown[]): string {
  const oldKeys = uniqueKeys(before);
  const newKeys = uniqueKeys(next);
  const kept = newKeys && oldKeys?.filter((k) => newKeys.includes(k));
  const keptInNext = newKeys && oldKeys && newKeys.filter((k) => oldKeys.includes(k));
  if (!oldKeys || !newKeys || !kept || !keptInNext || kept.join("\n") !== keptInNext.join("\n")) {
    return apply(text, path, next);
  }
  let out = text;
  for (let i = before.length - 1; i >= 0; i--) {
    if (!newKeys.includes(oldKeys[i] ?? "")) out = apply(out, [...path, i], undefined);
  }
  const remaining = before.filter((_, i) => newKeys.includes(oldKeys[i] ?? ""));
  let r = 0;
  next.forEach((item, i) => {
    if (oldKeys.includes(newKeys[i] ?? "")) {
      out = editAt(out, [...path, i], remaining[r], item);
      r++;
    } else out = apply(out, [...path, i], item, true);
  });
  return out;
}
