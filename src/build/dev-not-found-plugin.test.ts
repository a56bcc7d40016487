import { resolve } from "node:path";
import { createServer } from "vite";
import type { ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

describe("the dev server", () => {
  let server: ViteDevServer;
  let origin = "";

  beforeAll(async () => {
    const root = resolve(import.meta.dirname, "../..");
    server = await createServer({
      root,
      configFile: resolve(root, "vite.config.ts"),
      logLevel: "silent",
      server: { host: "127.0.0.1", port: 0, hmr: false },
    });
    await server.listen();
    origin = server.resolvedUrls?.local[0]?.replace(/\/$/, "") ?? "";
  }, 30_000);
  afterAll(() => server?.close());

  it.each(["/.ci/run", "/.git/config", "/.gitignore", "/src/.hidden", "/.ci/run?import"])(
    "answers %s with a plain 404, not an error page",
    async (path) => {
      const response = await fetch(`${origin}${path}`);
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toContain("text/plain");
      expect(await response.text()).toBe("Not found\n");
    },
  );

  it("still serves the app and Vite's own client", async () => {
    expect((await fetch(`${origin}/`)).status).toBe(200);
    expect((await fetch(`${origin}/@vite/client`)).status).toBe(200);
    expect((await fetch(`${origin}/src/app/main.tsx`)).status).toBe(200);
    // The first request of a module makes Vite transform it (and its story plugin read the
    // story): seconds on a busy machine.
  }, 30_000);
});
