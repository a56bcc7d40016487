import { describe, expect, it } from "vitest";
import { tagProblems } from "./tag-checks.ts";

describe("tagProblems", () => {
  const events = [{ tags: ["ceasefire", "nato"] }, { tags: ["sanction"] }];

  it("names each tag an event uses that the story's tag list leaves out", () => {
    expect(
      tagProblems({ tags: { ceasefire: "Ceasefire", sanctions: "Sanctions" }, events }),
    ).toEqual([
      [
        ["events", 0, "tags", 1],
        'tag "nato" is not in "tags"; add it there with its name for readers',
      ],
      [
        ["events", 1, "tags", 0],
        'tag "sanction" is not in "tags" (did you mean sanctions?); add it there with its name for readers',
      ],
    ]);
  });

  it("asks nothing of a story without a tag list", () => {
    expect(tagProblems({ events })).toEqual([]);
  });
});
