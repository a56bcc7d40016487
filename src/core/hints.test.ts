import { describe, expect, it } from "vitest";
import { editDistance, edtfSuggestion, nearest } from "./hints.ts";

describe("nearest", () => {
  it("finds the id a typo was meant to be", () => {
    expect(nearest("ukriane", ["russia", "ukraine", "usa"])).toBe("ukraine");
  });

  it("finds nothing when every id is far from the word", () => {
    expect(nearest("eu", ["russia", "ukraine"])).toBeUndefined();
  });

  it("never suggests the word itself", () => {
    expect(nearest("usa", ["usa"])).toBeUndefined();
  });
});

describe("editDistance", () => {
  it("counts one edit per inserted, deleted or changed letter", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("same", "same")).toBe(0);
  });
});

describe("edtfSuggestion", () => {
  it.each([
    ["2025/03/13", "write 2025-03-13"],
    ["13/03/2025", "write 2025-03-13"],
    ["3/13/2025", "write 2025-03-13"],
    ["13 March 2025", "write 2025-03-13"],
    ["Mar. 13, 2025", "write 2025-03-13"],
  ])("rewrites %j", (input, fix) => {
    expect(edtfSuggestion(input)).toBe(fix);
  });

  it.each(["2025-13-01", "yesterday", "32/01/2025", "13/13/2025"])(
    "has nothing to offer for %j",
    (input) => {
      expect(edtfSuggestion(input)).toBeUndefined();
    },
  );
});
