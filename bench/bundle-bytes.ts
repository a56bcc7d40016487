import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

/**
 * The bytes a reader downloads for the first view: every script, module preload and stylesheet
 * that an HTML page references, each gzipped at level 9 (what a static host serving pre-compressed
 * files sends). Lazy chunks the page imports later are not counted. The bundle-budget test and the
 * benchmark both use this, so their figures agree.
 */

export const GZIP_LEVEL = 9;

export interface FirstViewBytes {
  js: number;
  css: number;
  total: number;
  files: { path: string; raw: number; gzip: number }[];
}

const SCRIPT = /<script\b[^>]*\bsrc="([^"]+)"/g;
const LINK = /<link\b[^>]*>/g;
const REL = /\brel="([^"]+)"/;
const HREF = /\bhref="([^"]+)"/;

/** The local files an HTML page loads first, as paths relative to the page's folder. */
export function firstViewAssets(html: string): string[] {
  const refs = Array.from(html.matchAll(SCRIPT), (m) => m[1] ?? "");
  for (const [tag] of html.matchAll(LINK)) {
    const rel = REL.exec(tag)?.[1] ?? "";
    const href = HREF.exec(tag)?.[1];
    if (href && /\b(stylesheet|modulepreload)\b/.test(rel)) refs.push(href);
  }
  return [...new Set(refs.filter((ref) => ref && !/^[a-z]+:|^\/\//i.test(ref)))];
}

export function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: GZIP_LEVEL }).length;
}

function sumOf(files: FirstViewBytes["files"]): FirstViewBytes {
  const sum = (ext: string) =>
    files.filter((f) => f.path.split(/[?#]/)[0]?.endsWith(ext)).reduce((s, f) => s + f.gzip, 0);
  const js = sum(".js");
  const css = sum(".css");
  return { js, css, total: js + css, files };
}

function gzipFile(path: string, ref: string): FirstViewBytes["files"][number] {
  const bytes = readFileSync(path);
  return { path: ref, raw: bytes.length, gzip: gzipSize(bytes) };
}

/**
 * Every script and stylesheet a page fetched (its resource timing entries' URLs), found in the
 * build folder `dir` and gzipped as above: what the first view really needs, lazy chunks included.
 */
export function loadedBytes(dir: string, urls: readonly string[]): FirstViewBytes {
  const paths = new Set(
    urls
      .map((url) => new URL(url).pathname)
      .filter((path) => /\.(js|css)$/.test(path) && existsSync(join(dir, path))),
  );
  return sumOf([...paths].map((path) => gzipFile(join(dir, path), path)));
}

/** Reads `index.html` (or `page`) in `dir` and sums its first-view assets, gzipped. */
export function firstViewBytes(dir: string, page = "index.html"): FirstViewBytes {
  const html = readFileSync(join(dir, page), "utf8");
  const base = dirname(join(dir, page));
  const files = firstViewAssets(html).map((ref) => {
    const clean = ref.split(/[?#]/)[0] ?? ref;
    // A root-relative URL ("/assets/x.js") is served from the build folder.
    const path = clean.startsWith("/") ? join(dir, clean) : normalize(join(base, clean));
    if (!existsSync(path)) throw new Error(`${page} references ${ref}, but ${path} does not exist`);
    return gzipFile(path, ref);
  });
  return sumOf(files);
}
