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

/**
 * A copy of `value` with `path` set; `undefined` removes an object's key or an array's item.
 * Missing objects on the way are created; a new key goes last, so existing keys keep their order.
 */
export function setIn(value: Json, path: Path, next: Json | undefined): Json {
  const [key, ...rest] = path;
  if (key === undefined) return next ?? null;
  if (Array.isArray(value) && typeof key === "number") {
    const copy = [...value];
    if (rest.length === 0 && next === undefined) copy.splice(key, 1);
    else copy[key] = setIn(copy[key] ?? {}, rest, next);
    return copy;
  }
  const record = isRecord(value) ? value : {};
  if (rest.length === 0 && next === undefined) {
    return Object.fromEntries(Object.entries(record).filter(([k]) => k !== String(key)));
  }
  const copy = { ...record };

  copy[String(key)] = setIn(
    copy[String(key)] ?? (typeof rest[0] === "number" ? [] : {}),
    rest,
    next,
  );
  return copy;
}
