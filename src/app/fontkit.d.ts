/** The little of fontkit (a devDependency) that fonts.test.ts reads: a font's metric tables. */
declare module "fontkit" {
  interface Font {
    unitsPerEm: number;
    hhea: { ascent: number; descent: number; lineGap: number };
    glyphForCodePoint: (codePoint: number) => { advanceWidth: number };
  }
  export function openSync(path: string): Font;
}
