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
