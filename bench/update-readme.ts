import { readFileSync, writeFileSync } from "node:fs";
import { format, resolveConfig } from "prettier";

/** The file whose "Latest results" `BENCH_README=1 npm run bench` rewrites. */
export const RESULTS_README = "bench/README.md";

const START = "<!-- bench:results:start -->";
const END = "<!-- bench:results:end -->";

export interface ReadmeResults {
  date: string;
  machine: {
    cores: number;
    chromium: string;
    loadAverageAtStart: number;
    loadAverageAtEnd: number;
  };
  config: { runs: number };
  tables: string;
}

/** Replaces the README's results block (between the bench:results markers) with these results. */
export async function updateReadme(path: string, results: ReadmeResults): Promise<void> {
  const text = readFileSync(path, "utf8");
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${path} has no ${START} … ${END} block`);
  const { date, machine, config } = results;
  const block = [
    START,
    "",
    `Measured ${date.slice(0, 10)}: ${machine.cores} cores, Chromium ${machine.chromium}, ` +
      `medians of ${config.runs} run(s), load average ${machine.loadAverageAtStart} at start and ` +
      `${machine.loadAverageAtEnd} at the end.`,
    "",
    results.tables,
    "",
    END,
  ].join("\n");
  const next = text.slice(0, start) + block + text.slice(end + END.length);
  const options = (await resolveConfig(path)) ?? {};
  writeFileSync(path, await format(next, { ...options, filepath: path }));
}
