import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { devCspPlugin } from "./src/build/dev-csp-plugin.ts";
import { devNotFoundPlugin } from "./src/build/dev-not-found-plugin.ts";
import { devSiteIndexPlugin } from "./src/build/dev-site-index-plugin.ts";
import { sharePagesPlugin } from "./src/build/share-pages-plugin.ts";
import { storyPlugin } from "./src/build/story-plugin.ts";
import { swapOutDirPlugin } from "./src/build/swap-out-dir-plugin.ts";

export default defineConfig({
  base: process.env.BASE_PATH ?? "/",
  // swapOutDirPlugin stays last: it moves the finished build into place after every other plugin.
  plugins: [
    react(),
    storyPlugin(),
    devCspPlugin(),
    devNotFoundPlugin(),
    devSiteIndexPlugin(),
    sharePagesPlugin(),
    swapOutDirPlugin(),
  ],
  build: {
    outDir: process.env.OUT_DIR ?? "dist",
    target: "es2022",
    chunkSizeWarningLimit: 1000,
    rollupOptions: {
      // The app, and the index of the site's stories (src/build/site-index.ts fills both).
      input: { index: "index.html", "site-index": "site-index.html" },
    },
  },
  test: {
    include: ["src/**/*.test.{ts,tsx}", "bench/**/*.test.ts"],
  },
});
