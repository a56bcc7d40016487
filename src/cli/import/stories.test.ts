import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateStoryText } from "../../core/validate.ts";
import { fromTimelineJs } from "./from-timelinejs.ts";
import type { Story } from "../../core/schema.ts";
import type { ImportResult } from "./from-timelinejs.ts";

/**
 * Stories written to look like what desks publish with TimelineJS: a Russian one (Cyrillic groups,
 * emoji, display dates in Russian), a German one saved with a byte-order mark and full of
 * entities and a pasted <button onclick>, and one that uses display_date to hide dates, relative
 * image paths and slide backgrounds.
 */

function convert(name: string): Extract<ImportResult, { ok: true }> {
  const text = readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), "utf8");
  // As the CLI reads it: a byte-order mark is not part of the JSON.
  const result = fromTimelineJs(JSON.parse(text.replace(/^\uFEFF/, "")), { name });
  if (!result.ok) throw new Error(result.problems.join("; "));
  return result;
}

const validate = (story: Story) => validateStoryText("story.json", JSON.stringify(story, null, 2));
const byTitle = (story: Story, title: string) => story.events.find((e) => e.title === title);

describe("a Russian story", () => {
  const { story, counts } = convert("cyrillic");

  it("keeps every event, emoji and all", () => {
    expect(counts).toMatchObject({ eventsIn: 5, events: 5, refused: 0 });
    expect(story.title).toBe("Переговоры о перемирии 🕊️");
    expect(story.events.map((e) => e.title)).toContain("Бои продолжаются 🔥");
  });

  it("makes its Cyrillic groups actors with readable ids", () => {
    expect(story.actors).toEqual([
      { id: "sever", name: "Север" },
      { id: "yug", name: "Юг" },
      { id: "nablyudateli", name: "Наблюдатели" },
    ]);
  });

  it("keeps its Russian display dates and its local time", () => {
    expect(byTitle(story, "Бои продолжаются 🔥")?.displayDate).toBe("весна 2025");
    const night = byTitle(story, "Юг отвечает на предложение");
    expect(night).toMatchObject({ date: "2025-03-12T21:30", displayDate: "Ночь на 13 марта" });
  });

  it("does not make the photo a source, but the report given as media is one", () => {
    expect(byTitle(story, "Юг отвечает на предложение")?.sources).toEqual([]);
    const report = byTitle(story, "Наблюдатели публикуют доклад 📄");
    expect(report?.sources.map((id) => story.sources[id]?.publisher)).toEqual([
      "Миссия наблюдателей",
    ]);
  });

  it("validates, with a warning for each event without a source", () => {
    const result = validate(story);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.warnings).toHaveLength(3);
  });
});

describe("a German story with a byte-order mark", () => {
  const { story, counts } = convert("german-bom");

  it("keeps every event", () => {
    expect(counts).toMatchObject({ eventsIn: 3, events: 3 });
  });

  it("decodes its entities", () => {
    expect(story.title).toBe("Gespräche über eine Waffenruhe");
    expect(story.description).toBe("Die Verhandlungen zwischen Nord und Süd – Tag für Tag.");
    expect(story.actors.map((a) => a.name)).toEqual(["Nord", "Süd"]);
    expect(byTitle(story, "Preise < 5 % & Zölle")?.summary).toBe(
      "Handel & Zölle: die Preise steigen um weniger als 5 %.",
    );
  });

  it("keeps the words of a pasted button but never its script", () => {
    const first = byTitle(story, "Delegationen treffen sich in Dschidda");
    expect(first?.summary).toBe(
      "„Ein erster Schritt“, heißt es aus Verhandlungskreisen. Bericht\n\nAbstimmen",
    );
    expect(JSON.stringify(story)).not.toMatch(/onclick|alert|track\(\)/);
  });

  it("validates, with a warning for each event without a source", () => {
    const result = validate(story);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.warnings.map((w) => w.path)).toEqual(["events[1].sources", "events[2].sources"]);
  });
});

describe("a story with display_date tricks, relative images and backgrounds only", () => {
  const { story, counts, notes } = convert("display-tricks");

  it("keeps every event", () => {
    expect(counts).toMatchObject({ eventsIn: 5, events: 5, refused: 0 });
  });

  it("does not keep a display date that only hid the date, and says so", () => {
    expect(byTitle(story, "Polls open")?.displayDate).toBeUndefined();
    expect(byTitle(story, "First results")?.displayDate).toBeUndefined();
    expect(byTitle(story, "Recount")?.displayDate).toBeUndefined();
    expect(notes.filter((n) => n.kind === "display date that hid the date")).toHaveLength(2);
  });

  it("joins a start's and an end's display dates, and writes HTML in one as text", () => {
    expect(byTitle(story, "Results certified")?.displayDate).toBe("12 Nov. – 14 Nov. 2024");
    expect(byTitle(story, "New council sits")?.displayDate).toBe("Early December");
  });

  it("lists relative images and videos as not kept, saying where to put them, never as sources", () => {
    const media = notes.filter((n) => n.kind === "media not kept").map((n) => n.message);
    expect(media).toEqual([
      'image “img/results-map.png” (“Results by district”) not kept: a file beside the TimelineJS page; copy it into data/media/ and name it as the media\'s "file"',
      'video “./video/certification.mp4” (“The session”) not kept: a file beside the TimelineJS page; copy it into data/media/ and name it as the media\'s "file"',
    ]);
    expect(Object.values(story.sources).map((s) => s.url)).toEqual([
      "https://example.org/council/first-session",
    ]);
  });

  it("says the slide backgrounds are not converted, in one line", () => {
    expect(notes.filter((n) => /background/.test(n.message)).map((n) => n.message)).toEqual([
      "4 slide backgrounds not converted (our events have none)",
    ]);
  });

  it("validates, with a warning for each event without a source", () => {
    const result = validate(story);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.warnings).toHaveLength(4);
  });
});
