import { describe, expect, it } from "vitest";
import { gzipSize } from "./bundle-bytes.ts";
import {
  STORY_SOURCE,
  UNMAPPED,
  bytesByPart,
  filesUntilLoaded,
  partOf,
  textBySource,
} from "./bytes-by-part.ts";

// Two sources on one generated line, then a line from the first source again.
const code = "aaaaabbbbbbb\ncc";
const map = {
  version: 3 as const,
  file: "x.js",
  names: [],
  sources: ["../../node_modules/moment/moment.js", "../../src/app/app.tsx"],
  mappings: [
    [
      [0, 0, 0, 0],
      [5, 1, 0, 0],
    ],
    [[0, 0, 1, 0]],
  ] as [number, number, number, number][][],
};

describe("partOf", () => {
  it("names a library by its package, scoped or not, and puts it in its group", () => {
    expect(partOf("../../node_modules/vis-timeline/esnext/esm/vis-timeline-graph2d.js")).toEqual({
      name: "vis-timeline",
      group: "vis-timeline and its dependencies",
    });
    expect(partOf("../../node_modules/@egjs/hammerjs/dist/hammer.esm.js").name).toBe(
      "@egjs/hammerjs",
    );
    expect(partOf("../../node_modules/react-dom/cjs/react-dom-client.production.js").group).toBe(
      "React",
    );
    expect(partOf("../../node_modules/zod/v4/core/schemas.js").group).toBe("other libraries");
  });

  it("tells moment's locales from moment", () => {
    expect(partOf("../../node_modules/moment/locale/de.js").name).toBe("moment (locales)");
    expect(partOf("../../node_modules/moment/dist/moment.js").name).toBe("moment");
  });

  it("names our code by its folder and the story by its virtual module", () => {
    expect(partOf("../../src/app/search/search-index.ts")).toEqual({
      name: "src/app/search",
      group: "our code",
    });
    expect(partOf("../../src/core/dates.ts").name).toBe("src/core");
    expect(partOf("\0virtual:story").group).toBe("story data");
    expect(partOf("../../src/app/app.tsx").name).toBe("src/app");
  });
});

describe("textBySource", () => {
  it("gives each source the generated text its segments cover", () => {
    const texts = textBySource(code, map);
    expect(texts.get(map.sources[0] ?? "")).toBe("aaaaacc");
    expect(texts.get(map.sources[1] ?? "")).toBe("bbbbbbb");
    expect(texts.get(UNMAPPED)).toBe("\n\n");
  });
});

describe("the story's data", () => {
  it("is the long JSON.parse literal, which the source map leaves out", () => {
    const story = `JSON.parse('${"{}".repeat(600)}')`;
    const texts = textBySource(`${code}\n${story};`, map);
    expect(texts.get(STORY_SOURCE)).toBe(story);
    expect(texts.get(UNMAPPED)).toBe("\n\n;\n");
  });
});

describe("bytesByPart", () => {
  it("shares the file's gzip size out so the parts sum to it", () => {
    const parts = bytesByPart("x.js", code, map);
    const sum = parts.reduce((s, p) => s + p.gzip, 0);
    expect(sum).toBeCloseTo(gzipSize(Buffer.from(code)), 6);
    expect(parts.find((p) => p.name === "moment")?.raw).toBe(7);
  });

  it("counts a file without a map as one part", () => {
    const parts = bytesByPart("index.css", "a{color:red}", null);
    expect(parts).toEqual([expect.objectContaining({ name: "index.css", group: "CSS", raw: 12 })]);
  });
});

describe("filesUntilLoaded", () => {
  it("follows the scripts index.html loads to the chunks they import, lazily or not", () => {
    const files: Record<string, string> = {
      "index-a.js":
        'import{x}from"./vendor-b.js";const m=["assets/chart-c.js","assets/chart-d.css"]',
      "vendor-b.js": "export const x=1",
      "chart-c.js": "export default 1",
      "chart-d.css": ".c{}",
      "index-e.css": ".e{}",
      "share-f.js": "unused",
    };
    const html =
      '<script type="module" src="/assets/index-a.js"></script>' +
      '<link rel="stylesheet" href="/assets/index-e.css">';
    expect(filesUntilLoaded(html, (f) => files[f]).sort()).toEqual([
      "chart-c.js",
      "chart-d.css",
      "index-a.js",
      "index-e.css",
      "vendor-b.js",
    ]);
  });
});
