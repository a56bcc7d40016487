import { describe, expect, it } from "vitest";
import { COALESCE_MS, editorReducer, startEditing } from "./editor-state.ts";

const start = startEditing({ title: "A", events: [] });

describe("editorReducer", () => {
  it("undoes and redoes a change", () => {
    const changed = editorReducer(start, { kind: "set", path: ["title"], value: "B", at: 0 });
    const undone = editorReducer(changed, { kind: "undo" });
    expect(undone.present).toEqual({ title: "A", events: [] });
    expect(editorReducer(undone, { kind: "redo" }).present).toEqual({ title: "B", events: [] });
  });

  it("makes typing into one field one step, and a pause or another field a new one", () => {
    let s = editorReducer(start, { kind: "set", path: ["title"], value: "AB", at: 0 });
    s = editorReducer(s, { kind: "set", path: ["title"], value: "ABC", at: 100 });
    expect(s.past).toHaveLength(1);
    s = editorReducer(s, { kind: "set", path: ["title"], value: "ABCD", at: 100 + COALESCE_MS });
    expect(s.past).toHaveLength(2);
    s = editorReducer(s, { kind: "set", path: ["description"], value: "D", at: 100 + COALESCE_MS });
    expect(s.past).toHaveLength(3);
  });

  it("applies several changes as one step", () => {
    const s = editorReducer(start, {
      kind: "set-many",
      changes: [
        [["title"], "B"],
        [["events", 0], { id: "e" }],
      ],
      at: 0,
    });
    expect(s.present).toEqual({ title: "B", events: [{ id: "e" }] });
    expect(editorReducer(s, { kind: "undo" }).present).toEqual(start.present);
  });

  it("removes a key set to undefined, keeping the others in order", () => {
    const s = editorReducer(startEditing({ a: 1, b: 2, c: 3 }), {
      kind: "set",
      path: ["b"],
      value: undefined,
      at: 0,
    });
    expect(Object.keys(s.present as object)).toEqual(["a", "c"]);
  });
});
