import { describe, expect, it } from "vitest";
import { withoutItem } from "./story-lists.ts";

describe("removing an item from an optional list", () => {
  it("keeps the others in their order", () => {
    expect(withoutItem(["a", "b", "c"], 1)).toEqual(["a", "c"]);
  });

  it("removes the list itself with its last item, since the schema wants it absent, not empty", () => {
    expect(withoutItem(["a"], 0)).toBeUndefined();
  });
});
