import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = new URL("../../", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "import-sheet-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tsx = (script: string, ...args: string[]) =>
  run(join(root, "node_modules/.bin/tsx"), [script, ...args], { cwd: root });
const MY_OWN = "node_modules/@knight-lab/timelinejs/src/template/my-own-timeline.csv";

describe("npm run import:sheet and export:sheet", () => {
  it("import a sheet, export it and import it again to the same story, never overwriting", async () => {
    const story = join(dir, "story.json");
    const { stderr } = await tsx("src/cli/import-sheet.ts", MY_OWN, "--out", story);
    expect(stderr).toMatch(/^Events: 10 in, 10 out; 8 kept without a source\.$/m);
    expect(stderr).toContain("It has 8 warnings to fix before publishing");

    const csv = join(dir, "sheet.csv");
    await tsx("src/cli/export-sheet.ts", story, "--out", csv);
    expect(readFileSync(csv, "utf8").split("\n")[0]).toMatch(/^Year,Month,Day,Time,End Year,/);

    const again = join(dir, "again.json");
    await tsx("src/cli/import-sheet.ts", csv, "--out", again);
    const strip = (f: string) => ({ ...JSON.parse(readFileSync(f, "utf8")), $schema: undefined });
    expect(strip(again)).toEqual(strip(story));

    await expect(tsx("src/cli/import-sheet.ts", csv, "--out", again)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("already exists; nothing was written"),
    });
    await expect(tsx("src/cli/export-sheet.ts", story, "--out", csv)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("--force"),
    });
  }, 90_000);

  it("exports a story with times, BCE years, long years and display dates, and imports it back the same", async () => {
    const sheet = join(dir, "dated.csv");
    const source = "https://example.org/news/dated";
    writeFileSync(
      sheet,
      [
        "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Source URL",
        `-44,3,15,,,,,,,The Ides of March,${source}/1`,
        `-15000,,,,,,,,Long ago,Year -15000,${source}/2`,
        `-500,,,,-480,,,,,A BCE span,${source}/3`,
        `2025,3,13,21:30,,,,,Late that night,A night session,${source}/4`,
        `2025,3,11,9:00,2025,3,11,17:30,,A day of talks,${source}/5`,
      ].join("\n"),
    );
    const story = join(dir, "dated.json");
    await tsx("src/cli/import-sheet.ts", sheet, "--out", story);
    const written = JSON.parse(readFileSync(story, "utf8")) as {
      events: { date: string; displayDate?: string }[];
    };
    expect(written.events.map((e) => [e.date, e.displayDate])).toEqual([
      ["Y-14999", "Long ago"],
      ["-0499/-0479", undefined],
      ["-0043-03-15", undefined],
      ["2025-03-11T09:00/2025-03-11T17:30", undefined],
      ["2025-03-13T21:30", "Late that night"],
    ]);

    const csv = join(dir, "dated-again.csv");
    const exported = await tsx("src/cli/export-sheet.ts", story, "--out", csv);
    expect(exported.stderr).toBe(`Wrote 5 events to ${csv}.\n`);
    const again = join(dir, "dated-again.json");
    await tsx("src/cli/import-sheet.ts", csv, "--out", again);
    expect(readFileSync(again, "utf8")).toBe(readFileSync(story, "utf8"));
  }, 90_000);

  it("names a bad cell by row and column in its summary", async () => {
    const csv = join(dir, "bad.csv");
    writeFileSync(
      csv,
      "Year,Month,Day,Headline\n2025,3,11,Talks open\n03/13/2025,,,South answers\n",
    );
    const { stderr } = await tsx("src/cli/import-sheet.ts", csv);
    expect(stderr).toContain(
      'row 3, column Year: "03/13/2025" is not a year: write 2025 in Year, 3 in Month and 13 in Day',
    );
    expect(stderr).toMatch(/^Events: 2 in, 1 out, 1 refused/m);
  }, 60_000);
});
