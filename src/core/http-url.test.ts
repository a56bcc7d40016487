import { describe, expect, it } from "vitest";
import { httpUrl } from "./http-url.ts";

describe("httpUrl", () => {
  it("keeps http and https URLs", () => {
    expect(httpUrl("https://example.org/a?b=c")).toBe("https://example.org/a?b=c");
    expect(httpUrl("http://example.org")).toBe("http://example.org");
  });

  it("refuses every other scheme, however it is written", () => {
    for (const url of [
      "javascript:alert(1)",
      " JaVaScRiPt:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:x",
      "/relative",
      "",
    ])
      expect(httpUrl(url)).toBeUndefined();
  });
});
