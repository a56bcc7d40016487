import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { firstViewAssets } from "./bundle-bytes.ts";
import { bytesByPart, filesUntilLoaded } from "./bytes-by-part.ts";
import type { PartBytes } from "./bytes-by-part.ts";
import type { SourceMapInput } from "@jridgewell/trace-mapping";

/**
 * `npm run bench:bytes [story.json]`: builds the app with source maps into a temporary folder
 * (BENCH_OUT/bytes, default bench/.out/bytes) over our story (or the one named) and prints what
 * each part costs until the chart works, gzip -9, part by part and by group. Fonts are counted as
 * they are (already compressed); the app ships none today.
 */

const story = resolve(process.argv[2] ?? "data/events.json");
const dir = join(resolve(process.env.BENCH_OUT ?? "bench/.out"), "bytes");

function build(): void {
  rmSync(dir, { recursive: true, force: true });
  // Served at the root, whatever BASE_PATH the shell has.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TIMELINE_DATA: story,
    OUT_DIR: dir,
    NO_COLOR: "1",
  };
  delete env.BASE_PATH;
  const result = spawnSync(
    process.execPath,
    ["node_modules/vite/bin/vite.js", "build", "--sourcemap", "--logLevel", "error"],
    { env, stdio: "inherit" },
  );
  if (result.status !== 0) throw new Error("the build failed");
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

function main(): void {
  build();
  const assets = join(dir, "assets");
  const read = (file: string) => {
    const path = join(assets, file);
    return existsSync(path) ? readFileSync(path, "utf8") : undefined;
  };
  const html = readFileSync(join(dir, "index.html"), "utf8");
  const files = filesUntilLoaded(html, read);
  const parts: PartBytes[] = files.flatMap((file) => {
    const code = read(file) ?? "";
    const mapText = read(`${file}.map`);
    const map = mapText === undefined ? null : (JSON.parse(mapText) as SourceMapInput);
    // CSS has no source map in a production build: each stylesheet is one part.
    return bytesByPart(file, code, file.endsWith(".css") ? null : map);
  });
  const fonts = readdirSync(assets).filter((f) => /\.(woff2?|ttf|otf)$/.test(f));
  for (const font of fonts) {
    const raw = readFileSync(join(assets, font)).length;
    parts.push({ name: font, group: "fonts", file: font, raw, gzip: raw });
  }
  const byName = new Map<string, PartBytes & { files: Set<string> }>();
  for (const p of parts) {
    const entry = byName.get(p.name) ?? { ...p, raw: 0, gzip: 0, files: new Set<string>() };
    entry.raw += p.raw;
    entry.gzip += p.gzip;
    entry.files.add(p.file);
    byName.set(p.name, entry);
  }
  const firstView = new Set(firstViewAssets(html).map((ref) => ref.split("/").pop() ?? ref));
  const rows = [...byName.values()].sort((a, b) => b.gzip - a.gzip);
  const total = rows.reduce((s, p) => s + p.gzip, 0);
  const groups = new Map<string, number>();
  for (const p of rows) groups.set(p.group, (groups.get(p.group) ?? 0) + p.gzip);

  process.stdout.write(
    `Until the chart works (${story}): ${files.length} files, ${kib(total)} gzip -9.\n` +
      `Files: ${files.map((f) => `${f}${firstView.has(f) ? " (index.html)" : ""}`).join(", ")}\n\n`,
  );
  process.stdout.write(
    `${table(
      ["group", "gzip", "share"],
      [...groups]
        .sort((a, b) => b[1] - a[1])
        .map(([group, gzip]) => [group, kib(gzip), `${((100 * gzip) / total).toFixed(0)} %`]),
    )}\n\n`,
  );
  process.stdout.write(
    `${table(
      ["part", "group", "raw", "gzip", "in"],
      rows
        .filter((p) => p.gzip >= 50)
        .map((p) => [p.name, p.group, kib(p.raw), kib(p.gzip), [...p.files].join(", ")]),
    )}\n`,
  );
}

main();
