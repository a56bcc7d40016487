import { formatPath } from "../core/json-text.ts";
import { isRecord } from "../core/json-diff.ts";
import type { Json } from "../core/json-diff.ts";

/**
 * Every form field edits one place in the story, named by its JSON path: the same path the
 * validator names in its problems, so a problem finds its field by it.
 */
export type Path = readonly (string | number)[];

export const pathText = (path: Path) => formatPath(path);

/** The id of a path's field (the DOM's, for labels, aria-describedby and problem links). */
export function fieldId(path: Path | string): string {
  const text = typeof path === "string" ? path : pathText(path);
  return `field-${text.replace(/[^A-Za-z0-9-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)}`;
}

export function getIn(value: unknown, path: Path): unknown {
  let at = value;
  for (const key of path) {
    if (Array.isArray(at) && typeof key === "number") at = at[key];
    else if (isRecord(at) && typeof key === "string") at = at[key];
    else return undefined;
  }
  return at;
}

/** The order an object's keys are written in, by the object's path (see key-order.ts). */
export type KeyOrder = (at: Path) => readonly string[] | undefined;

/** `record` with `key` added before the first key that `order` puts after it (else last). */
function withNewKey(
  record: Record<string, Json>,
  key: string,
  value: Json,
  order: readonly string[] | undefined,
): Record<string, Json> {
  const rank = (k: string) => order?.indexOf(k) ?? -1;
  const entries = Object.entries(record);
  const mine = rank(key);
  const before = mine < 0 ? -1 : entries.findIndex(([k]) => rank(k) > mine);
  entries.splice(before < 0 ? entries.length : before, 0, [key, value]);
  return Object.fromEntries(entries);
}

/**
 * A copy of `value` with `path` set; `undefined` removes an object's key or an array's item.
 * Missing objects on the way are created. A new key goes where `order` puts it among the keys
 * already there (the schema's order, so a file reads as the schema does), else last; existing
 * keys keep their order.
 */
export function setIn(value: Json, path: Path, next: Json | undefined, order?: KeyOrder): Json {
  return setAt(value, [], path, next, order);
}

function setAt(
  value: Json,
  at: Path,
  path: Path,
  next: Json | undefined,
  order: KeyOrder | undefined,
): Json {
  const [key, ...rest] = path;
  if (key === undefined) return next ?? null;
  const inner = (old: Json) => setAt(old, [...at, key], rest, next, order);
  if (Array.isArray(value) && typeof key === "number") {
    const copy = [...value];
    if (rest.length === 0 && next === undefined) copy.splice(key, 1);
    else copy[key] = inner(copy[key] ?? {});
    return copy;
  }
  const record = isRecord(value) ? value : {};
  const name = String(key);
  if (rest.length === 0 && next === undefined) {
    return Object.fromEntries(Object.entries(record).filter(([k]) => k !== name));
  }
  const empty = typeof rest[0] === "number" ? [] : {};
  if (Object.hasOwn(record, name)) return { ...record, [name]: inner(record[name] ?? empty) };
  const fresh = inner(empty);
  return withNewKey(record, name, fresh, order?.(at));
}
