import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { NO_SOURCE } from "../../core/story-warnings.ts";
import { validateStoryText } from "../../core/validate.ts";
import { fromSheet } from "./from-sheet.ts";
import { fromTimelineJs } from "./from-timelinejs.ts";
import type { ImportResult } from "./from-timelinejs.ts";
import { htmlToText } from "./html-to-text.ts";
import { mediaKind } from "./media-kind.ts";
import { COSMOLOGICAL, MEDIA_LINK } from "./note-kinds.ts";
import { toSheet } from "./to-sheet.ts";

/**
 * TimelineJS's own templates, as installed with it: every event that a JavaScript date can hold
 * comes through, the story validates, and an event without a source is a warning, not a loss.
 */

const TEMPLATES = new URL(
  "../../../node_modules/@knight-lab/timelinejs/src/template/",
  import.meta.url,
);
const read = (name: string) => readFileSync(new URL(name, TEMPLATES), "utf8");

function importTemplate(name: string): Extract<ImportResult, { ok: true }> {
  const text = read(name);
  const result = name.endsWith(".csv")
    ? fromSheet(text, { name })
    : fromTimelineJs(JSON.parse(text), { name });
  if (!result.ok) throw new Error(result.problems.join("; "));
  return result;
}

const validate = (r: Extract<ImportResult, { ok: true }>) =>
  validateStoryText("story.json", JSON.stringify(r.story, null, 2));

/** The headlines of the template's event slides, as plain text. */
function jsonHeadlines(name: string): string[] {
  const { events } = JSON.parse(read(name)) as { events: { text?: { headline?: string } }[] };
  return events.map((e) => htmlToText(e.text?.headline ?? "").text);
}

describe.each([
  ["all-media-types.json", 41, 33],
  ["eras.json", 20, 1],
])("TimelineJS's %s", (name, events, unsourced) => {
  const result = importTemplate(name);

  it(`keeps all ${events} events, each with its headline`, () => {
    expect(result.counts).toMatchObject({ eventsIn: events, events, refused: 0, unsourced });
    expect(result.story.events.map((e) => e.title).sort()).toEqual(jsonHeadlines(name).sort());
  });

  it("validates, with one warning per event that has no source", () => {
    const checked = validate(result);
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    expect(checked.warnings.map((w) => w.message)).toEqual(Array(unsourced).fill(NO_SOURCE));
  });

  it("comes back the same from its sheet export", () => {
    const again = fromSheet(toSheet(result.story).csv, { name });
    expect(again.ok && again.story).toEqual(result.story);
  });
});

describe("TimelineJS's eras.json", () => {
  it("keeps its eras as phases", () => {
    expect(importTemplate("eras.json").story.phases).toHaveLength(3);
  });
});

describe("TimelineJS's all-media-types.json", () => {
  const result = importTemplate("all-media-types.json");

  it("makes no photo, video, audio or post a source", () => {
    const urls = Object.values(result.story.sources).map((s) => s.url);
    const media =
      /^https?:\/\/(?:[\w-]+\.)*(?:youtube\.com|vimeo\.com|flickr\.com|instagram\.com|soundcloud\.com)\/|\.(?:jpe?g|png|gif|mp4|mp3)$/i;
    expect(urls.filter((u) => media.test(u))).toEqual([]);
  });

  it("keeps every image and video as media, with its credit and caption", () => {
    const { events } = JSON.parse(read("all-media-types.json")) as {
      events: { media?: { url?: string; credit?: string } }[];
    };
    const shown = (url: string) =>
      /^https?:\/\//.test(url) && ["image", "video"].includes(mediaKind(url));
    const wanted = events.flatMap((e) => (e.media?.url && shown(e.media.url) ? [e.media.url] : []));
    expect(wanted.length).toBeGreaterThan(15);
    const kept = result.story.events.flatMap((e) => e.media ?? []);
    expect(wanted.filter((url) => !kept.some((m) => m.url === url))).toEqual([]);
    expect(kept.every((m) => m.credit.length > 0)).toBe(true);
  });

  it("shows photographs and YouTube and Vimeo videos; the rest are links, each with a note", () => {
    const kept = result.story.events.flatMap((e) => e.media ?? []);
    const of = (kind: string) => kept.filter((m) => m.kind === kind).map((m) => m.url);
    expect(of("video")).toEqual([
      "https://m.youtube.com/watch?v=pi2v1m6gmD8&t=5m21s",
      "http://vimeo.com/20839673",
    ]);
    expect(of("image")).toContain("https://media.giphy.com/media/Bzxeif0cR11ny/giphy.gif");
    expect(of("embed")).toContain("https://www.flickr.com/photos/critterseeker/16420145375");
    const links = result.notes
      .filter((n) => n.kind === MEDIA_LINK && n.where !== "title")
      .map((n) => n.message);
    expect(links).toContainEqual(
      expect.stringMatching(
        /^video http:\/\/www\.dailymotion\.com\/.* kept as a link: a video we cannot play/,
      ),
    );
    expect(links.length).toBe(of("embed").length);
    expect(result.story.mediaHosts).toEqual(
      [...new Set(of("image").map((url) => new URL(url ?? "").hostname))].sort(),
    );
  });

  it("takes the caption for an image's alt text when it has none, and says so", () => {
    const moraine = result.story.events
      .flatMap((e) => e.media ?? [])
      .find((m) => m.url?.includes("Moraine_Lake"));
    expect(moraine?.alt).toBe(moraine?.caption);
    expect(result.notes.map((n) => n.message)).toContainEqual(
      expect.stringMatching(/Moraine_Lake.*: no alt text; the caption stands for it/),
    );
  });
});

describe("TimelineJS's cosmo-mixed.json", () => {
  const result = importTemplate("cosmo-mixed.json");

  it("keeps the 7 events a JavaScript date can hold, BCE ones included", () => {
    expect(result.counts).toMatchObject({ eventsIn: 11, events: 7, refused: 4 });
    expect(result.story.events.slice(0, 2).map((e) => [e.title, e.date])).toEqual([
      ["First Manufactured Glass", "-3499"],
      ["Euclid's Optica", "-0299"],
    ]);
  });

  it("refuses the 4 on a cosmological scale, saying so", () => {
    const refused = result.notes.filter((n) => n.action === "refused");
    expect(refused.map((n) => n.kind)).toEqual(Array(4).fill(COSMOLOGICAL));
    expect(refused[0]?.message).toMatch(
      /year -13800000000 is on a cosmological scale: no JavaScript date can hold it/,
    );
  });

  it("validates, with a warning per event without a source", () => {
    const checked = validate(result);
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    expect(checked.warnings).toHaveLength(result.counts.unsourced);
  });
});

describe("TimelineJS's my-own-timeline.csv", () => {
  const result = importTemplate("my-own-timeline.csv");
  const rows = read("my-own-timeline.csv");

  it("keeps all 10 event rows, under the title of its title row", () => {
    expect(result.counts).toMatchObject({ eventsIn: 10, events: 10, refused: 0 });
    expect(result.story.title).toBe("MY OWN CSV");
    expect(result.story.events.map((e) => e.title)).toContain("Ada Lovelace");
    expect(rows).toContain("Ada Lovelace");
  });

  it("validates, with a warning per event without a source", () => {
    const checked = validate(result);
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    expect(checked.warnings).toHaveLength(result.counts.unsourced);
    expect(result.counts.unsourced).toBeGreaterThan(0);
  });

  it("comes back the same from its sheet export", () => {
    const again = fromSheet(toSheet(result.story).csv, { name: "x" });
    expect(again.ok && again.story).toEqual(result.story);
  });

  it("names its rows as the sheet shows them", () => {
    expect(result.notes.map((n) => n.where)).toContainEqual(
      expect.stringMatching(/^row 3 “Ada Lovelace”$/),
    );
  });
});
