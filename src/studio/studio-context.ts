import { createContext, use } from "react";
import type { Json } from "../core/json-diff.ts";
import type { Change } from "./editor-state.ts";
import type { Path } from "./paths.ts";
import type { ProblemIndex } from "./problems.ts";

/** What every field needs: the story, the one way to change it, and the problems by path. */
export interface StudioFields {
  story: Json;
  /** The story as the file held it: published events' ids are locked against it. */
  base: Json;
  set: (path: Path, value: Json | undefined) => void;
  /** Several changes as one step of undo. */
  change: (changes: readonly Change[]) => void;
  problems: ProblemIndex;
  warnings: ProblemIndex;
}

export const StudioContext = createContext<StudioFields | undefined>(undefined);

export function useFields(): StudioFields {
  const fields = use(StudioContext);
  if (!fields) throw new Error("a studio field outside <StudioContext>");
  return fields;
}
