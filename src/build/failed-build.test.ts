import { execFile } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * A failed build must leave the previous output as it was: Vite empties its output folder before it
 * writes, so without src/build/swap-out-dir-plugin.ts a build that fails while writing leaves a
 * half-empty dist/ behind. Each case builds into a folder inside the project (as dist/ is).
 */

const root = resolve(import.meta.dirname, "../..");
const outDir = mkdtempSync(join(root, "dist-test-failed-build-"));
const temp = mkdtempSync(join(tmpdir(), "failed-build-"));

// Vitest's own variables (NODE_ENV=test among them) would turn the child into a test build.
const buildEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => key !== "NODE_ENV" && !key.startsWith("VITEST")),
);

interface Run {
  code: number;
  output: string;
}

function viteBuild(story: string, ...args: string[]): Promise<Run> {
  return viteBuildWith({}, story, ...args);
}

function viteBuildWith(
  env: Record<string, string>,
  story: string,
  ...args: string[]
): Promise<Run> {
  return new Promise((done) => {
    execFile(
      join(root, "node_modules/.bin/vite"),
      ["build", "--logLevel", "error", ...args],
      { cwd: root, env: { ...buildEnv, ...env, TIMELINE_DATA: story, OUT_DIR: outDir } },
      (error, stdout, stderr) =>
        done({ code: error ? Number(error.code) : 0, output: stdout + stderr }),
    );
  });
}

/** Every file under `dir`, by relative path, with its bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) =>
    f.isFile(),
  );
  return new Map(
    files.map((f) => {
      const path = join(f.parentPath, f.name);
      return [relative(dir, path), readFileSync(path)];
    }),
  );
}

const leftovers = () => [`${outDir}-partial`, `${outDir}-previous`].filter((d) => existsSync(d));

describe("a failed build", () => {
  let good: Map<string, Buffer>;

  beforeAll(async () => {
    const run = await viteBuild("e2e/fixtures/small-story.json");
    expect(run, run.output).toMatchObject({ code: 0 });
    // A file the build did not write: it disappears if the folder is emptied.
    writeFileSync(join(outDir, "kept.txt"), "from before");
    good = snapshot(outDir);
    expect(good.has("index.html")).toBe(true);
  }, 60_000);

  afterAll(() => {
    for (const dir of [outDir, `${outDir}-partial`, `${outDir}-previous`, temp]) {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("over a broken story exits non-zero and leaves the previous build byte for byte", async () => {
    const story = "src/core/fixtures/broken/impossible-date.json";
    const run = await viteBuild(story);
    expect(run.code).not.toBe(0);
    expect(run.output).toContain(`${resolve(root, story)}:41:15  events[1].date`);
    expect(snapshot(outDir)).toEqual(good);
    expect(leftovers()).toEqual([]);
  }, 60_000);

  it("over a photograph that is not an image exits non-zero naming it and leaves the previous build", async () => {
    const media = join(temp, "media");
    mkdirSync(media);
    writeFileSync(join(media, "harbour.jpg"), "not a picture");
    const story = JSON.parse(
      readFileSync(join(root, "src/core/fixtures/valid-story.json"), "utf8"),
    ) as {
      events: Record<string, unknown>[];
    };
    story.events[0]!.media = [
      { kind: "image", file: "harbour.jpg", alt: "The harbour", credit: "Tests" },
    ];
    const file = join(temp, "story-with-broken-photo.json");
    writeFileSync(file, JSON.stringify(story, null, 2));
    const run = await viteBuildWith({ MEDIA_DIR: media }, file);
    expect(run.code).not.toBe(0);
    expect(run.output).toContain(
      `events[0].media[0].file  ${join(media, "harbour.jpg")}: cannot be read as an image`,
    );
    expect(snapshot(outDir)).toEqual(good);
    expect(leftovers()).toEqual([]);
  }, 60_000);

  it("after Vite has emptied and written its output leaves the previous build byte for byte", async () => {
    // The same config with one more plugin that fails once every file is written.
    const config = join(temp, "fails-after-writing.config.ts");
    writeFileSync(
      config,
      `import base from ${JSON.stringify(join(root, "vite.config.ts"))};
export default {
  ...base,
  plugins: [
    { name: "fails-after-writing", writeBundle() { throw new Error("failed after writing"); } },
    ...(base.plugins ?? []),
  ],
};
`,
    );
    const run = await viteBuild("src/core/fixtures/valid-story.json", "--config", config);
    expect(run.code).not.toBe(0);
    expect(run.output).toContain("failed after writing");
    expect(snapshot(outDir)).toEqual(good);
    expect(leftovers()).toEqual([]);
  }, 60_000);

  it("is followed by a good build that replaces the previous one whole", async () => {
    const run = await viteBuild("src/core/fixtures/valid-story.json");
    expect(run, run.output).toMatchObject({ code: 0 });
    const built = snapshot(outDir);
    expect(built.has("index.html")).toBe(true);
    expect(built.has("kept.txt")).toBe(false);
    expect(built).not.toEqual(good);
    expect(leftovers()).toEqual([]);
  }, 60_000);
});
