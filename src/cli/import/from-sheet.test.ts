import { readFileSync } from "node:fs";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import type { StoryEvent } from "../../core/schema.ts";
import { validateStoryText } from "../../core/validate.ts";
import { fromSheet } from "./from-sheet.ts";
import type { ImportResult } from "./from-timelinejs.ts";
import { SHEET_COLUMNS, TIMELINEJS_COLUMNS } from "./sheet-columns.ts";
import type { Column } from "./sheet-columns.ts";
import { toSheet } from "./to-sheet.ts";

type Row = Partial<Record<Column, string>>;

const sheet = (rows: Row[], columns: readonly Column[] = SHEET_COLUMNS) =>
  stringify(
    rows.map((r) => columns.map((c) => r[c] ?? "")),
    { header: true, columns: [...columns] },
  );

function imported(csv: string): Extract<ImportResult, { ok: true }> {
  const result = fromSheet(csv, { name: "sheet" });
  if (!result.ok) throw new Error(result.problems.join("; "));
  return result;
}

const talks: Row = {
  Year: "2025",
  Month: "3",
  Day: "11",
  Headline: "Talks open",
  Text: "<p>Delegations meet.</p>",
  Group: "North",
  Tags: "Talks, Ceasefire",
  Place: "Jeddah",
  "Source URL": "https://example.org/news/talks-open",
  "Source title": "Talks open in Jeddah",
};
const answer: Row = {
  Year: "2025",
  Month: "3",
  Day: "13",
  Headline: "South answers",
  Text: "South's envoy replies.",
  Group: "South",
  Tags: "talks",
  "Source URL": "https://example.org/news/south-answers",
  Quote: "We are ready, but there are nuances.",
  Speaker: "A. Speaker, envoy of South",
};
const fighting: Row = { Year: "2025", Month: "3", Headline: "Fighting goes on", Group: "South" };

describe("fromSheet", () => {
  it("reads TimelineJS's template columns and ours into events", () => {
    const { story } = imported(sheet([talks, answer, fighting]));
    expect(story.events.map((e) => [e.id, e.date, e.actors, e.tags])).toEqual([
      ["fighting-goes-on", "2025-03", ["south"], []],
      ["talks-open", "2025-03-11", ["north"], ["talks", "ceasefire"]],
      ["south-answers", "2025-03-13", ["south"], ["talks"]],
    ]);
    const open = story.events[1]!;
    expect(open.place).toBe("Jeddah");
    expect(open.sources.map((id) => story.sources[id])).toEqual([
      {
        title: "Talks open in Jeddah",
        publisher: "example.org",
        url: "https://example.org/news/talks-open",
        language: "en",
      },
    ]);
    expect(story.events[2]!.quotes).toEqual([
      {
        text: "We are ready, but there are nuances.",
        speaker: "A. Speaker",
        role: "envoy of South",
        date: "2025-03-13",
        source: story.events[2]!.sources[0],
        language: "en",
        translated: false,
      },
    ]);
  });

  it("reads a sheet with TimelineJS's columns only, and a byte-order mark", () => {
    const { story } = imported(`\uFEFF${sheet([talks, fighting], TIMELINEJS_COLUMNS)}`);
    expect(story.events.map((e) => e.title)).toEqual(["Fighting goes on", "Talks open"]);
  });

  it("keeps a time as a local time and Display Date as displayDate", () => {
    const { story } = imported(
      sheet([{ ...talks, Time: "9:30 PM", "Display Date": "Evening of 11 March" }]),
    );
    expect(story.events[0]).toMatchObject({
      date: "2025-03-11T21:30",
      displayDate: "Evening of 11 March",
    });
  });

  it("takes a title row and era rows", () => {
    const { story } = imported(
      sheet([
        { Type: "title", Headline: "The talks", Text: "Day by day." },
        {
          Type: "era",
          Year: "2025",
          Month: "3",
          "End Year": "2025",
          "End Month": "4",
          Headline: "Round one",
        },
        talks,
      ]),
    );
    expect(story.title).toBe("The talks");
    expect(story.description).toBe("Day by day.");
    expect(story.phases).toEqual([
      { id: "round-one", title: "Round one", date: "2025-03/2025-04" },
    ]);
  });

  it("names a bad cell by its row and column, says how to fix it, and counts the row", () => {
    const result = imported(
      sheet([talks, { ...answer, Year: "03/13/2025" }, { ...fighting, Time: "25:00", Day: "2" }]),
    );
    const refused = result.notes.filter((n) => n.action === "refused");
    expect(refused.map((n) => `${n.where}: ${n.message}`)).toEqual([
      'row 3, column Year: "03/13/2025" is not a year: write 2025 in Year, 3 in Month and 13 in Day',
      'row 4, column Time: "25:00" is not a time: write it as 21:30 or 9:30 PM',
    ]);
    expect(result.counts).toMatchObject({ eventsIn: 3, events: 1, refused: 2 });
  });

  it("names other problems by row too", () => {
    const result = imported(sheet([talks, { ...fighting, Month: "13" }]));
    expect(result.notes.map((n) => `${n.where}: ${n.message}`)).toContain(
      "row 3 “Fighting goes on”: start date: month 13 is not a month (1 to 12)",
    );
  });

  it("refuses a file whose first row is not the template's headers", () => {
    expect(fromSheet("Date,Title\n2025-03-11,Talks\n", { name: "x" })).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^row 1 must be the template's headers/)],
    });
  });

  it("says which columns it ignored", () => {
    const result = imported(
      `${sheet([talks]).trimEnd()}\n`
        .replace(/^Year,/, "Notes,Year,")
        .replace(/\n2025,/, "\nx,2025,"),
    );
    expect(result.notes.map((n) => n.message)).toContain(
      "column “Notes” is not a column of the template; ignored",
    );
  });

  it("gives the same story, ids included, every time", () => {
    const csv = sheet([talks, answer, fighting]);
    expect(imported(csv).story).toEqual(imported(csv).story);
  });

  it("keeps the ids of unchanged rows when rows are edited, added and moved", () => {
    const before = imported(sheet([talks, answer, fighting], TIMELINEJS_COLUMNS)).story;
    const edited = { ...answer, Headline: "South answers at last" };
    const added: Row = { Year: "2025", Month: "3", Day: "12", Headline: "Observers arrive" };
    const after = imported(sheet([fighting, added, edited, talks], TIMELINEJS_COLUMNS)).story;
    const idOf = (s: typeof before, title: string) => s.events.find((e) => e.title === title)?.id;
    expect(idOf(after, "Talks open")).toBe(idOf(before, "Talks open"));
    expect(idOf(after, "Fighting goes on")).toBe(idOf(before, "Fighting goes on"));
  });

  it("keeps an event's id exactly through an Id column, whatever its headline becomes", () => {
    const { story } = imported(
      sheet([{ ...talks, Id: "talks-open", Headline: "Talks open, at last" }]),
    );
    expect(story.events[0]?.id).toBe("talks-open");
  });
});

describe("toSheet then fromSheet", () => {
  it("gives back the same story", () => {
    const first = imported(
      sheet([
        {
          Type: "title",
          Headline: "The talks",
          Text: "<p>Day by day.</p><p>With sources &amp; quotes.</p>",
        },
        {
          Type: "era",
          Year: "2025",
          Month: "3",
          "End Year": "2025",
          "End Month": "4",
          Headline: "Round one",
        },
        talks,
        answer,
        fighting,
        { ...fighting, Year: "-44", Month: "3", Day: "15", Headline: "Ides", Group: "North" },
        { ...talks, Time: "21:30", "Display Date": "Late that night", Headline: "Talks go on" },
        { Year: "2025", Month: "3", Day: "12", Headline: "A < b & c", Text: "Line one\nline two" },
        {
          ...fighting,
          Year: "-15000",
          Month: undefined,
          Headline: "Year -15000",
          "Display Date": "Long ago",
        },
        { ...fighting, Year: "-500", Month: undefined, "End Year": "-480", Headline: "A BCE span" },
        {
          ...talks,
          Time: "9:00",
          ...{ "End Year": "2025", "End Month": "3", "End Day": "11", "End Time": "17:30" },
          Headline: "A day of talks",
        },
      ]),
    );
    expect(first.story.events.map((e) => e.date)).toEqual(
      expect.arrayContaining([
        "Y-14999",
        "-0499/-0479",
        "-0043-03-15",
        "2025-03-11T21:30",
        "2025-03-11T09:00/2025-03-11T17:30",
      ]),
    );
    const { csv, lost } = toSheet(first.story);
    expect(lost).toEqual([]);
    expect(imported(csv).story).toEqual(first.story);
  });

  it("keeps the start of a date the sheet cannot hold whole, and lists what it leaves out", () => {
    const { story } = imported(sheet([talks, answer]));
    const [first, second] = story.events as [StoryEvent, StoryEvent];
    const { csv, lost } = toSheet({
      ...story,
      events: [
        { ...first, date: "2025-03-11/.." },
        { ...second, date: "2025-03-13T19:00+03:00", quotes: [] },
      ],
    });
    expect(lost).toEqual([
      "event talks-open: its open end (2025-03-11/..: still going on)",
      "event south-answers: the time zone of 2025-03-13T19:00+03:00 (the sheet's Time is a local time)",
    ]);
    expect(imported(csv).story.events.map((e) => e.date)).toEqual([
      "2025-03-11",
      "2025-03-13T19:00",
    ]);
    const approximate = toSheet({ ...story, events: [{ ...first, date: "2025-03~" }, second] });
    expect(approximate.lost).toEqual([
      "event talks-open: the qualifier of 2025-03~ (approximate or uncertain)",
    ]);
  });

  it("lists what the sheet cannot hold", () => {
    const { story } = imported(sheet([talks, answer]));
    const withMore = {
      ...story,
      actors: story.actors.map((a) => ({ ...a, color: "#1f5fa8" })),
      events: story.events.map((e) => ({ ...e, actors: ["north", "south"], note: "Unconfirmed." })),
    };
    const { lost } = toSheet(withMore);
    expect(lost).toEqual(
      expect.arrayContaining([
        "actor north: colour #1f5fa8",
        "event talks-open: actors after the first (south)",
        "event talks-open: editor's note",
      ]),
    );
  });
});

describe("the shipped sheet template (data/templates/timeline-sheet.csv)", () => {
  const csv = readFileSync(
    new URL("../../../data/templates/timeline-sheet.csv", import.meta.url),
    "utf8",
  );
  const result = imported(csv);

  it("has every column of TimelineJS's template and ours, in order", () => {
    expect(csv.split("\n")[0]).toBe(SHEET_COLUMNS.join(","));
  });

  it("imports all its rows", () => {
    expect(result.counts).toMatchObject({ eventsIn: 3, events: 3, refused: 0, phases: 1 });
    expect(result.story.events.map((e) => e.id)).toEqual([
      "fighting-goes-on",
      "delegations-arrive",
      "south-answers",
    ]);
  });

  it("exports and re-imports to the same story", () => {
    expect(imported(toSheet(result.story).csv).story).toEqual(result.story);
  });

  it("validates, with a warning for its unsourced row", () => {
    const checked = validateStoryText("t.json", JSON.stringify(result.story, null, 2));
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    expect(checked.warnings.map((w) => w.path)).toEqual(["events[0].sources"]);
  });
});
