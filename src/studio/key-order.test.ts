import { describe, expect, it } from "vitest";
import type { Json } from "../core/json-diff.ts";
import { schemaKeyOrder } from "./key-order.ts";
import { setIn } from "./paths.ts";

const keysOf = (v: unknown) => Object.keys(v as object);

describe("a field the studio adds goes where the schema puts it", () => {
  it("puts the story's about after its standfirst, not after its events", () => {
    const story = { title: "T", description: "D", actors: [], events: [] };
    const next = setIn(story, ["about"], ["How it was checked."], schemaKeyOrder);
    expect(keysOf(next)).toEqual(["title", "description", "about", "actors", "events"]);
  });

  it("orders a media item's fields as the schema does, whatever order they are typed in", () => {
    let story: Json = { events: [{ id: "a", media: [{ kind: "image" }] }] };
    for (const [key, value] of [
      ["credit", "Photo: A. Photographer"],
      ["url", "https://images.example.org/a.jpg"],
      ["alt", "Boats"],
    ] as const) {
      story = setIn(story, ["events", 0, "media", 0, key], value, schemaKeyOrder);
    }
    const item = (story as { events: { media: object[] }[] }).events[0]!.media[0];
    expect(keysOf(item)).toEqual(["kind", "url", "alt", "credit"]);
  });

  it("places an event's update, a source's copy and a quote's role in their order", () => {
    const event = { id: "a", title: "T", sources: [], note: "N", corrections: [] };
    const story = { events: [event], sources: { s: { title: "S", url: "u", language: "en" } } };
    const withUpdate = setIn(story, ["events", 0, "updated"], { at: "", what: "" }, schemaKeyOrder);
    expect(keysOf((withUpdate as typeof story).events[0])).toEqual([
      "id",
      "title",
      "sources",
      "note",
      "updated",
      "corrections",
    ]);
    const withCopy = setIn(story, ["sources", "s", "copy", "kind"], "copy", schemaKeyOrder);
    expect(keysOf((withCopy as typeof story).sources.s)).toEqual([
      "title",
      "url",
      "copy",
      "language",
    ]);
  });

  it("keeps a key the schema does not know, and existing keys, where they are", () => {
    const odd = { zeta: 1, title: "T", events: [] };
    expect(keysOf(setIn(odd, ["description"], "D", schemaKeyOrder))).toEqual([
      "zeta",
      "title",
      "description",
      "events",
    ]);
    expect(keysOf(setIn(odd, ["extra"], 2, schemaKeyOrder))).toEqual([
      "zeta",
      "title",
      "events",
      "extra",
    ]);
  });

  it("never sets an object's prototype through a key named __proto__", () => {
    const next = setIn({}, ["tags", "__proto__"], "x", schemaKeyOrder) as { tags: object };
    expect(Object.getPrototypeOf(next.tags)).toBe(Object.prototype);
    expect(Object.hasOwn(next.tags, "__proto__")).toBe(true);
  });
});
