import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "@playwright/test";

/**
 * The app built over a story of a test's own and served on its own port: generated stories
 * (property-stories.spec.ts), or a fixture with validation switched off
 * (TIMELINE_UNSAFE_SKIP_VALIDATION=1), so data the validator would refuse reaches the page, for
 * tests of what the page does with such data.
 */

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const VITE = join(ROOT, "node_modules/.bin/vite");

export interface ServedBuild {
  url: string;
  /** The built index.html. */
  index: string;
  /** Stops the preview server. */
  stop: () => void;
}

export interface BuildOptions {
  /** The story file: absolute, or a path from the repository's root. */
  data: string;
  /** Where the build goes: absolute, or a path from the repository's root. */
  outDir: string;
  /** Validation switched off, so data it would refuse reaches the page. */
  unvalidated?: boolean;
  /** Vite's log level for the build. */
  logLevel?: "warn" | "error";
}

/** Builds the story into `outDir`, validating it as `npm run build` does unless `unvalidated`. */
export function buildApp({ data, outDir, unvalidated = false, logLevel = "warn" }: BuildOptions) {
  execFileSync(VITE, ["build", "--logLevel", logLevel], {
    env: {
      ...process.env,
      TIMELINE_DATA: data,
      ...(unvalidated ? { TIMELINE_UNSAFE_SKIP_VALIDATION: "1" } : {}),
      OUT_DIR: outDir,
    },
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
  });
}

/** Builds the story into `outDir` and serves it on `port`, once it serves the page just built. */
export async function serveBuild(options: BuildOptions & { port: number }): Promise<ServedBuild> {
  const { outDir, port } = options;
  const url = `http://127.0.0.1:${port}/`;
  buildApp(options);
  const index = readFileSync(resolve(ROOT, outDir, "index.html"), "utf8");
  const args = ["preview", "--outDir", outDir, "--port", `${port}`, "--strictPort"];
  const server = spawn(VITE, [...args, "--host", "127.0.0.1"], {
    cwd: ROOT,
    detached: true,
    stdio: "ignore",
  });
  // Serving the page just built, not whatever else may hold the port (such as the server of the
  // build before, still letting go of it).
  await expect
    .poll(
      () =>
        fetch(url).then(
          (r) => r.text(),
          () => "",
        ),
      { timeout: 30_000 },
    )
    .toBe(index);
  return {
    url,
    index,
    // The preview server and anything it started form one process group.
    stop: () => {
      if (server.pid && server.exitCode === null) process.kill(-server.pid);
    },
  };
}

/** Builds `fixture` (a path from the repository's root) unvalidated into `<OUT_DIR>-<name>`. */
export function serveUnvalidated(
  fixture: string,
  name: string,
  port: number,
): Promise<ServedBuild> {
  const outDir = `${process.env.OUT_DIR ?? "dist"}-${name}`;
  return serveBuild({ data: fixture, outDir, port, unvalidated: true });
}

/** The fixture story's JSON, read from the repository's root. */
export function readFixture<T>(fixture: string): T {
  return JSON.parse(readFileSync(join(ROOT, fixture), "utf8")) as T;
}
