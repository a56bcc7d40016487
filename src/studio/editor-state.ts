import type { Json } from "../core/json-diff.ts";
import { sameJson } from "../core/json-diff.ts";
import { schemaKeyOrder } from "./key-order.ts";
import type { Path } from "./paths.ts";
import { pathText, setIn } from "./paths.ts";

/**
 * The story being edited and its undo history. Typing into one field is one step, not one step per
 * key: changes to the same field within COALESCE_MS replace the last step.
 */

export const COALESCE_MS = 1000;
const LIMIT = 200;

/** One field's new value (undefined removes it). */
export type Change = readonly [Path, Json | undefined];

export interface EditorState {
  past: Json[];
  present: Json;
  future: Json[];
  /** The field of the last step and when it was made, to coalesce typing. */
  last?: { path: string; at: number };
}

export type EditorAction =
  | { kind: "set"; path: Path; value: Json | undefined; at: number }
  /** Changes that belong together (an event and the source it cites): one step. */
  | { kind: "set-many"; changes: readonly Change[]; at: number }
  | { kind: "replace"; story: Json }
  | { kind: "undo" }
  | { kind: "redo" };

export const startEditing = (story: Json): EditorState => ({
  past: [],
  present: story,
  future: [],
});

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.kind) {
    case "set": {
      const present = setIn(state.present, action.path, action.value, schemaKeyOrder);
      if (sameJson(present, state.present)) return state;
      const path = pathText(action.path);
      const coalesce =
        state.last?.path === path &&
        action.at - state.last.at < COALESCE_MS &&
        state.past.length > 0;
      const past = coalesce ? state.past : [...state.past, state.present].slice(-LIMIT);
      return { past, present, future: [], last: { path, at: action.at } };
    }
    case "set-many": {
      const present = action.changes.reduce<Json>(
        (story, [path, value]) => setIn(story, path, value, schemaKeyOrder),
        state.present,
      );
      if (sameJson(present, state.present)) return state;
      return { past: [...state.past, state.present].slice(-LIMIT), present, future: [] };
    }
    case "replace":
      if (sameJson(action.story, state.present)) return state;
      return {
        past: [...state.past, state.present].slice(-LIMIT),
        present: action.story,
        future: [],
      };
    case "undo": {
      const previous = state.past.at(-1);
      if (previous === undefined) return state;
      return {
        past: state.past.slice(0, -1),
        present: previous,
        future: [state.present, ...state.future],
      };
    }
    case "redo": {
      const [next, ...future] = state.future;
      if (next === undefined) return state;
      return { past: [...state.past, state.present], present: next, future };
    }
  }
}
