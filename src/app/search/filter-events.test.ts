import { describe, expect, it } from "vitest";
import { filterEvents, keepingSameMatches, tagsByUse } from "./filter-events.ts";
import { createSearchIndex } from "./search-index.ts";
import { testTimeline } from "./fixtures/test-story.ts";

const model = testTimeline();
const index = createSearchIndex(model);
const none = { actors: [], tags: [] };

function shown(result: ReturnType<typeof filterEvents>): string[] {
  return result.events.map((e) => e.id);
}

describe("filterEvents", () => {
  it("shows every event in date order, with no match set, when nothing is active", () => {
    const result = filterEvents(model.events, none, undefined);
    expect(shown(result)).toEqual([
      "jeddah-talks",
      "zelenskyy-address",
      "putin-press-conference",
      "strikes",
    ]);
    expect(result.matchIds).toBeUndefined();
  });

  it("keeps events involving any chosen actor", () => {
    const result = filterEvents(model.events, { actors: ["russia", "usa"], tags: [] }, undefined);
    expect(shown(result)).toEqual(["jeddah-talks", "putin-press-conference", "strikes"]);
    expect(result.matchIds).toEqual(new Set(shown(result)));
  });

  it("narrows actors by tags and both by the search", () => {
    const byTag = filterEvents(
      model.events,
      { actors: ["ukraine"], tags: ["ceasefire"] },
      undefined,
    );
    expect(shown(byTag)).toEqual(["jeddah-talks"]);
    const searched = filterEvents(
      model.events,
      { actors: ["ukraine"], tags: [] },
      index.search("kyiv"),
    );
    expect(shown(searched)).toEqual(["zelenskyy-address"]);
  });

  it("shows nothing, but reports an active filter, when nothing matches", () => {
    const result = filterEvents(model.events, none, index.search("nothing-like-this"));
    expect(result.events).toEqual([]);
    expect(result.matchIds).toEqual(new Set());
  });

  it("counts each chip under the search and the other group's filters, not its own", () => {
    const result = filterEvents(
      model.events,
      { actors: ["russia"], tags: ["ceasefire"] },
      index.search("ceasefire"),
    );
    // The search leaves jeddah-talks and putin-press-conference; the tag keeps both.
    expect(Object.fromEntries(result.actorCounts)).toEqual({ russia: 1, ukraine: 1, usa: 1 });
    // The actor filter leaves putin-press-conference.
    expect(Object.fromEntries(result.tagCounts)).toEqual({ ceasefire: 1 });
  });
});

describe("tagsByUse", () => {
  it("lists the most used tags first, ties alphabetically", () => {
    expect(tagsByUse(model.events)).toEqual(["ceasefire", "diplomacy", "battlefield"]);
  });
});

describe("keepingSameMatches", () => {
  it("hands back the previous events and match set while the matches stay the same", () => {
    const keep = keepingSameMatches();
    const first = keep(filterEvents(model.events, none, index.search("ceasefi")));
    const second = keep(filterEvents(model.events, none, index.search("ceasefire")));
    expect(second.events).toBe(first.events);
    expect(second.matchIds).toBe(first.matchIds);
  });

  it("hands over the new result when the matches change", () => {
    const keep = keepingSameMatches();
    const first = keep(filterEvents(model.events, none, index.search("ceasefire")));
    const second = keep(filterEvents(model.events, none, index.search("kyiv")));
    expect(second.events).not.toBe(first.events);
    expect(shown(second)).toEqual(["zelenskyy-address"]);
    const cleared = keep(filterEvents(model.events, none, undefined));
    expect(cleared.matchIds).toBeUndefined();
    expect(cleared.events).toHaveLength(model.events.length);
  });
});
