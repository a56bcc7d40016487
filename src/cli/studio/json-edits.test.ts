import { describe, expect, it } from "vitest";
import { writeInto } from "./json-edits.ts";

const text = `{
  "title": "A story",
  "actors": [{ "id": "north", "name": "North" }],
  "events": [
    { "id": "a", "title": "First",   "tags": ["x"] },
    { "id": "b", "title": "Second" }
  ]
}
`;
const before = JSON.parse(text) as {
  title: string;
  actors: object[];
  events: { id: string; title: string; tags?: string[] }[];
};

describe("writeInto", () => {
  it("leaves the text as it is when nothing changed", () => {
    expect(writeInto(text, before, structuredClone(before))).toBe(text);
  });

  it("replaces a changed field where it stands and keeps every other byte", () => {
    const next = structuredClone(before);
    next.events[1]!.title = "Second, corrected";
    expect(writeInto(text, before, next)).toBe(text.replace('"Second"', '"Second, corrected"'));
  });

  it("inserts a new event between the others without touching them", () => {
    const next = structuredClone(before);
    next.events.splice(1, 0, { id: "new", title: "New" });
    const out = writeInto(text, before, next);
    expect(JSON.parse(out)).toEqual(next);
    // The odd spacing of the first event is kept: it was not rewritten.
    expect(out).toContain('{ "id": "a", "title": "First",   "tags": ["x"] }');
  });

  it("removes a deleted key and a deleted event", () => {
    const next = structuredClone(before);
    delete next.events[0]!.tags;
    next.events.pop();
    const out = writeInto(text, before, next);
    expect(JSON.parse(out)).toEqual(next);
  });

  it("rewrites a list whose items changed order as a whole", () => {
    const next = structuredClone(before);
    next.events.reverse();
    expect(JSON.parse(writeInto(text, before, next))).toEqual(next);
  });

  it("inserts a new key where the next story puts it, keeping the others' bytes", () => {
    const { title, ...rest } = before;
    const next = { title, about: ["How it was checked."], ...rest };
    const out = writeInto(text, before, next);
    expect(Object.keys(JSON.parse(out) as object)).toEqual(["title", "about", "actors", "events"]);
    expect(out).toContain('{ "id": "a", "title": "First",   "tags": ["x"] }');
    const event = { id: "b", place: "Geneva", title: "Second" };
    const inEvent = writeInto(text, before, { ...before, events: [before.events[0], event] });
    expect(Object.keys((JSON.parse(inEvent) as typeof before).events[1]!)).toEqual([
      "id",
      "place",
      "title",
    ]);
  });
});
