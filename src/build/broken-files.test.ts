import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_BYTES, strictResult } from "../core/validate.ts";
import { readStory } from "./read-story.ts";

/**
 * Every file in fixtures/broken/ is valid-story.json broken in one way. expected.json lists, per
 * file, every problem the validator must report: line, column, JSON path and the words that say
 * what is wrong. The files go through `readStory`, the same path as the build and the CLI. Those
 * marked `strict` break a rule for publishing only: they are rejected in strict mode (and accepted,
 * with the same findings as warnings, without it).
 */

interface Expected {
  file: string;
  strict?: boolean;
  problems: { line: number; col: number; path: string; message: string }[];
}

const dir = new URL("../core/fixtures/broken/", import.meta.url);
const expected = JSON.parse(readFileSync(new URL("expected.json", dir), "utf8")) as Expected[];
const brokenFiles = readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "expected.json");
const pathOf = (file: string) => new URL(file, dir).pathname;

describe("broken story files", () => {
  it("the story they are made from is valid", () => {
    expect(
      readStory(new URL("../core/fixtures/valid-story.json", import.meta.url).pathname),
    ).toEqual(expect.objectContaining({ ok: true }));
  });

  it("are all listed in expected.json, at least 25 of them", () => {
    expect(expected.map((e) => e.file).sort()).toEqual([...brokenFiles].sort());
    expect(brokenFiles.length).toBeGreaterThanOrEqual(25);
  });

  it.each(expected)("$file is rejected with its exact problems", ({ file, strict, problems }) => {
    const read = readStory(pathOf(file));
    const result = strict ? strictResult(read) : read;
    if (result.ok) throw new Error(`${file} was accepted`);
    expect(result.problems.map(({ line, col, path }) => ({ line, col, path }))).toEqual(
      problems.map(({ line, col, path }) => ({ line, col, path })),
    );
    result.problems.forEach((p, i) => {
      expect(p.file).toBe(pathOf(file));
      expect(p.message).toContain(problems[i]!.message);
    });
  });
});

describe("story files that break a rule for publishing only", () => {
  it.each(expected.filter((e) => e.strict))(
    "$file is accepted outside strict mode, its problems reported as warnings",
    ({ file, problems }) => {
      const result = readStory(pathOf(file));
      if (!result.ok) throw new Error(`${file} was rejected: ${JSON.stringify(result.problems)}`);
      expect(result.warnings.map(({ line, col, path }) => ({ line, col, path }))).toEqual(
        problems.map(({ line, col, path }) => ({ line, col, path })),
      );
    },
  );
});

describe("a 50 MB story file", () => {
  const temp = mkdtempSync(join(tmpdir(), "story-50mb-"));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it("is refused by its size, before it is read", () => {
    const file = join(temp, "huge.json");
    const size = 50 * 1024 * 1024;
    const head = '{"title": "';
    const tail = '"}';
    writeFileSync(file, head + "a".repeat(size - head.length - tail.length) + tail);
    const result = readStory(file);
    if (result.ok) throw new Error("a 50 MB file was accepted");
    expect(result.problems).toEqual([
      {
        file,
        line: 1,
        col: 1,
        path: "(root)",
        message: `file is ${size} bytes; a story file may be at most ${MAX_BYTES}`,
      },
    ]);
  });
});

describe("npm run validate on a broken file", () => {
  const run = promisify(execFile);

  it.each(["syntax-missing-comma.json", "no-actors.json"])(
    "exits non-zero and prints file:line:col  path  message for %s",
    async (name) => {
      const file = `src/core/fixtures/broken/${name}`;
      const failure = await run("npx", ["tsx", "src/cli/validate.ts", file]).then(
        () => undefined,
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
      expect(failure?.code).toBeGreaterThan(0);
      const problems = expected.find((e) => e.file === name)!.problems;
      const lines = failure!.stderr
        .split("\n")
        .filter((l) => l.startsWith(`${file}:`) && /^\S+:\d/.test(l));
      expect(lines).toHaveLength(problems.length);
      lines.forEach((line, i) => {
        const { line: l, col, path, message } = problems[i]!;
        expect(line.startsWith(`${file}:${l}:${col}  ${path}  ${message}`), line).toBe(true);
      });
      expect(failure!.stderr).toContain(
        `${file}: ${problems.length} problem${problems.length > 1 ? "s" : ""}`,
      );
    },
    30_000,
  );

  it("passes a story whose only findings are warnings, printing them, and fails it with --strict", async () => {
    const file = "src/core/fixtures/broken/no-sources-cited.json";
    const warned = await run("npx", ["tsx", "src/cli/validate.ts", file]);
    expect(warned.stdout).toContain(
      `${file}:47:18  events[1].sources  warning: needs a source before publishing`,
    );
    expect(warned.stdout).toContain(`${file}: ok`);
    const failure = await run("npx", ["tsx", "src/cli/validate.ts", file, "--strict"]).then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain(`${file}:47:18  events[1].sources  needs a source`);
    expect(failure?.stderr).toContain(`${file}: 1 problem`);
  }, 30_000);
});
