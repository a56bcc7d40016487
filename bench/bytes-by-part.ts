import { decodedMappings, TraceMap } from "@jridgewell/trace-mapping";
import type { SourceMapInput } from "@jridgewell/trace-mapping";
import { firstViewAssets, gzipSize } from "./bundle-bytes.ts";

/**
 * What each part of the app costs the reader until the chart works: the files `index.html` loads
 * and every chunk they import, statically or lazily (the chart's chunk is imported at once), cut
 * by the build's source maps into the source packages the bytes came from. The pure parts are
 * here; `bytes-by-part-cli.ts` builds the app and prints the table.
 *
 * Gzip does not add up by part: a part compresses against its neighbours. Each part's bytes are
 * gzipped alone, and the file's real gzip size is shared out in proportion, so the parts of a file
 * sum to what the reader downloads.
 */

/** A part's own line in the table, and the group its subtotal joins. */
export interface Part {
  name: string;
  group: string;
}

const VIS = new Set([
  "vis-timeline",
  "vis-data",
  "vis-util",
  "@egjs/hammerjs",
  "propagating-hammerjs",
  "keycharm",
  "component-emitter",
  "uuid",
  "xss",
  "cssfilter",
]);
const REACT = new Set(["react", "react-dom", "scheduler"]);

export const UNMAPPED = "(no source: bundler glue, whitespace)";

/** The part a source path of the source map belongs to. */
export function partOf(source: string): Part {
  if (source === UNMAPPED) return { name: UNMAPPED, group: "no source" };
  const path = source.replaceAll("\\", "/").replace(/^\0/, "");
  if (path.includes("virtual:story")) return { name: "the story's data", group: "story data" };
  const inModules = path.lastIndexOf("node_modules/");
  if (inModules >= 0) {
    const rest = path.slice(inModules + "node_modules/".length);
    const [first = "", second = ""] = rest.split("/");
    const pkg = first.startsWith("@") ? `${first}/${second}` : first;
    if (pkg === "moment") {
      const locale = rest.startsWith("moment/locale/") || rest.includes("/locale/");
      return { name: locale ? "moment (locales)" : "moment", group: "moment" };
    }
    if (VIS.has(pkg)) return { name: pkg, group: "vis-timeline and its dependencies" };
    if (REACT.has(pkg)) return { name: pkg, group: "React" };
    if (pkg === "vite") return { name: "vite (preload helper)", group: "our code" };
    return { name: pkg, group: "other libraries" };
  }
  if (/(^|\/)vite\/|preload-helper|modulepreload-polyfill/.test(path)) {
    return { name: "vite (preload helper)", group: "our code" };
  }
  const src = /(?:^|\/)src\/(core|build|app\/[^/]+(?=\/)|app)\//.exec(path);
  if (src) return { name: `src/${src[1] ?? ""}`, group: "our code" };
  return { name: path || UNMAPPED, group: "our code" };
}

/**
 * The generated text of `code` cut by its source map: for each source path, the text its mapping
 * segments cover (a segment runs to the next one on its line, or to the line's end).
 */
export function textBySource(code: string, map: SourceMapInput): Map<string, string> {
  const trace = new TraceMap(map);
  const sources = trace.sources.map((s) => s ?? UNMAPPED);
  const lines = code.split("\n");
  const parts = new Map<string, string[]>();
  const add = (source: string, text: string) => {
    if (!text) return;
    const list = parts.get(source);
    if (list) list.push(text);
    else parts.set(source, [text]);
  };
  const mappings = decodedMappings(trace);
  lines.forEach((line, i) => {
    const segments = mappings[i] ?? [];
    add(UNMAPPED, line.slice(0, segments[0]?.[0] ?? line.length));
    segments.forEach((segment, j) => {
      const end = segments[j + 1]?.[0] ?? line.length;
      const source = segment.length > 1 ? (sources[segment[1] ?? -1] ?? UNMAPPED) : UNMAPPED;
      add(source, line.slice(segment[0], end));
    });
    add(UNMAPPED, "\n");
  });
  const texts = new Map([...parts].map(([source, list]) => [source, list.join("")]));
  return carveStory(code, texts);
}

/** The story plugin's module (`JSON.parse("…")`), which the source map does not cover. */
export const STORY_SOURCE = "virtual:story";
const JSON_PARSE = /JSON\.parse\(("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`)\)/g;

/** Moves the longest `JSON.parse` string literal (the story's data) to STORY_SOURCE. */
function carveStory(code: string, texts: Map<string, string>): Map<string, string> {
  let story = "";
  for (const m of code.matchAll(JSON_PARSE)) if (m[0].length > story.length) story = m[0];
  if (story.length < 1024) return texts;
  for (const [source, text] of texts) {
    const at = text.indexOf(story);
    if (at < 0) continue;
    texts.set(source, text.slice(0, at) + text.slice(at + story.length));
    texts.set(STORY_SOURCE, (texts.get(STORY_SOURCE) ?? "") + story);
    break;
  }
  return texts;
}

/** A file without a source map: a stylesheet, or a story's data chunk (a virtual module). */
function unmapped(file: string): Part {
  if (file.endsWith(".css")) return { name: file, group: "CSS" };
  if (file.includes("virtual_story")) return { name: file, group: "story data" };
  return { name: file, group: "no source" };
}

export interface PartBytes extends Part {
  file: string;
  raw: number;
  /** This part's share of the file's gzip size (see the module comment). */
  gzip: number;
}

/** One file's bytes by part: raw bytes, and the file's gzip size shared out by part. */
export function bytesByPart(file: string, code: string, map: SourceMapInput | null): PartBytes[] {
  const total = gzipSize(Buffer.from(code));
  const texts = map ? textBySource(code, map) : new Map([[file, code]]);
  const byPart = new Map<string, { part: Part; texts: string[] }>();
  for (const [source, text] of texts) {
    const part = map ? partOf(source) : unmapped(file);
    const entry = byPart.get(part.name) ?? { part, texts: [] };
    entry.texts.push(text);
    byPart.set(part.name, entry);
  }
  const alone = [...byPart.values()].map(({ part, texts }) => {
    const text = Buffer.from(texts.join(""));
    return { part, raw: text.length, gzip: gzipSize(text) };
  });
  const sum = alone.reduce((s, p) => s + p.gzip, 0) || 1;
  return alone.map(({ part, raw, gzip }) => ({
    ...part,
    file,
    raw,
    gzip: (total * gzip) / sum,
  }));
}

/**
 * The files a page loads until its lazy chunks have arrived: `index.html`'s scripts, preloads and
 * stylesheets, then every file of the build that a loaded script names (static imports, dynamic
 * imports and Vite's list of a dynamic import's dependencies).
 */
export function filesUntilLoaded(
  html: string,
  read: (file: string) => string | undefined,
): string[] {
  const base = (ref: string) => ref.split(/[?#]/)[0]?.split("/").pop() ?? ref;
  const queue = firstViewAssets(html).map(base);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift() ?? "";
    if (seen.has(file)) continue;
    const text = read(file);
    if (text === undefined) continue;
    seen.add(file);
    if (!file.endsWith(".js")) continue;
    for (const m of text.matchAll(/["'`]([^"'`\s]*?([\w.-]+\.(?:js|css)))["'`]/g)) {
      const name = m[2] ?? "";
      if (!seen.has(name) && read(name) !== undefined) queue.push(name);
    }
  }
  return [...seen];
}
