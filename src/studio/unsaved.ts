import type { Json } from "../core/json-diff.ts";

/**
 * Unsaved changes, kept in this browser's localStorage per story file until they are saved: the
 * story as edited, and the file's version and content it was edited from (to merge with a file
 * that changed meanwhile).
 */
export interface Unsaved {
  version: string;
  base: Json;
  story: Json;
}

const key = (name: string) => `timeline-studio:unsaved:${name}`;

export function recall(name: string): Unsaved | undefined {
  try {
    const text = localStorage.getItem(key(name));
    const value = text === null ? undefined : (JSON.parse(text) as Partial<Unsaved>);
    if (!value || typeof value.version !== "string" || value.story === undefined) return undefined;
    return { version: value.version, base: value.base ?? null, story: value.story };
  } catch {
    return undefined;
  }
}

export function remember(name: string, unsaved: Unsaved): void {
  try {
    localStorage.setItem(key(name), JSON.stringify(unsaved));
  } catch {
    // Storage full or blocked: the page still asks before it is left.
  }
}

export function forget(name: string): void {
  try {
    localStorage.removeItem(key(name));
  } catch {
    // Nothing kept.
  }
}
