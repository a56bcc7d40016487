import { existsSync, readFileSync } from "node:fs";
import { openSync } from "fontkit";
import { describe, expect, it } from "vitest";

/**
 * The fallback faces in fonts.css take the room Source Serif 4 takes: their numbers are the fonts'
 * own, read from the files. Times New Roman is not in the repository; Liberation Serif has its
 * metrics (made to replace it, advance for advance), and the test reads it where it is installed.
 */

const FILES = "node_modules/@fontsource/source-serif-4/files";
const LIBERATION = "/usr/share/fonts/truetype/liberation";

/** English letter frequencies (and the space), for an average advance as text would have it. */
const FREQUENCY: Record<string, number> = {
  a: 0.0668,
  b: 0.0122,
  c: 0.0228,
  d: 0.0348,
  e: 0.1039,
  f: 0.0182,
  g: 0.0165,
  h: 0.0499,
  i: 0.057,
  j: 0.0013,
  k: 0.0063,
  l: 0.033,
  m: 0.0197,
  n: 0.0552,
  o: 0.0614,
  p: 0.0158,
  q: 0.0008,
  r: 0.049,
  s: 0.0518,
  t: 0.0741,
  u: 0.0226,
  v: 0.008,
  w: 0.0193,
  x: 0.0012,
  y: 0.0162,
  z: 0.0006,
  " ": 0.1818,
};

/** A font's average advance in ems, its ascender, descender and line gap in ems. */
function metrics(path: string) {
  const font = openSync(path);
  let width = 0;
  let total = 0;
  for (const [char, share] of Object.entries(FREQUENCY)) {
    width += font.glyphForCodePoint(char.codePointAt(0) ?? 0).advanceWidth * share;
    total += share;
  }
  const em = font.unitsPerEm;
  return {
    advance: width / total / em,
    ascent: font.hhea.ascent / em,
    descent: -font.hhea.descent / em,
    lineGap: font.hhea.lineGap / em,
  };
}

/** Times New Roman's average advance in ems, regular and bold (from Liberation Serif). */
const TIMES = { 400: 818.63 / 2048, 600: 870.9 / 2048 };

/** The descriptors of the fallback face of `weight` in fonts.css, as fractions. */
function fallbackFace(weight: number): Record<string, number> {
  const css = readFileSync("src/app/fonts.css", "utf8");
  const faces = css.split("@font-face").slice(1);
  const face = faces.find(
    (f) => f.includes('"Source Serif 4 Fallback"') && f.includes(`font-weight: ${weight};`),
  );
  const read = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)%`).exec(face ?? "")?.[1]);
  return {
    size: read("size-adjust") / 100,
    ascent: read("ascent-override") / 100,
    descent: read("descent-override") / 100,
    lineGap: read("line-gap-override") / 100,
  };
}

describe("the web font's fallback", () => {
  for (const [weight, file] of [
    [400, "source-serif-4-latin-400-normal.woff2"],
    [600, "source-serif-4-latin-600-normal.woff2"],
  ] as const) {
    it(`is scaled and spaced as Source Serif 4 at weight ${weight}`, () => {
      const serif = metrics(`${FILES}/${file}`);
      const face = fallbackFace(weight);
      const size = serif.advance / TIMES[weight];
      expect(face.size).toBeCloseTo(size, 4);
      expect(face.ascent).toBeCloseTo(serif.ascent / size, 4);
      expect(face.descent).toBeCloseTo(serif.descent / size, 4);
      expect(face.lineGap).toBeCloseTo(serif.lineGap / size, 4);
    });
  }

  it.skipIf(!existsSync(`${LIBERATION}/LiberationSerif-Regular.ttf`))(
    "takes Times New Roman's advances from Liberation Serif, which shares them",
    () => {
      expect(metrics(`${LIBERATION}/LiberationSerif-Regular.ttf`).advance).toBeCloseTo(
        TIMES[400],
        5,
      );
      expect(metrics(`${LIBERATION}/LiberationSerif-Bold.ttf`).advance).toBeCloseTo(TIMES[600], 5);
    },
  );
});
