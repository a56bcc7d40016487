import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "@playwright/test";

/**
 * The app built over a fixture story with validation switched off
 * (TIMELINE_UNSAFE_SKIP_VALIDATION=1), so data the validator would refuse reaches the page, and
 * served on its own port. For tests of what the page does with such data.
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

/**
 * Builds the app over `fixture` (a path from the repository's root, or absolute) into
 * `<OUT_DIR>-<name>`, validating it as `npm run build` does unless `validate` is false; returns
 * the folder, from the repository's root.
 */
export function buildApp(fixture: string, name: string, validate: boolean): string {
  const outDir = `${process.env.OUT_DIR ?? "dist"}-${name}`;
  execFileSync(VITE, ["build", "--logLevel", "warn"], {
    env: {
      ...process.env,
      TIMELINE_DATA: fixture,
      ...(validate ? {} : { TIMELINE_UNSAFE_SKIP_VALIDATION: "1" }),
      OUT_DIR: outDir,
    },
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
  });
  return outDir;
}

/** Builds `fixture` (a path from the repository's root) into `<OUT_DIR>-<name>` and serves it. */
export async function serveUnvalidated(
  fixture: string,
  name: string,
  port: number,
): Promise<ServedBuild> {
  const outDir = buildApp(fixture, name, false);
  const url = `http://127.0.0.1:${port}/`;
  const index = readFileSync(resolve(ROOT, outDir, "index.html"), "utf8");
  const args = ["preview", "--outDir", outDir, "--port", `${port}`, "--strictPort"];
  const server = spawn(VITE, [...args, "--host", "127.0.0.1"], {
    cwd: ROOT,
    detached: true,
    stdio: "ignore",
  });
  // Serving the page just built, not whatever else may hold the port.
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

/** The fixture story's JSON, read from the repository's root. */
export function readFixture<T>(fixture: string): T {
  return JSON.parse(readFileSync(join(ROOT, fixture), "utf8")) as T;
}
