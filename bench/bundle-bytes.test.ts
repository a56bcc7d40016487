import { describe, expect, it } from "vitest";
import { firstViewAssets } from "./bundle-bytes.ts";

describe("firstViewAssets", () => {
  it("lists the scripts, module preloads and stylesheets a page loads first", () => {
    const html = `<head>
      <script type="module" crossorigin src="/assets/index-abc.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-def.js">
      <link rel="stylesheet" crossorigin href="/assets/index-123.css">
      <link rel="icon" href="/favicon.svg">
      <link rel="canonical" href="https://example.org/">
      <script src="https://cdn.example.org/x.js"></script>
    </head>`;
    expect(firstViewAssets(html)).toEqual([
      "/assets/index-abc.js",
      "/assets/vendor-def.js",
      "/assets/index-123.css",
    ]);
  });
});
