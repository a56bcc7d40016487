import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { devCspPlugin } from "./dev-csp-plugin.ts";

const indexHtml = readFileSync(new URL("../../index.html", import.meta.url), "utf8");

function policyOf(html: string): string {
  return /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? "";
}

describe("the Content-Security-Policy", () => {
  it("in index.html (and so in every built page) allows no inline script", () => {
    expect(policyOf(indexHtml)).toMatch(/(^|; )script-src 'self';/);
    expect(policyOf(indexHtml)).not.toContain("unsafe");
  });

  it("is loosened by the dev server for Fast Refresh and injected styles only", () => {
    const hook = devCspPlugin().transformIndexHtml;
    const transform = typeof hook === "function" ? hook : hook?.handler;
    const html = transform?.call(undefined as never, indexHtml, undefined as never);
    expect(policyOf(html as string)).toContain("script-src 'self' 'unsafe-inline';");
    expect(policyOf(html as string)).toContain("style-src 'self' 'unsafe-inline';");
    expect(devCspPlugin().apply).toBe("serve");
  });
});
