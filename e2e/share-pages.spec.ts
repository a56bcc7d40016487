import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { expect, test } from "@playwright/test";
import { FIXTURE_URL } from "./urls.ts";

/** The content of a <meta> tag, or of the canonical link. */
function head(html: string, key: string): string | undefined {
  const pattern =
    key === "canonical"
      ? /<link rel="canonical" href="([^"]*)"/
      : new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`);
  return pattern.exec(html)?.[1];
}

test("an event's share page gives a link preview: title, description, Open Graph, canonical", async ({
  request,
}) => {
  const response = await request.get(`${FIXTURE_URL}events/conditions-set/`);
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain("<title>Conditions set out · A small fixture story</title>");
  expect(head(html, "description")).toBe(
    "15 March 2025, Vienna. South names its conditions for a pause; North answers that it has heard them before.",
  );
  expect(head(html, "og:title")).toBe("Conditions set out");
  expect(head(html, "og:description")).toBe(head(html, "description"));
  expect(head(html, "og:type")).toBe("article");
  expect(head(html, "og:url")).toBe("/events/conditions-set/");
  expect(head(html, "canonical")).toBe("/events/conditions-set/");
  expect(head(html, "twitter:card")).toBe("summary");
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("a share page shows the event, its quotes with speakers and its sources", async ({
    page,
  }) => {
    await page.goto(`${FIXTURE_URL}events/conditions-set/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Conditions set out");
    await expect(page.getByText("15 March 2025 · Vienna")).toBeVisible();
    await expect(page.getByText("South names its conditions for a pause")).toBeVisible();
    const quotes = page.getByRole("figure");
    await expect(quotes).toHaveCount(2);
    await expect(quotes.first().locator("blockquote")).toHaveText(
      "“A pause is possible, but there are conditions.”",
    );
    await expect(quotes.first().locator("figcaption")).toContainText(
      "B. Minister, Foreign Minister of South",
    );
    await expect(
      quotes.first().locator("figcaption").getByRole("link", { name: "Fixture Wire" }),
    ).toHaveAttribute("href", "https://example.org/wire/conditions");
    await expect(
      page.getByRole("link", { name: "Minister sets conditions for a pause" }),
    ).toBeVisible();
    await page.getByRole("link", { name: "Evening call →" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Evening call");
  });

  test("the start page lists every event, each linking to its page", async ({ page }) => {
    await page.goto(FIXTURE_URL);
    const chronology = page.getByRole("list").first();
    await expect(chronology.getByRole("listitem")).toHaveCount(5);
    await chronology.getByRole("link", { name: "Talks open" }).click();
    await expect(page).toHaveURL(`${FIXTURE_URL}events/talks-open/`);
    await expect(page.getByRole("figure").locator("figcaption")).toContainText("A. Speaker");
  });
});

test("with JavaScript on, the app takes over a share page, with or without its slash", async ({
  page,
}) => {
  for (const path of ["events/conditions-set/", "events/conditions-set"]) {
    await page.goto(`${FIXTURE_URL}${path}`);
    const panel = page.getByRole("region", { name: "Event details" });
    await expect(panel.getByRole("heading").first()).toHaveText("Conditions set out");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("A small fixture story");
  }
});

/**
 * The fixture built under a sub-path and served the way GitHub Pages serves a project site: files
 * under /timeline/, a folder without its slash redirected to it, and 404.html for anything else.
 */
test.describe("under a sub-path (BASE_PATH=/timeline/), on a static host", () => {
  test.describe.configure({ mode: "serial" });
  const dir = `${process.env.OUT_DIR ?? "dist"}-subpath`;
  let server: Server | undefined;
  let origin = "";

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    execFileSync("node_modules/.bin/vite", ["build", "--logLevel", "warn"], {
      env: {
        ...process.env,
        TIMELINE_DATA: "e2e/fixtures/small-story.json",
        BASE_PATH: "/timeline/",
        SITE_URL: "https://example.org",
        OUT_DIR: dir,
      },
      stdio: ["ignore", "ignore", "pipe"],
    });
    server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
      const send = (status: number, file: string) => {
        const type =
          extname(file) === ".js"
            ? "text/javascript"
            : extname(file) === ".css"
              ? "text/css"
              : "text/html";
        res.writeHead(status, { "content-type": type }).end(readFileSync(file));
      };
      const file = normalize(join(dir, path.replace(/^\/timeline\//, "/")));
      if (!path.startsWith("/timeline/") || !file.startsWith(normalize(dir))) {
        return send(404, join(dir, "404.html"));
      }
      if (existsSync(file) && statSync(file).isDirectory()) {
        if (!path.endsWith("/")) return res.writeHead(301, { location: `${path}/` }).end();
        return existsSync(join(file, "index.html"))
          ? send(200, join(file, "index.html"))
          : send(404, join(dir, "404.html"));
      }
      return existsSync(file) ? send(200, file) : send(404, join(dir, "404.html"));
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  test.afterAll(() => {
    server?.close();
  });

  test("a share page's preview links are absolute, under the sub-path", async ({ request }) => {
    const html = await (await request.get(`${origin}/timeline/events/talks-open/`)).text();
    expect(head(html, "og:url")).toBe("https://example.org/timeline/events/talks-open/");
    expect(head(html, "canonical")).toBe("https://example.org/timeline/events/talks-open/");
    expect(html).toMatch(/<script type="module" crossorigin src="\/timeline\/assets\/[^"]+\.js">/);
  });

  test("a deep link opens its event; choosing another keeps the sub-path; Back returns", async ({
    page,
  }) => {
    const failed: string[] = [];
    page.on("response", (r) => {
      if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) failed.push(r.url());
    });
    await page.goto(`${origin}/timeline/events/talks-open`);
    const panel = page.getByRole("region", { name: "Event details" });
    await expect(panel.getByRole("heading").first()).toHaveText("Talks open");
    await panel.getByRole("button", { name: "Next event" }).click();
    await expect(page).toHaveURL(`${origin}/timeline/events/conditions-set`);
    await page.goBack();
    await expect(panel.getByRole("heading").first()).toHaveText("Talks open");
    await page.reload();
    await expect(panel.getByRole("heading").first()).toHaveText("Talks open");
    expect(failed).toEqual([]);
  });

  test("an unknown event's address gets 404.html, and the app says what is missing", async ({
    page,
  }) => {
    const response = await page.goto(`${origin}/timeline/events/no-such-event`);
    expect(response?.status()).toBe(404);
    await expect(page.getByText("No event “no-such-event” in this timeline")).toBeVisible();
    await expect(page.getByRole("list", { name: "Events" }).getByRole("link")).toHaveCount(5);
  });
});
