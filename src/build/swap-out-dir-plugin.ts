import { existsSync, renameSync, rmSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import type { Plugin } from "vite";

/**
 * Builds into a sibling folder (`<outDir>-partial`) and swaps it in for the output folder only after
 * every plugin has written its files. Vite empties the output folder before writing, so without this
 * a build that fails while writing (or in a later plugin) would leave a half-empty dist/ where a good
 * one was. Keep it last in `plugins`: its hooks must run after everyone else's. Other plugins must
 * write where Vite says (`config.build.outDir` once resolved, or `dir` in `writeBundle`'s options),
 * never to a path of their own: files written straight into dist/ are replaced by the swap.
 */
export function swapOutDirPlugin(): Plugin {
  let target: string | undefined;
  let staging = "";
  let written = false;
  return {
    name: "timeline-swap-out-dir",
    apply: "build",
    enforce: "post",
    config(config) {
      const build = config.build ?? {};
      if (build.watch || build.write === false) return undefined;
      const root = resolve(config.root ?? process.cwd());
      const outDir = resolve(root, build.outDir ?? "dist");
      const fromRoot = relative(root, outDir);
      const insideRoot = fromRoot !== "" && !fromRoot.startsWith("..") && !isAbsolute(fromRoot);
      // Only where Vite would replace the folder anyway: it leaves an outDir outside the root alone.
      if (!(build.emptyOutDir ?? insideRoot)) return undefined;
      target = outDir;
      staging = `${outDir}-partial`;
      rmSync(staging, { recursive: true, force: true });
      return { build: { outDir: staging, emptyOutDir: true } };
    },
    writeBundle: {
      order: "post",
      handler() {
        // Plugin hooks run one after another, so reaching this one means every writer succeeded.
        written = true;
      },
    },
    closeBundle: {
      order: "post",
      handler(error) {
        if (target === undefined) return;
        if (error || !written) {
          rmSync(staging, { recursive: true, force: true });
          return;
        }
        const previous = `${target}-previous`;
        rmSync(previous, { recursive: true, force: true });
        if (existsSync(target)) renameSync(target, previous);
        renameSync(staging, target);
        rmSync(previous, { recursive: true, force: true });
      },
    },
  };
}
