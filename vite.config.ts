import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { devCspPlugin } from "./scripts/dev-csp-plugin.ts";
import { sharePagesPlugin } from "./scripts/share-pages-plugin.ts";
import { storyPlugin } from "./scripts/story-plugin.ts";
import { swapOutDirPlugin } from "./scripts/swap-out-dir-plugin.ts";

export default defineConfig({
  base: process.env.BASE_PATH ?? "/",
  // swapOutDirPlugin stays last: it moves the finished build into place after every other plugin.
  plugins: [react(), storyPlugin(), devCspPlugin(), sharePagesPlugin(), swapOutDirPlugin()],
  build: {
    outDir: process.env.OUT_DIR ?? "dist",
    target: "es2022",
    chunkSizeWarningLimit: 1000,
  },
  test: {
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts", "bench/**/*.test.ts"],
  },
});
