import { expect, test } from "@playwright/test";
import { GZIP_LEVEL, firstViewBytes } from "../bench/bundle-bytes.ts";

/**
 * The first view's bytes, from the production build `npm test` makes (OUT_DIR, else dist/): every
 * script, module preload and stylesheet index.html references, each gzipped at level 9, the same
 * figure `npm run bench` reports. Lazy chunks are not counted. A size, not a timing: it is exact.
 */

const BUDGET_BYTES = 200 * 1024;
const outDir = process.env.OUT_DIR ?? "dist";

test(`the first view's JS and CSS fit in 200 KiB gzipped (level ${GZIP_LEVEL})`, () => {
  const bytes = firstViewBytes(outDir);
  const listing = bytes.files
    .map((f) => `${f.path}: ${(f.gzip / 1024).toFixed(1)} KiB gzip (${f.raw} bytes raw)`)
    .join("\n");
  expect(
    bytes.files.some((f) => f.path.endsWith(".js")),
    "index.html loads a script",
  ).toBe(true);
  expect(bytes.total, `first-view assets of ${outDir}/index.html:\n${listing}`).toBeLessThanOrEqual(
    BUDGET_BYTES,
  );
});
