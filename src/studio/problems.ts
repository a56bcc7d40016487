import type { Problem } from "../core/validate.ts";

/** Problems by the path they concern, for the fields to show their own. */
export type ProblemIndex = ReadonlyMap<string, readonly Problem[]>;

export function indexByPath(problems: readonly Problem[]): ProblemIndex {
  const index = new Map<string, Problem[]>();
  for (const p of problems) index.set(p.path, [...(index.get(p.path) ?? []), p]);
  return index;
}

/** `events[2].quotes[0].source` → `events[2].quotes[0]`; "" at the root. */
export function parentPath(path: string): string {
  return path.replace(/(?:\.[A-Za-z_$][\w$-]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])$/, "");
}

/** Where in the studio a path's field is: the story's own parts, or one event's form. */
export type Section =
  { kind: "story" | "actors" | "phases" | "tags" | "sources" } | { kind: "event"; index: number };

export function sectionOf(path: string): Section {
  const event = /^events\[(\d+)\]/.exec(path);
  if (event) return { kind: "event", index: Number(event[1]) };
  const head = /^(actors|phases|tags|sources)\b/.exec(path)?.[1];
  return head ? { kind: head as "actors" } : { kind: "story" };
}
