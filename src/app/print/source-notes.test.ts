import { describe, expect, it } from "vitest";
import { testTimeline } from "../search/fixtures/test-story.ts";
import { sourceNotes } from "./source-notes.ts";

describe("sourceNotes", () => {
  const model = testTimeline();
  const { notes, numberOf } = sourceNotes(model);

  it("numbers every cited source once, from 1, in the order the chronology first cites it", () => {
    // Jeddah (11 March) cites the wire; the press conference (13 March) the Kremlin; the wire
    // again on the 12th and 14th keeps its number.
    expect(notes.map((note) => [note.n, note.id])).toEqual([
      [1, "wire"],
      [2, "kremlin"],
    ]);
    expect(numberOf.get("wire")).toBe(1);
    expect(numberOf.get("kremlin")).toBe(2);
  });

  it("numbers a quote's source before the event's own list of sources", () => {
    const [first] = testTimeline().events;
    const extra = {
      ...first!,
      id: "earlier",
      date: "2025-03-01",
      quotes: first!.quotes.map((q) => ({ ...q, source: "wire" })),
      sources: ["kremlin", "wire"],
    };
    expect(sourceNotes(testTimeline([extra])).notes.map((note) => note.id)).toEqual([
      "wire",
      "kremlin",
    ]);
  });

  it("gives each note its source, with the URL the notes print", () => {
    for (const note of notes) expect(note.source).toBe(model.story.sources[note.id]);
    expect(notes[0]?.source?.url).toMatch(/^https:\/\//);
  });

  it("leaves out sources the story lists but no event cites", () => {
    const uncited = testTimeline();
    uncited.story.sources["never-cited"] = {
      title: "Unused",
      publisher: "Nobody",
      url: "https://example.org/unused",
      language: "en",
    };
    expect(sourceNotes(uncited).numberOf.has("never-cited")).toBe(false);
  });
});
