import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SLUG } from "../../core/ids.ts";
import type { Story } from "../../core/schema.ts";
import { validateStoryText } from "../../core/validate.ts";
import { fromTimelineJs } from "./from-timelinejs.ts";
import type { ImportResult } from "./from-timelinejs.ts";
import { formatSummary } from "./summary.ts";

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), "utf8"));

const convert = (name: string, language?: string) => {
  const result = fromTimelineJs(fixture(name), { name, language });
  if (!result.ok) throw new Error(result.problems.join("; "));
  return result;
};

const story = convert("story");
const edge = convert("edge-cases");
const event = (s: Pick<Story, "events">, id: string) => s.events.find((e) => e.id === id)!;
const notesFor = (r: ImportResult, where: RegExp) =>
  r.notes.filter((n) => where.test(n.where)).map((n) => `${n.action}: ${n.message}`);

describe("fromTimelineJs on a normal story", () => {
  it("takes the story's title and description from the title slide, as plain text", () => {
    expect(story.story.title).toBe("Talks & truce: March 2025");
    expect(story.story.description).toBe(
      "How the ceasefire talks unfolded, day by day. Reporting by the Example Desk.",
    );
  });

  it("writes each event's date as EDTF at the precision it was given", () => {
    expect(story.story.events.map((e) => [e.id, e.date])).toEqual([
      ["a-year-of-diplomacy", "2025"],
      ["fighting-goes-on", "2025-03/2025-04"],
      ["talks-open", "2025-03-11"],
      ["south-answers", "2025-03-13T19:30"],
    ]);
  });

  it("keeps display_date as the event's displayDate", () => {
    expect(event(story.story, "south-answers").displayDate).toBe("Evening of 13 March");
    expect(event(story.story, "talks-open").displayDate).toBeUndefined();
  });

  it("makes groups into actors in order of first appearance, and ungrouped events “General”", () => {
    expect(story.story.actors).toEqual([
      { id: "north", name: "North" },
      { id: "south", name: "South" },
      { id: "general", name: "General" },
    ]);
    expect(event(story.story, "talks-open").actors).toEqual(["north"]);
    expect(event(story.story, "a-year-of-diplomacy").actors).toEqual(["general"]);
    expect(notesFor(story, /^story$/)).toContain(
      "changed: 1 event has no group; it is under the actor “General”",
    );
  });

  it("makes eras into phases, sorted by date", () => {
    expect(story.story.phases).toEqual([
      { id: "first-round", title: "First round", date: "2025-03-01/2025-03-10" },
      { id: "second-round", title: "Second round", date: "2025-03-11/2025-03-18" },
    ]);
  });

  it("turns text HTML into plain text and its links into the event's sources", () => {
    const talks = event(story.story, "talks-open");
    expect(talks.summary).toBe(
      "Delegations from North and South meet.\n\nRead the first report and the analysis.",
    );
    expect(talks.place).toBe("Jeddah");
    expect(talks.sources).toEqual(["example-org-news-talks-open", "example-net-analysis-talks"]);
    expect(story.story.sources["example-org-news-talks-open"]).toEqual({
      title: "first report",
      publisher: "example.org",
      url: "https://www.example.org/news/talks-open?ref=tl",
      language: "en",
    });
  });

  it("keeps an image as media, never as a source or its credit as one, and says so", () => {
    expect(event(story.story, "fighting-goes-on").sources).toEqual([]);
    expect(Object.values(story.story.sources).map((s) => s.url)).not.toContain(
      "https://example.org/maps/front-line.png",
    );
    expect(event(story.story, "fighting-goes-on").media).toEqual([
      {
        kind: "image",
        url: "https://example.org/maps/front-line.png",
        alt: "The front line in March",
        caption: "The front line in March",
        credit: expect.any(String),
      },
    ]);
    expect(story.story.mediaHosts).toEqual(["example.org"]);
    expect(notesFor(story, /Fighting goes on/)).toEqual([
      "changed: image https://example.org/maps/front-line.png: no alt text; the caption stands for it (check it says what the image shows)",
      "flagged: no source link: kept without a source; add one before publishing",
    ]);
  });

  it("makes a document or web page given as media a source, with its credit as publisher", () => {
    const result = fromTimelineJs(
      {
        events: [
          {
            start_date: { year: 2025, month: 3, day: 11 },
            text: { headline: "The report is published" },
            media: {
              url: "https://example.org/reports/truce.pdf",
              caption: "The monitors' report",
              credit: "Example Monitors",
            },
          },
        ],
      },
      { name: "x" },
    );
    if (!result.ok) throw new Error(result.problems.join());
    expect(Object.values(result.story.sources)).toEqual([
      {
        title: "The monitors' report",
        publisher: "Example Monitors",
        url: "https://example.org/reports/truce.pdf",
        language: "en",
      },
    ]);
    expect(result.story.events[0]?.sources).toHaveLength(1);
  });

  it("makes a blockquote with a credit into a quote by that speaker, cited from the event's source", () => {
    expect(event(story.story, "south-answers").quotes).toEqual([
      {
        text: "We are ready to stop the fighting, but there are nuances.",
        speaker: "A. Speaker",
        role: "Envoy of South",
        date: "2025-03-13T19:30",
        source: "example-org-news-south-answers",
        language: "en",
        translated: false,
      },
    ]);
  });

  it("cites an embedded post from its own link, in its own language", () => {
    const post = event(story.story, "a-year-of-diplomacy");
    expect(post.quotes[0]).toMatchObject({
      speaker: "B. Minister",
      source: "example-com-bminister-status-1",
      language: "uk",
    });
    expect(post.sources).toEqual(["example-com-bminister-status-1"]);
    expect(story.story.sources["example-com-bminister-status-1"]).toMatchObject({
      title: "B. Minister, March 12, 2025",
      language: "uk",
    });
  });

  it("uses the given language for sources and quotes, and says when it had to assume one", () => {
    expect(notesFor(story, /^story$/).join("\n")).toMatch(/marked “en”/);
    const russian = convert("story", "ru");
    expect(russian.story.sources["example-org-about"]?.language).toBe("ru");
    expect(notesFor(russian, /^story$/).join("\n")).not.toMatch(/does not record a language/);
  });

  it("counts what it converted", () => {
    expect(story.counts).toEqual({
      eventsIn: 4,
      events: 4,
      refused: 0,
      unsourced: 1,
      erasIn: 2,
      phases: 2,
      actors: 3,
      sources: 5,
      quotes: 2,
    });
  });

  it("produces a story that passes validation, with one warning", () => {
    const result = validateStoryText("story.json", JSON.stringify(story.story, null, 2));
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.warnings.map((w) => w.path)).toEqual(["events[1].sources"]);
  });
});

describe("fromTimelineJs on awkward input", () => {
  it("sorts unsorted events by date, then by their order in the file", () => {
    const dates = edge.story.events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(edge.story.events.at(-4)?.title).toBe("Later event listed first");
  });

  it("gives two events on the same day with the same headline distinct ids, in file order", () => {
    const same = edge.story.events.filter((e) => e.title === "Same day, same headline");
    expect(same.map((e) => [e.id, e.summary])).toEqual([
      ["same-day-same-headline", "First of two. Source"],
      ["same-day-same-headline-2", "Second of two. Source"],
    ]);
  });

  it("titles an event with an empty or missing headline from its text and ids it by date", () => {
    expect(event(edge.story, "event-2025-03-12").title).toBe("A slide with an empty headline.");
    expect(event(edge.story, "event-2025-03-14").title).toBe("No headline at all, and a link.");
    expect(notesFor(edge, /^events\[4\]/)).toEqual([
      "changed: no headline; the title is taken from the text: “No headline at all, and a link.”",
    ]);
  });

  it("gives Cyrillic, Arabic and Chinese headlines readable ids", () => {
    const ids = edge.story.events.map((e) => e.id);
    expect(ids).toContain("peregovory-v-dzhidde");
    expect(ids).toContain("mhdtht-wqf-tlq-lnr");
    expect(ids).toContain("ting-huo-tan-pan");
    expect(edge.story.actors).toContainEqual({ id: "rossiya", name: "Россия" });
  });

  it("lets an explicit unique_id keep its id when a headline makes the same slug", () => {
    expect(event(edge.story, "later-event-listed-first").title).toBe("A quote with a cite");
    expect(event(edge.story, "later-event-listed-first-2").title).toBe("Unusable media");
    expect(event(edge.story, "later-event-listed-first-3").title).toBe("Later event listed first");
  });

  it("gives every event a unique slug id, the same on every run", () => {
    const ids = edge.story.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(SLUG);
    expect(convert("edge-cases").story).toEqual(edge.story);
  });

  it("decodes entities and keeps text that looks like HTML from reading as HTML", () => {
    const e = event(edge.story, "entities-quotes-truce-its-on");
    expect(e.title).toBe("Entities & quotes: “truce” — it’s on");
    expect(e.summary).toBe(
      "Prices < 5 % and a < b, & lt;b& gt; literally, café ☺ & bogus; AT&T.\n\nContact the desk; read more.",
    );
    expect(e.sources).toEqual(["example-org-entities"]);
    expect(edge.story.sources["example-org-entities"]?.url).toBe(
      "https://example.org/entities?a=1&b=2",
    );
  });

  it("drops what it cannot convert and lists each with its reason", () => {
    const dropped = edge.notes
      .filter((n) => n.action === "dropped" || n.action === "refused")
      .map((n) => `${n.where}: ${n.message}`);
    expect(dropped).toEqual(
      expect.arrayContaining([
        "events[12] “Month thirteen”: start date: month 13 is not a month (1 to 12)",
        "events[13] “No start date”: no start date",
        'events[14] “Month as a word”: start_date.month must be a whole number, not "March"',
        "events[18] (no headline): not an event (expected an object with start_date)",
        "eras[0] “An era with no end”: a phase needs a start and an end date after it: no end date",
        "eras[1] (no headline): no headline (a phase needs a title)",
      ]),
    );
  });

  it("keeps an event with no link, without a source, and flags it for an editor", () => {
    expect(event(edge.story, "an-event-with-no-links").sources).toEqual([]);
    expect(notesFor(edge, /An event with no links/)).toEqual([
      "flagged: no source link: kept without a source; add one before publishing",
    ]);
  });

  it("keeps a BCE date as a negative EDTF year", () => {
    expect(edge.story.events.find((e) => e.title === "Ides of March")?.date).toBe("-0043-03-15");
  });

  it("accounts for every event: those in are those out plus those refused", () => {
    expect(edge.counts.eventsIn).toBe(edge.counts.events + edge.counts.refused);
    expect(edge.counts).toMatchObject({ eventsIn: 19, events: 15, refused: 4 });
  });

  it("keeps the event but not the pull quote when no speaker can be found", () => {
    expect(event(edge.story, "a-quote-with-no-speaker").quotes).toEqual([]);
    expect(notesFor(edge, /A quote with no speaker/)).toEqual([
      "dropped: pull quote “Words with nobody to say them.”: no speaker found (no media.credit, <cite> or closing “— Name”)",
    ]);
  });

  it("keeps the start date when the end date is before it, and flags it", () => {
    expect(event(edge.story, "ends-before-it-starts").date).toBe("2025-03-19");
    expect(notesFor(edge, /Ends before it starts/)).toEqual([
      "changed: end date 2025-03-10 is before the start date 2025-03-19; kept the start only",
    ]);
  });

  it("names the story after the file when there is no title slide, and says so", () => {
    expect(edge.story.title).toBe("edge-cases");
    expect(notesFor(edge, /^title$/)).toHaveLength(2);
  });

  it("produces a story that passes validation", () => {
    const result = validateStoryText("edge.json", JSON.stringify(edge.story, null, 2));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it("summarises counts in and out, then what needs an editor grouped by kind", () => {
    const summary = formatSummary(edge.counts, edge.notes);
    expect(summary.split("\n").slice(0, 2)).toEqual([
      "Events: 19 in, 15 out, 4 refused (listed below); 1 kept without a source.",
      "Also: 0 of 2 eras as phases, 3 actors, 14 sources, 1 quote.",
    ]);
    expect(summary).toMatch(/\nRefused \(4\):\n {2}no usable date \(2\):\n {4}events\[12\]/);
    expect(summary).toMatch(/\nNeeds an editor \(6\):\n {2}eras\[0\]/);
    expect(summary).toContain(
      "  no source: kept, needs one before publishing (1):\n    events[8] “An event with no links”: no source link",
    );
  });

  it("lists a kind of note once with a few examples, not once per event", () => {
    const notes = Array.from({ length: 40 }, (_, i) => ({
      where: `events[${i}]`,
      action: "flagged" as const,
      kind: "no source",
      message: "no source link",
    }));
    const summary = formatSummary({ ...edge.counts, unsourced: 40 }, notes);
    expect(summary.split("\n").filter((l) => l.includes("no source link"))).toHaveLength(3);
    expect(summary).toContain("  no source (40):");
    expect(summary).toContain("    … and 37 more");
  });
});

describe("fromTimelineJs refuses", () => {
  it("a file that is not a TimelineJS3 story", () => {
    expect(fromTimelineJs({ slides: [] }, { name: "x" })).toMatchObject({
      ok: false,
      problems: ["events: must be a list of events (TimelineJS3 keeps them in “events”)"],
    });
  });

  it("a TimelineJS 2 file, naming it", () => {
    expect(fromTimelineJs({ timeline: { date: [] } }, { name: "x" })).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/TimelineJS 2/)],
    });
  });

  it("a story in which no event could be converted", () => {
    const result = fromTimelineJs(
      { events: [{ start_date: { year: "" }, text: { headline: "No date" } }] },
      { name: "x" },
    );
    expect(result).toMatchObject({ ok: false, problems: [expect.stringMatching(/no event/)] });
  });
});
