import { describe, expect, it } from "vitest";
import { excerpt, highlightParts, matchSnippet } from "./highlight.ts";
import { testTimeline } from "./fixtures/test-story.ts";

const model = testTimeline();

describe("highlightParts", () => {
  it("marks the words whose terms matched, keeping the text as written", () => {
    expect(
      highlightParts("Putin: “We are for it, but there are Nuances.”", new Set(["nuances"])),
    ).toEqual([
      { text: "Putin: “We are for it, but there are ", marked: false },
      { text: "Nuances", marked: true },
      { text: ".”", marked: false },
    ]);
  });

  it("matches accented words against plain terms", () => {
    expect(highlightParts("Kyïv", new Set(["kyiv"]))).toEqual([{ text: "Kyïv", marked: true }]);
  });

  it("marks whole words only", () => {
    expect(highlightParts("Russian Russia", new Set(["russia"]))).toEqual([
      { text: "Russian ", marked: false },
      { text: "Russia", marked: true },
    ]);
  });

  it("joins neighbouring marked words into one phrase", () => {
    expect(highlightParts("a Vladimir Putin, said", new Set(["vladimir", "putin"]))).toEqual([
      { text: "a ", marked: false },
      { text: "Vladimir Putin", marked: true },
      { text: ", said", marked: false },
    ]);
  });

  it("leaves the text whole without a search", () => {
    expect(highlightParts("Talks", undefined)).toEqual([{ text: "Talks", marked: false }]);
  });
});

describe("excerpt", () => {
  it("keeps short text whole", () => {
    expect(excerpt("short text", new Set(["text"]))).toBe("short text");
  });

  it("cuts long text at word boundaries around the first match", () => {
    const text = `${"word ".repeat(60)}needle ${"tail ".repeat(60)}`.trim();
    const cut = excerpt(text, new Set(["needle"]), 60);
    expect(cut.startsWith("…word")).toBe(true);
    expect(cut.endsWith("tail…")).toBe(true);
    expect(cut).toContain("needle");
    expect(cut.length).toBeLessThan(80);
  });
});

describe("matchSnippet", () => {
  const putin = model.byId.get("putin-press-conference")!;

  it("shows the quote that holds a matched word the title lacks", () => {
    expect(matchSnippet(putin, model, new Set(["nuances"]))).toEqual({
      label: "Quote",
      text: "We are for it, but there are nuances.",
    });
  });

  it("names the source when only a source title matched", () => {
    expect(matchSnippet(putin, model, new Set(["lukashenko"]))).toEqual({
      label: "Source",
      text: "Joint news conference with Alexander Lukashenko",
    });
  });

  it("adds nothing when the title shows every matched word", () => {
    expect(matchSnippet(putin, model, new Set(["putin", "ceasefire"]))).toBeUndefined();
  });
});
