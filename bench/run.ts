import type { ChildProcess } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { launchChromium } from "./chromium.ts";
import { buildApp, prepareColumns, prepareTimelineJs } from "./columns.ts";
import {
  OUT,
  PORT,
  REBUILD,
  RESULTS,
  RUNS,
  SIZES,
  SLOW_RUN_MS,
  STORY,
  UPDATE_README,
  WITH_MEDIA,
  WITH_PHONE,
  WITH_TIMELINEJS,
} from "./config.ts";
import { PHONE } from "./devices.ts";
import type { Figures } from "./metrics.ts";
import {
  aggregate,
  budgetTable,
  checkBudgets,
  notesList,
  oursTable,
  phoneTable,
  sideBySideTable,
} from "./report.ts";
import type { ColumnResult } from "./report.ts";
import { bytesOurs, bytesTimelineJs, runOurs, runTimelineJs } from "./run-page.ts";
import { buildMediaStory, measureImageOpenShift } from "./media-shift.ts";
import { servePreview } from "./servers.ts";
import { serveStatic } from "./serve-static.ts";
import { RESULTS_README, updateReadme } from "./update-readme.ts";

/**
 * `npm run bench`: builds the app over our story and over synthetic stories of 100, 1,000 and
 * 10,000 events, serves each build, and measures it in Chromium RUNS times (a fresh context each
 * run), with TimelineJS3 drawing the same stories in the same runs, interleaved. Prints the medians
 * and writes bench/results.json. See bench/README.md for every knob.
 */

const children: ChildProcess[] = [];
const servers: Server[] = [];

function log(message: string): void {
  process.stdout.write(`${message}\n`);
}

function fmt(figures: Figures): string {
  const show = (v: number | null | undefined) => (v == null ? "—" : Math.round(v));
  return `first items ${show(figures.firstItems?.value)} ms, LCP ${show(figures.lcp?.value)} ms`;
}

async function main(): Promise<void> {
  const started = Date.now();
  const load = loadavg()[0] ?? 0;
  log(`Benchmark: ${RUNS} run(s), sizes ${SIZES.join(", ")}; load average ${load.toFixed(2)}.`);
  const columns = prepareColumns(log);
  for (const column of columns) {
    if (!REBUILD && existsSync(join(column.appDir, "index.html"))) {
      column.built = true;
      continue;
    }
    log(`Building ${column.label}…`);
    column.built = buildApp(column);
  }
  if (WITH_TIMELINEJS) prepareTimelineJs(columns);

  let port = PORT;
  for (const column of columns) {
    if (!column.built) continue;
    children.push(await servePreview(column.appDir, port));
    column.appUrl = `http://127.0.0.1:${port++}/`;
  }
  if (WITH_TIMELINEJS) {
    const tlPort = port++;
    servers.push(await serveStatic(join(OUT, "timelinejs"), tlPort));
    for (const column of columns) column.tlUrl = `http://127.0.0.1:${tlPort}/${column.id}/`;
  }

  // The story with a photograph, for the layout shift of opening it (see media-shift.ts).
  const mediaDir = join(OUT, "app-media");
  const mediaProblem = WITH_MEDIA
    ? REBUILD || !existsSync(join(mediaDir, "index.html"))
      ? await buildMediaStory(mediaDir, OUT)
      : undefined
    : "left out (BENCH_MEDIA=0)";
  const mediaPort = port;
  if (mediaProblem === undefined) children.push(await servePreview(mediaDir, mediaPort));
  else if (WITH_MEDIA) log(`The media story did not build: ${mediaProblem}`);
  const mediaShifts: Figures["panelOpen"][] = [];

  const browser = await launchChromium();
  const chromium = browser.version();
  try {
    for (let run = 1; run <= RUNS; run++) {
      for (const column of columns) {
        for (const side of ["ours", "timelinejs"] as const) {
          const url = side === "ours" ? column.appUrl : column.tlUrl;
          if (!url || column.skip[side]) continue;
          const t0 = Date.now();
          const figures =
            side === "ours"
              ? { ...bytesOurs(column), ...(await runOurs(browser, column, run)) }
              : { ...bytesTimelineJs(column), ...(await runTimelineJs(browser, column, run)) };
          (side === "ours" ? column.ours : column.theirs).push(figures);
          const seconds = Math.round((Date.now() - t0) / 1000);
          const name = side === "ours" ? "ours" : "TimelineJS";
          log(`run ${run}/${RUNS} ${column.label} ${name}: ${fmt(figures)} (${seconds} s)`);
          if (Date.now() - t0 > SLOW_RUN_MS[side] && RUNS > run) {
            column.skip[side] = `${name} measured once: its run took ${seconds} s`;
            column.notes.push(column.skip[side]);
          }
          if (!column.phone || column.skip[side]) continue;
          const p0 = Date.now();
          const phone =
            side === "ours"
              ? await runOurs(browser, column, run, PHONE)
              : await runTimelineJs(browser, column, run, PHONE);
          (side === "ours" ? column.phone.ours : column.phone.theirs).push(phone);
          const phoneSeconds = Math.round((Date.now() - p0) / 1000);
          log(
            `run ${run}/${RUNS} ${column.label} ${name}, phone class: ${fmt(phone)} (${phoneSeconds} s)`,
          );
        }
      }
    }
    if (mediaProblem === undefined) {
      for (let run = 1; run <= RUNS; run++) {
        const shift = await measureImageOpenShift(browser, `http://127.0.0.1:${mediaPort}/`);
        mediaShifts.push(shift);
        log(
          `run ${run}/${RUNS} layout shift opening an event with a photograph: ${shift?.value ?? shift?.note}`,
        );
      }
    }
  } finally {
    await browser.close();
  }
  const shiftValues = mediaShifts.flatMap((f) => (f?.value == null ? [] : [f.value]));
  const mediaShift = {
    label: "Layout shift (CLS), opening an event with a photograph that arrives 1 s late",
    runs: mediaShifts,
    worst: shiftValues.length > 0 ? Math.max(...shiftValues) : null,
  };

  const results: ColumnResult[] = columns.map((c) => ({
    id: c.id,
    label: c.label,
    events: c.events,
    ours: aggregate(c.ours),
    timelinejs: c.tlUrl ? aggregate(c.theirs) : null,
    phone: c.phone && {
      ours: aggregate(c.phone.ours),
      timelinejs: c.tlUrl ? aggregate(c.phone.theirs) : null,
    },
    notes: c.notes,
  }));
  const budgets = checkBudgets(results);
  const tables = [
    "Our app, median of runs:",
    oursTable(results),
    "Side by side with TimelineJS3 (same stories, same runs):",
    sideBySideTable(results),
    ...(WITH_PHONE
      ? [`On the ${PHONE.label}, ours / TimelineJS3 (same runs):`, phoneTable(results)]
      : []),
    `${mediaShift.label}: ${mediaShift.worst ?? "not measured"} (worst of ${shiftValues.length} runs; goal 0)`,
    "Budgets and goals:",
    budgetTable(budgets),
    "Notes:",
    notesList(results) || "- none",
  ].join("\n\n");
  const machine = {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    loadAverageAtStart: Number(load.toFixed(2)),
    loadAverageAtEnd: Number((loadavg()[0] ?? 0).toFixed(2)),
    chromium,
    node: process.version,
  };
  const output = {
    date: new Date().toISOString(),
    machine,
    config: {
      runs: RUNS,
      sizes: SIZES,
      story: STORY,
      timelinejs: WITH_TIMELINEJS,
      phone: WITH_PHONE ? PHONE : null,
    },
    wallSeconds: Math.round((Date.now() - started) / 1000),
    columns: results,
    mediaShift,
    budgets,
    tables,
  };
  writeFileSync(RESULTS, `${JSON.stringify(output, null, 2)}\n`);
  log(`\n${tables}\n`);
  log(
    `Chromium ${chromium}, ${machine.cores} cores, load average ${machine.loadAverageAtStart} at ` +
      `start and ${machine.loadAverageAtEnd} at the end; ` +
      `${output.wallSeconds} s. Wrote ${RESULTS}.`,
  );
  if (UPDATE_README) {
    await updateReadme(RESULTS_README, output);
    log(`Updated the tables in ${RESULTS_README}.`);
  }
}

function stopAll(): void {
  for (const child of children) child.kill("SIGTERM");
  for (const server of servers) server.close();
}

process.on("SIGINT", () => {
  stopAll();
  process.exit(130);
});

main()
  .catch((error: unknown) => {
    process.exitCode = 1;
    console.error(error);
  })
  .finally(stopAll);
