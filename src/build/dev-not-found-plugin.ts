import type { Plugin } from "vite";

/** A path with a segment that starts with "." (`/.ci/run`, `/.git/config`, `/.env`). */
const DOT_SEGMENT = /(?:^|\/)\.[^/]/;

/**
 * The dev server only: the project's dot-folders and dotfiles are not part of the site. Vite
 * serves the project root, so `/.ci/run` (a shell script without an extension) was taken for a
 * JavaScript module and answered with a 500 page and a stack trace. They get a plain 404 instead.
 * Vite's own paths (`/@vite/…`, `/node_modules/.vite/…`) are left to Vite.
 */
export function devNotFoundPlugin(): Plugin {
  return {
    name: "timeline-dev-not-found",
    apply: "serve",
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? "/").split(/[?#]/)[0] ?? "/";
        if (path.startsWith("/node_modules/") || path.startsWith("/@") || !DOT_SEGMENT.test(path)) {
          next();
          return;
        }
        res.statusCode = 404;
        res.setHeader("Content-Type", "text/plain; charset=utf-8");
        res.end("Not found\n");
      });
    },
  };
}
