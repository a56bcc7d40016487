import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { basename, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin, ViteDevServer } from "vite";
import { escapeHtml } from "../../core/escape-html.ts";
import { listedMediaFiles } from "../../core/media-checks.ts";
import { readMediaFolder } from "./media-folder.ts";
import { refusal } from "./request-guard.ts";
import { draftPath, readStoryFile, saveDraft, saveStory } from "./story-file.ts";

/**
 * The studio's dev server: its page at /studio/, the reading view it previews at / (the reader's
 * own paths, so links inside the preview work), and /__studio/story to read and write the one
 * file it was started on. The browser side is src/studio/.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const STUDIO_HTML = resolve(ROOT, "src/studio/index.html");
const PREVIEW_HTML = resolve(ROOT, "src/studio/preview/index.html");
const SLUGS = "virtual:story-slugs";
const API = "/__studio/story";
const MAX_BODY = 20 * 1024 * 1024;

export interface StudioOptions {
  file: string;
  token: string;
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader("Content-Type", "application/json; charset=utf-8");
  response.setHeader("Cache-Control", "no-store");
  response.end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new Error("request too large");
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

async function api(request: IncomingMessage, response: ServerResponse, options: StudioOptions) {
  const refused = refusal(request, options.token);
  if (refused) return send(response, 403, { error: refused });
  const { file } = options;
  if (request.method === "GET") {
    // The media folder's files too: the page checks local files as the build will.
    return send(response, 200, {
      name: basename(file),
      ...readStoryFile(file),
      media: readMediaFolder(),
    });
  }
  if (request.method !== "PUT" && request.method !== "POST") {
    return send(response, 405, { error: "GET, PUT or POST" });
  }
  const body = (await readBody(request)) as { base?: unknown; story?: unknown };
  if (request.method === "POST") {
    // A draft: the story as it stands, problems and all, beside the file.
    const written = await saveDraft(file, body.story);
    return send(response, 200, { draft: basename(written) });
  }
  if (typeof body.base !== "string") return send(response, 400, { error: "base is required" });
  const folder = readMediaFolder();
  const result = await saveStory(
    file,
    body.base,
    body.story,
    listedMediaFiles(folder.dir, folder.files),
  );
  const status = { saved: 200, conflict: 409, invalid: 422 }[result.kind];
  return send(response, status, result);
}

async function page(
  server: ViteDevServer,
  url: string,
  file: string,
  response: ServerResponse,
  meta = "",
) {
  const source = readFileSync(file, "utf8").replace("<!--studio-meta-->", meta);
  const html = await server.transformIndexHtml(url, source);
  response.setHeader("Content-Type", "text/html; charset=utf-8");
  response.setHeader("Cache-Control", "no-store");
  response.end(html);
}

export function studioPlugin(options: StudioOptions): Plugin {
  return {
    name: "timeline-studio",
    resolveId: (id) => (id === SLUGS ? `\0${SLUGS}` : undefined),
    // The preview is one story at the site's base.
    load: (id) => (id === `\0${SLUGS}` ? `export default [""];` : undefined),
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const url = request.url ?? "/";
        const path = url.split("?")[0] ?? "/";
        const run = async () => {
          if (path === API) return api(request, response, options);
          if (request.method !== "GET") return next();
          if (path === "/studio" || path === "/studio/") {
            const meta =
              `<meta name="studio-token" content="${options.token}" />` +
              `<meta name="studio-draft" content="${escapeHtml(basename(draftPath(options.file)))}" />`;
            return page(server, url, STUDIO_HTML, response, meta);
          }
          if (path === "/" || path.startsWith("/events/")) {
            return page(server, url, PREVIEW_HTML, response);
          }
          return next();
        };
        run().catch((error: unknown) => {
          send(response, 500, { error: error instanceof Error ? error.message : String(error) });
        });
      });
    },
  };
}
