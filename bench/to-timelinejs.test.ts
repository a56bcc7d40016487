import { describe, expect, it } from "vitest";
import { toTimelineJs, toTlDates } from "./to-timelinejs.ts";
import { generateStory } from "./generate-story.ts";

describe("toTimelineJs", () => {
  it("turns EDTF dates into TimelineJS date parts at the same precision", () => {
    expect(toTlDates("2025-03-13")).toEqual({ start_date: { year: 2025, month: 3, day: 13 } });
    expect(toTlDates("2025-03~")).toEqual({ start_date: { year: 2025, month: 3 } });
    expect(toTlDates("2025")).toEqual({ start_date: { year: 2025 } });
    expect(toTlDates("2025-03-13T19:30+03:00")).toEqual({
      start_date: { year: 2025, month: 3, day: 13, hour: 19, minute: 30 },
    });
    expect(toTlDates("2014-03-18/2014-03-21")).toEqual({
      start_date: { year: 2014, month: 3, day: 18 },
      end_date: { year: 2014, month: 3, day: 21 },
    });
  });

  it("makes one slide per event, grouped by its first actor, with its text escaped", () => {
    const story = generateStory(100);
    const first = story.events[0]!;
    first.summary = "Talks <resumed> & stalled";
    const tl = toTimelineJs(story);
    expect(tl.events).toHaveLength(100);
    const slide = tl.events[0]!;
    expect(slide.unique_id).toBe(first.id);
    expect(slide.group).toBe(story.actors.find((a) => a.id === first.actors[0])?.name);
    expect(slide.text.text).toContain("Talks &lt;resumed&gt; &amp; stalled");
    expect(tl.eras).toHaveLength(story.phases.length);
  });
});
