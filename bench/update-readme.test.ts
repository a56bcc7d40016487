import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { RESULTS_README, updateReadme } from "./update-readme.ts";

const START = "<!-- bench:results:start -->";
const END = "<!-- bench:results:end -->";
const temp = mkdtempSync(join(tmpdir(), "update-readme-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const results = {
  date: "2030-01-02T03:04:05.000Z",
  machine: { cores: 3, chromium: "999.0", loadAverageAtStart: 1.5, loadAverageAtEnd: 0.5 },
  config: { runs: 2 },
  tables: "| metric | story |\n| --- | --- |\n| First timeline items painted | 123 ms |",
};

describe("updateReadme", () => {
  it("replaces bench/README.md's results block and leaves the rest of the file as it was", async () => {
    const copy = join(temp, "README.md");
    copyFileSync(RESULTS_README, copy);
    const before = readFileSync(copy, "utf8");
    await updateReadme(copy, results);
    const after = readFileSync(copy, "utf8");
    const block = after.slice(after.indexOf(START), after.indexOf(END) + END.length);
    expect(block).toContain("Measured 2030-01-02: 3 cores, Chromium 999.0, medians of 2 run(s)");
    expect(block).toContain("| First timeline items painted | 123 ms |");
    expect(after.slice(0, after.indexOf(START))).toBe(before.slice(0, before.indexOf(START)));
    expect(after.slice(after.indexOf(END))).toBe(before.slice(before.indexOf(END)));
  });

  it("refuses a file without the results block", async () => {
    const plain = join(temp, "plain.md");
    writeFileSync(plain, "# Notes\n\nNo results here.\n");
    await expect(updateReadme(plain, results)).rejects.toThrow(
      "has no <!-- bench:results:start -->",
    );
  });
});
