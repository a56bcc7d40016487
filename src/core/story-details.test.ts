import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { storyArbitrary } from "./fixtures/story-arbitrary.ts";
import type { Story } from "./schema.ts";
import { joinStory, splitStory } from "./story-details.ts";
import { buildStoryModel, withDetails } from "./story-model.ts";

const real = JSON.parse(readFileSync("data/events.json", "utf8")) as Story;
const now = new Date(Date.UTC(2026, 11, 1));
const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
const modelOrUndefined = (story: Story) => {
  try {
    return buildStoryModel(story, { now });
  } catch {
    return undefined;
  }
};
const params = { numRuns: 200, ...(seed === undefined ? {} : { seed }) };

describe("a story split into its brief and its details", () => {
  it("joins back into the same story", () => {
    const { brief, details } = splitStory(real);
    expect(joinStory(brief, details)).toEqual(real);
    fc.assert(
      fc.property(storyArbitrary(), (story) => {
        const split = splitStory(story);
        expect(joinStory(split.brief, split.details)).toEqual(story);
      }),
      params,
    );
  });

  it("gives the same model as the whole story, once the details are added", () => {
    const { brief, details } = splitStory(real);
    const model = buildStoryModel(brief, { now });
    expect(withDetails(model, details, { now })).toEqual(buildStoryModel(real, { now }));
    fc.assert(
      fc.property(storyArbitrary(), (story) => {
        // The arbitrary may write dates the validator refuses ("1900/1900"); they have no model.
        const whole = modelOrUndefined(story);
        fc.pre(whole !== undefined);
        const split = splitStory(story);
        expect(withDetails(buildStoryModel(split.brief, { now }), split.details, { now })).toEqual(
          whole,
        );
      }),
      params,
    );
  });

  it("leaves no quote, source, account, outlet or About in the brief", () => {
    const { brief } = splitStory(real);
    expect(brief.sources).toEqual({});
    expect(brief).not.toHaveProperty("outlets");
    expect(brief).not.toHaveProperty("about");
    for (const event of brief.events) {
      expect(event.quotes).toEqual([]);
      expect(event.sources).toEqual([]);
      expect(event).not.toHaveProperty("accounts");
    }
    // What the first screen draws stays: titles, summaries, editors' notes, corrections.
    expect(brief.events.map((e) => [e.title, e.summary, e.note])).toEqual(
      real.events.map((e) => [e.title, e.summary, e.note]),
    );
  });

  it("takes most of the real story's bytes out of the first download", () => {
    const gzip = (value: unknown) => gzipSync(JSON.stringify(value), { level: 9 }).length;
    const { brief } = splitStory(real);
    expect(gzip(brief) / gzip(real)).toBeLessThan(0.5);
  });

  it("keeps what an event without details has (a model whose details lack it)", () => {
    const { brief, details } = splitStory(real);
    const model = buildStoryModel(real, { now });
    const none = { events: [] };
    expect(withDetails(model, none, { now })).toEqual(model);
    expect(joinStory(real, none)).toEqual(real);
    expect(joinStory(brief, { ...details, events: [] }).events[0]?.quotes).toEqual([]);
  });
});
