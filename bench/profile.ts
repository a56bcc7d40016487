import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { CDPSession, Page } from "@playwright/test";
import { freshContext, launchChromium } from "./chromium.ts";
import { generateStory, storyText } from "./generate-story.ts";
import { installPageProbe, measureLoad } from "./measure-load.ts";
import { ITEM } from "./ours-selectors.ts";
import { waitForIdle } from "./settle.ts";
import { servePreview } from "./servers.ts";

/**
 * `npx tsx bench/profile.ts [events|story] [--no-build] [--only=zoom|wheel|search]`: where the time
 * goes. Builds the app unminified over a synthetic story of that many events (default 10000) or
 * our story, then records a CPU profile of the load (until it is quiet), of one cold and one warm
 * "Zoom in", and of typing a search; for each it prints the self time by module (from the module
 * names rolldown writes into unminified bundles) and by function, a browser function (a forced
 * layout: getBoundingClientRect) with the nearest script function that called it. "(program)" is
 * the browser's own work outside JavaScript: style, layout, paint. BENCH_PORT+9 serves the build.
 */

const which = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? "10000";
/** `--no-build` profiles the previous build again (e.g. after editing its index.html by hand). */
const rebuild = !process.argv.includes("--no-build");
/** `--only=zoom`, `--only=wheel` or `--only=search`: the load, then only that part. */
const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
const wanted = (part: string) => only === undefined || only === part;
const OUT = resolve(process.env.BENCH_OUT ?? "bench/.out");
const PORT = Number(process.env.BENCH_PORT ?? 4800) + 9;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function storyFile(): string {
  if (which === "story") return resolve("data/events.json");
  const file = join(OUT, "stories", `synthetic-${which}.json`);
  mkdirSync(join(OUT, "stories"), { recursive: true });
  writeFileSync(file, storyText(generateStory(Number(which))));
  return file;
}

/** For each line of the bundle, the module it came from (rolldown names each in unminified output). */
function regionsOf(bundle: string): string[] {
  let current = "(bundle)";
  return bundle.split("\n").map((line) => {
    const marker =
      /^\/\/ (?:\\0)?((?:node_modules|src|scripts|rolldown|vite)\/\S+|virtual:\S+)$/.exec(line);
    if (marker) {
      const path = marker[1] ?? "";
      current = path.replace(/^node_modules\/((@[^/]+\/)?[^/]+).*$/, "$1");
    }
    return current;
  });
}

async function record(cdp: CDPSession, work: () => Promise<void>): Promise<Profile> {
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  await work();
  const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: Profile };
  return profile;
}

/** For each bundle file, the module each of its lines came from. */
type Regions = Map<string, string[]>;

function report(title: string, profile: Profile, regions: Regions): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parents.set(child, node.id);
  }
  // A browser function (getBoundingClientRect, scrollBy: a forced layout) is named with the
  // nearest of our or a library's functions that called it.
  const caller = (id: number): string => {
    for (let up = parents.get(id); up !== undefined; up = parents.get(up)) {
      const frame = byId.get(up)?.callFrame;
      if (frame?.url) return ` ← ${frame.functionName || "(anonymous)"} ${where(frame)}`;
    }
    return "";
  };
  const where = (frame: ProfileNode["callFrame"]) => {
    const file = frame.url.split("/").pop() ?? "";
    return `${regions.get(file)?.[frame.lineNumber] ?? file}:${frame.lineNumber + 1}`;
  };
  const byModule = new Map<string, number>();
  const byFunction = new Map<string, number>();
  // Our functions' time with what they call (each counted once per sample, however deep).
  const inclusive = new Map<string, number>();
  const addInclusive = (id: number, ms: number) => {
    const seen = new Set<string>();
    for (let up: number | undefined = id; up !== undefined; up = parents.get(up)) {
      const frame = byId.get(up)?.callFrame;
      const file = frame?.url.split("/").pop() ?? "";
      const module = frame?.url ? (regions.get(file)?.[frame.lineNumber] ?? "") : "";
      if (!frame || !module.startsWith("src/")) continue;
      const name = `${frame.functionName || "(anonymous)"}  ${module}:${frame.lineNumber + 1}`;
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
    }
  };
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const file = frame.url.split("/").pop() ?? "";
    const lines = regions.get(file);
    const module = frame.url
      ? (lines?.[frame.lineNumber] ?? file)
      : frame.functionName || "(native)";
    if (module === "(idle)") return;
    total += ms;
    byModule.set(module, (byModule.get(module) ?? 0) + ms);
    const native = !frame.url && frame.functionName !== "" && !frame.functionName.startsWith("(");
    const name = native
      ? `${frame.functionName}${caller(id)}`
      : `${frame.functionName || "(anonymous)"}  ${module}:${frame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    addInclusive(id, ms);
  });
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(
        ([k, v]) =>
          `  ${v.toFixed(0).padStart(7)} ms  ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`,
      )
      .join("\n");
  process.stdout.write(
    `\n${title}: ${total.toFixed(0)} ms busy (idle excluded)\n` +
      `By module:\n${top(byModule, 15)}\nBy function (self time):\n${top(byFunction, 25)}\n` +
      `Our functions with what they call (inclusive):\n${top(inclusive, 15)}\n`,
  );
}

/** One cold "Zoom in", then out and one warm "Zoom in" (the same level again). */
async function profileZoom(page: Page, cdp: CDPSession, regions: Regions): Promise<void> {
  const click = async (name: string) => {
    await page.getByRole("button", { name, exact: true }).click();
    await page.waitForTimeout(500);
    await waitForIdle(page, 30_000);
  };
  const cold = await record(cdp, () => click("Zoom in"));
  report(`One cold "Zoom in" at ${which}`, cold, regions);
  await click("Zoom out");
  const warm = await record(cdp, () => click("Zoom in"));
  report(`One warm "Zoom in" at ${which} (out, then in to the same level again)`, warm, regions);
  await click("Zoom out");
}

/** Ten wheel notches in, then ten out, 30 ms apart, over the chart (as the benchmark's burst). */
async function profileWheel(page: Page, cdp: CDPSession, regions: Regions): Promise<void> {
  const box = await page.locator(".vis-timeline .vis-panel.vis-center").boundingBox();
  if (!box) return;
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 80));
  const burst = await record(cdp, async () => {
    for (const deltaY of [-120, 120]) {
      for (let i = 0; i < 10; i++) {
        await page.mouse.wheel(0, deltaY);
        await page.waitForTimeout(30);
      }
      await page.waitForTimeout(300);
    }
    await waitForIdle(page, 30_000);
  });
  report(`A wheel burst (10 notches in, 10 out) at ${which}`, burst, regions);
}

/** "ceasefire" typed into the search box, a key each 300 ms: the whole, then each key alone. */
async function profileSearch(page: Page, cdp: CDPSession, regions: Regions): Promise<void> {
  const search = page.getByRole("searchbox", { name: "Search events" });
  await search.focus();
  await waitForIdle(page, 30_000);
  const keys: Profile[] = [];
  for (const key of "ceasefire") {
    keys.push(
      await record(cdp, async () => {
        await page.keyboard.press(key);
        await page.waitForTimeout(300);
        await waitForIdle(page, 30_000);
      }),
    );
  }
  [..."ceasefire"].forEach((key, i) => {
    const profile = keys[i];
    if (profile) report(`Key ${i + 1} of "ceasefire" ("${key}") at ${which}`, profile, regions);
  });
}

async function main(): Promise<void> {
  const dir = join(OUT, `profile-${which}`);
  if (rebuild) {
    const built = spawnSync(
      process.execPath,
      ["node_modules/vite/bin/vite.js", "build", "--minify", "false", "--logLevel", "error"],
      { env: { ...process.env, TIMELINE_DATA: storyFile(), OUT_DIR: dir }, stdio: "inherit" },
    );
    if (built.status !== 0) throw new Error("the build failed");
  }
  const regions: Regions = new Map();
  for (const file of readdirSync(join(dir, "assets")).filter((f) => f.endsWith(".js"))) {
    regions.set(file, regionsOf(readFileSync(join(dir, "assets", file), "utf8")));
  }
  const server = await servePreview(dir, PORT);
  const browser = await launchChromium();
  try {
    const url = `http://127.0.0.1:${PORT}/`;
    const page: Page = await (await freshContext(browser)).newPage();
    await installPageProbe(page, ITEM);
    const cdp = await page.context().newCDPSession(page);
    const load = await record(cdp, async () => {
      const figures = await measureLoad(page, url, 120_000);
      process.stdout.write(`first items ${figures.firstItems?.value?.toFixed(0)} ms\n`);
    });
    report(`Load of ${which}`, load, regions);
    await waitForIdle(page);
    await page.emulateMedia({ reducedMotion: "reduce" });
    await waitForIdle(page);
    if (wanted("zoom")) await profileZoom(page, cdp, regions);
    if (wanted("wheel")) await profileWheel(page, cdp, regions);
    if (wanted("search")) await profileSearch(page, cdp, regions);
  } finally {
    await browser.close();
    server.kill("SIGTERM");
  }
}

main().catch((error: unknown) => {
  process.exitCode = 1;
  console.error(error);
});
