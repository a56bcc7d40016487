import type { Plugin } from "vite";

/**
 * The dev server only: lets index.html's Content-Security-Policy allow inline scripts and styles,
 * which Vite's dev server needs (React Fast Refresh injects an inline script, CSS arrives as
 * `<style>` tags). Built pages keep the strict policy written in index.html.
 */
export function devCspPlugin(): Plugin {
  return {
    name: "timeline-dev-csp",
    apply: "serve",
    transformIndexHtml(html) {
      return html.replace(/\b(script-src|style-src) 'self'/g, "$1 'self' 'unsafe-inline'");
    },
  };
}
