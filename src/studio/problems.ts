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
  | { kind: "story" | "about" | "actors" | "phases" | "tags" | "sources" }
  | { kind: "event"; index: number };

// The story's top-level keys by the section their fields are in (the rest are the Story's own).
const SECTIONS: Record<string, Exclude<Section["kind"], "event">> = {
  about: "about",
  corrections: "about",
  actors: "actors",
  phases: "phases",
  tags: "tags",
  sources: "sources",
  outlets: "sources",
};

export function sectionOf(path: string): Section {
  const event = /^events\[(\d+)\]/.exec(path);
  if (event) return { kind: "event", index: Number(event[1]) };
  const head = /^[A-Za-z$]+/.exec(path)?.[0] ?? "";
  return { kind: (Object.hasOwn(SECTIONS, head) ? SECTIONS[head] : undefined) ?? "story" };
}
