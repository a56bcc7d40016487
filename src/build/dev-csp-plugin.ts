import { VIDEO_ORIGINS } from "../core/media.ts";
import type { Plugin } from "vite";

/**
 * The dev server only: lets index.html's Content-Security-Policy allow inline scripts and styles,
 * which Vite's dev server needs (React Fast Refresh injects an inline script, CSS arrives as
 * `<style>` tags), and any https image and the two video players, so that media an editor adds
 * show at once. Built pages keep the strict policy, naming exactly the story's media hosts
 * (src/build/media-policy.ts).
 */
export function devCspPlugin(): Plugin {
  return {
    name: "timeline-dev-csp",
    apply: "serve",
    transformIndexHtml(html) {
      return html
        .replace(/\b(script-src|style-src) 'self'/g, "$1 'self' 'unsafe-inline'")
        .replace(
          "img-src 'self' data:",
          () => `img-src 'self' data: https:; frame-src ${Object.values(VIDEO_ORIGINS).join(" ")}`,
        );
    },
  };
}
