import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { stripVTControlCharacters } from "node:util";
import type { Story } from "../src/core/schema.ts";
import type { ColumnId } from "./budgets.ts";
import { OUT, SIZES, STORY, WITH_PHONE } from "./config.ts";
import { PHONE_COLUMNS } from "./devices.ts";
import { generateStory, storyText } from "./generate-story.ts";
import type { Figures } from "./metrics.ts";
import { toTimelineJs } from "./to-timelinejs.ts";

/**
 * The stories the benchmark measures (our story, then the synthetic ones), each with its build of
 * our app, its TimelineJS page, and the figures of every run as they come in.
 */
export interface Column {
  id: ColumnId;
  label: string;
  storyFile: string;
  events: number;
  titles: ReadonlyMap<string, string>;
  appDir: string;
  tlDir: string;
  built: boolean;
  appUrl?: string;
  tlUrl?: string;
  notes: string[];
  ours: Figures[];
  theirs: Figures[];
  /** The same on the phone class, for the columns in PHONE_COLUMNS. */
  phone: { ours: Figures[]; theirs: Figures[] } | null;
  /** Why a side is no longer measured (its first run was too slow). */
  skip: { ours?: string; timelinejs?: string };
}

function makeColumn(id: ColumnId, label: string, storyFile: string, story: Story): Column {
  return {
    id,
    label,
    storyFile,
    events: story.events.length,
    titles: new Map(story.events.map((e) => [e.id, e.title])),
    appDir: join(OUT, `app-${id}`),
    tlDir: join(OUT, "timelinejs", id),
    built: false,
    skip: {},
    notes: [],
    ours: [],
    theirs: [],
    phone: WITH_PHONE && PHONE_COLUMNS.includes(id) ? { ours: [], theirs: [] } : null,
  };
}

/** Our story if there is one (the build validates it), and the synthetic stories, written out. */
export function prepareColumns(log: (message: string) => void): Column[] {
  mkdirSync(join(OUT, "stories"), { recursive: true });
  const columns: Column[] = [];
  if (STORY !== "none" && existsSync(STORY)) {
    const story = JSON.parse(readFileSync(STORY, "utf8")) as Story;
    columns.push(makeColumn("story", `story (${story.events.length})`, resolve(STORY), story));
  } else if (STORY !== "none") {
    log(`No ${STORY}: measuring the synthetic stories only.`);
  }
  for (const n of SIZES) {
    const file = join(OUT, "stories", `synthetic-${n}.json`);
    const story = generateStory(n);
    writeFileSync(file, storyText(story));
    columns.push(makeColumn(String(n) as ColumnId, n.toLocaleString("en-US"), file, story));
  }
  return columns;
}

/** `TIMELINE_DATA=<story> OUT_DIR=<appDir> vite build`; a failure becomes the column's note. */
export function buildApp(column: Column): boolean {
  // Each build is served at the root, whatever BASE_PATH the shell has.
  const env = { ...process.env };
  delete env.BASE_PATH;
  const result = spawnSync(
    process.execPath,
    ["node_modules/vite/bin/vite.js", "build", "--logLevel", "error"],
    {
      env: { ...env, TIMELINE_DATA: column.storyFile, OUT_DIR: column.appDir, NO_COLOR: "1" },
      encoding: "utf8",
    },
  );
  if (result.status === 0) return true;
  // NO_COLOR is not honoured by every part of the build; strip the terminal colours it leaves.
  const output = stripVTControlCharacters(result.stderr || result.stdout).trim();
  column.notes.push(`our build failed: ${output.split("\n").slice(0, 6).join(" ").slice(0, 300)}`);
  return false;
}

/** TimelineJS's dist/ once, and per story the page and the story in TimelineJS's JSON format. */
export function prepareTimelineJs(columns: readonly Column[]): void {
  cpSync("node_modules/@knight-lab/timelinejs/dist", join(OUT, "timelinejs", "timelinejs"), {
    recursive: true,
  });
  for (const column of columns) {
    mkdirSync(column.tlDir, { recursive: true });
    cpSync("bench/timelinejs-page/index.html", join(column.tlDir, "index.html"));
    const story = JSON.parse(readFileSync(column.storyFile, "utf8")) as Story;
    writeFileSync(join(column.tlDir, "story.json"), JSON.stringify(toTimelineJs(story)));
  }
}
