import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { refusal } from "./request-guard.ts";

const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe("refusal", () => {
  it("lets the studio's own page through with its token", () => {
    const ok = { host: "127.0.0.1:5180", origin: "http://127.0.0.1:5180", "x-studio-token": "t" };
    expect(refusal(request(ok), "t")).toBeUndefined();
  });

  it("refuses a request without the token, from another origin, or to another host name", () => {
    expect(refusal(request({ host: "127.0.0.1:5180" }), "t")).toMatch(/token/);
    expect(
      refusal(
        request({ host: "127.0.0.1:5180", origin: "https://evil.example", "x-studio-token": "t" }),
        "t",
      ),
    ).toMatch(/origin/);
    expect(refusal(request({ host: "evil.example:5180", "x-studio-token": "t" }), "t")).toMatch(
      /host/,
    );
  });
});
