import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { InZone } from "./fixtures/edtf-in-zone.ts";

/**
 * Every EDTF form a story may use, against its expected start, end and display, read by readers
 * in three zones: Los Angeles (west of UTC, clocks skip 02:00–03:00 on 9 March 2025), Kyiv (east,
 * skips 03:00–04:00 on 30 March 2025) and Kolkata (a half-hour offset, no clock changes).
 *
 * A JavaScript process fixes its zone when it starts, so each zone is a child process started
 * with that TZ (fixtures/edtf-in-zone.ts); the test checks each child truly ran in its zone.
 *
 * Starts and ends are instants. "…Z" is an exact instant (a time with its zone): the same in
 * every zone. Without Z it is a wall-clock time in the reader's zone (a date, or a time without
 * a zone), where the axis draws it; `axisIn` gives the zones where that wall-clock time does not
 * exist, and the axis uses the one an hour later. The text shown never depends on the zone.
 */

const ZONES = {
  "America/Los_Angeles": 480,
  "Europe/Kyiv": -120,
  "Asia/Kolkata": -330,
} as const;
type Zone = keyof typeof ZONES;

interface Row {
  edtf: string;
  start: string;
  end: string;
  /** Where the zone differs: the wall-clock time does not exist there. */
  axisIn?: Partial<Record<Zone, { start: string; end: string }>>;
  display: string;
  short: string;
  datetime: string;
}

const accepted: Row[] = [
  // Day, month, year, and their qualifiers.
  {
    edtf: "2025-03-13",
    start: "2025-03-13T00:00",
    end: "2025-03-14T00:00",
    display: "13 March 2025",
    short: "13 Mar 2025",
    datetime: "2025-03-13",
  },
  {
    edtf: "2025-03",
    start: "2025-03-01T00:00",
    end: "2025-04-01T00:00",
    display: "March 2025",
    short: "Mar 2025",
    datetime: "2025-03",
  },
  {
    edtf: "2025",
    start: "2025-01-01T00:00",
    end: "2026-01-01T00:00",
    display: "2025",
    short: "2025",
    datetime: "2025",
  },
  {
    edtf: "2025-03~",
    start: "2025-03-01T00:00",
    end: "2025-04-01T00:00",
    display: "c. March 2025",
    short: "c. Mar 2025",
    datetime: "2025-03",
  },
  {
    edtf: "2025-03?",
    start: "2025-03-01T00:00",
    end: "2025-04-01T00:00",
    display: "March 2025 (uncertain)",
    short: "Mar 2025 (uncertain)",
    datetime: "2025-03",
  },
  {
    edtf: "2025-03-13%",
    start: "2025-03-13T00:00",
    end: "2025-03-14T00:00",
    display: "c. 13 March 2025 (uncertain)",
    short: "c. 13 Mar 2025 (uncertain)",
    datetime: "2025-03-13",
  },
  // Intervals.
  {
    edtf: "2014-03-18/2014-03-21",
    start: "2014-03-18T00:00",
    end: "2014-03-22T00:00",
    display: "18–21 March 2014",
    short: "18–21 Mar 2014",
    datetime: "2014-03-18",
  },
  {
    edtf: "2022-09-30/2022-10-05",
    start: "2022-09-30T00:00",
    end: "2022-10-06T00:00",
    display: "30 September – 5 October 2022",
    short: "30 Sep – 5 Oct 2022",
    datetime: "2022-09-30",
  },
  {
    edtf: "2022-02/2025-03",
    start: "2022-02-01T00:00",
    end: "2025-04-01T00:00",
    display: "February 2022 – March 2025",
    short: "Feb 2022 – Mar 2025",
    datetime: "2022-02",
  },
  {
    edtf: "2025-03/2025-04-01",
    start: "2025-03-01T00:00",
    end: "2025-04-02T00:00",
    display: "March 2025 – 1 April 2025",
    short: "Mar 2025 – 1 Apr 2025",
    datetime: "2025-03",
  },
  {
    edtf: "2025-03-18/..",
    start: "2025-03-18T00:00",
    end: "2026-01-16T00:00",
    display: "18 March 2025 – ongoing",
    short: "18 Mar 2025 – ongoing",
    datetime: "2025-03-18",
  },
  // Times with their zone: exact instants, shown in their own zone, even in a reader's clock change.
  {
    edtf: "2025-03-13T19:00+03:00",
    start: "2025-03-13T16:00Z",
    end: "2025-03-13T16:01Z",
    display: "13 March 2025, 19:00 UTC+3",
    short: "13 Mar 2025, 19:00 UTC+3",
    datetime: "2025-03-13T19:00+03:00",
  },
  {
    edtf: "2025-03-30T03:30+03:00",
    start: "2025-03-30T00:30Z",
    end: "2025-03-30T00:31Z",
    display: "30 March 2025, 03:30 UTC+3",
    short: "30 Mar 2025, 03:30 UTC+3",
    datetime: "2025-03-30T03:30+03:00",
  },
  {
    edtf: "2025-03-09T02:30-05:00",
    start: "2025-03-09T07:30Z",
    end: "2025-03-09T07:31Z",
    display: "9 March 2025, 02:30 UTC−5",
    short: "9 Mar 2025, 02:30 UTC−5",
    datetime: "2025-03-09T02:30-05:00",
  },
  {
    edtf: "2025-03-18T10:00Z",
    start: "2025-03-18T10:00Z",
    end: "2025-03-18T10:01Z",
    display: "18 March 2025, 10:00 UTC",
    short: "18 Mar 2025, 10:00 UTC",
    datetime: "2025-03-18T10:00Z",
  },
  {
    edtf: "2025-03-13T19:00:30+05:30",
    start: "2025-03-13T13:30Z",
    end: "2025-03-13T13:31Z",
    display: "13 March 2025, 19:00 UTC+5:30",
    short: "13 Mar 2025, 19:00 UTC+5:30",
    datetime: "2025-03-13T19:00:30+05:30",
  },
  // Local times without a zone: shown as written, placed at that wall-clock time in the reader's zone.
  {
    edtf: "2025-03-13T21:30",
    start: "2025-03-13T21:30",
    end: "2025-03-13T21:31",
    display: "13 March 2025, 21:30, local time",
    short: "13 Mar 2025, 21:30, local time",
    datetime: "2025-03-13T21:30",
  },
  {
    edtf: "2025-03-30T03:30",
    start: "2025-03-30T03:30",
    end: "2025-03-30T03:31",
    axisIn: { "Europe/Kyiv": { start: "2025-03-30T04:30", end: "2025-03-30T04:31" } },
    display: "30 March 2025, 03:30, local time",
    short: "30 Mar 2025, 03:30, local time",
    datetime: "2025-03-30T03:30",
  },
  {
    edtf: "2025-03-09T02:30",
    start: "2025-03-09T02:30",
    end: "2025-03-09T02:31",
    axisIn: { "America/Los_Angeles": { start: "2025-03-09T03:30", end: "2025-03-09T03:31" } },
    display: "9 March 2025, 02:30, local time",
    short: "9 Mar 2025, 02:30, local time",
    datetime: "2025-03-09T02:30",
  },
  // Early, BCE and long years (ISO 8601: year 0 is 1 BCE).
  {
    edtf: "0050-03-13T19:00Z",
    start: "0050-03-13T19:00Z",
    end: "0050-03-13T19:01Z",
    display: "13 March 0050, 19:00 UTC",
    short: "13 Mar 0050, 19:00 UTC",
    datetime: "0050-03-13T19:00Z",
  },
  {
    edtf: "0044-03-15",
    start: "0044-03-15T00:00",
    end: "0044-03-16T00:00",
    display: "15 March 0044",
    short: "15 Mar 0044",
    datetime: "0044-03-15",
  },
  {
    edtf: "0000",
    start: "0000-01-01T00:00",
    end: "0001-01-01T00:00",
    display: "1 BCE",
    short: "1 BCE",
    datetime: "0000",
  },
  {
    edtf: "0000-02-29T10:00Z",
    start: "0000-02-29T10:00Z",
    end: "0000-02-29T10:01Z",
    display: "29 February 1 BCE, 10:00 UTC",
    short: "29 Feb 1 BCE, 10:00 UTC",
    datetime: "0000-02-29T10:00Z",
  },
  {
    edtf: "-0500",
    start: "-0500-01-01T00:00",
    end: "-0499-01-01T00:00",
    display: "501 BCE",
    short: "501 BCE",
    datetime: "-0500",
  },
  {
    edtf: "-0044-03-15~",
    start: "-0044-03-15T00:00",
    end: "-0044-03-16T00:00",
    display: "c. 15 March 45 BCE",
    short: "c. 15 Mar 45 BCE",
    datetime: "-0044-03-15",
  },
  {
    edtf: "-0753/-0509",
    start: "-0753-01-01T00:00",
    end: "-0508-01-01T00:00",
    display: "754 BCE – 510 BCE",
    short: "754 BCE – 510 BCE",
    datetime: "-0753",
  },
  {
    edtf: "Y-12000",
    start: "-12000-01-01T00:00",
    end: "-11999-01-01T00:00",
    display: "12,001 BCE",
    short: "12,001 BCE",
    datetime: "-12000",
  },
  {
    edtf: "Y12345",
    start: "12345-01-01T00:00",
    end: "12346-01-01T00:00",
    display: "12,345",
    short: "12,345",
    datetime: "12345",
  },
];

const refused: [edtf: string, message: string][] = [
  ["2025-03-13T19:00-13:00", "offset -13:00 is outside the offsets in use (−12:00 to +14:00)"],
  ["2025-03-13T19:00-14:00", "offset -14:00 is outside the offsets in use"],
  ["2025-03-13T19:00+14:59", "offset +14:59 is outside the offsets in use"],
  ["2025-03-13T19:00-00:00", "-00:00 is not an offset; write Z for a time in UTC"],
  ["2025-03/2025-03-01", "ends inside its start's period (2025-03)"],
  ["2025-03-02/2025-03-01", "ends before it starts"],
  ["Y-13800000000", "beyond the years a JavaScript date can hold (271,821 BCE to 275,759)"],
  ["-0000", "year zero is 0000, without a sign"],
];

const script = fileURLToPath(new URL("./fixtures/edtf-in-zone.ts", import.meta.url));

function readIn(zone: Zone): InZone {
  const inputs = [...accepted.map((r) => r.edtf), ...refused.map(([s]) => s)];
  const out = execFileSync(process.execPath, ["--import", "tsx", script], {
    env: { ...process.env, TZ: zone },
    input: JSON.stringify(inputs),
    encoding: "utf8",
  });
  return JSON.parse(out) as InZone;
}

const instant = (expected: string, got: { utc: string; local: string }) =>
  expected.endsWith("Z") ? got.utc : got.local;

describe.each(Object.keys(ZONES) as Zone[])("EDTF read by a reader in %s", (zone) => {
  const inZone = readIn(zone);

  it("runs in that zone", () => {
    expect(inZone.januaryOffset).toBe(ZONES[zone]);
  });

  it.each(accepted)("reads $edtf as $display", (row) => {
    const got = inZone.results[row.edtf];
    if (!got || "problem" in got) throw new Error(`${row.edtf} refused: ${got?.problem}`);
    const { start, end } = row.axisIn?.[zone] ?? row;
    expect({
      start: instant(start, got.start),
      end: instant(end, got.end),
      display: got.display,
      short: got.short,
      datetime: got.datetime,
    }).toEqual({
      start,
      end,
      display: row.display,
      short: row.short,
      datetime: row.datetime,
    });
  });

  it.each(refused)("refuses %j, saying %j", (edtf, message) => {
    const got = inZone.results[edtf];
    expect(got && "problem" in got ? got.problem : got).toContain(message);
  });
});
