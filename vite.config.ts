import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { storyPlugin } from "./scripts/story-plugin.ts";

export default defineConfig({
  base: process.env.BASE_PATH ?? "/",
  plugins: [react(), storyPlugin()],
  build: {
    outDir: process.env.OUT_DIR ?? "dist",
    target: "es2022",
    chunkSizeWarningLimit: 1000,
  },
  test: {
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
  },
});
