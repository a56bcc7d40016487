import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import react from "@vitejs/plugin-react";
import { createServer } from "vite";
import { studioPlugin } from "./studio/studio-plugin.ts";

/**
 * `npm run studio [-- story.json] [--port 5180]`: the story editor, for the person at this
 * machine. It listens on 127.0.0.1 only and writes only the file it is given (data/events.json
 * by default) and that file's draft beside it.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const USAGE = "usage: npm run studio [-- path/to/story.json] [--port 5180]";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { port: { type: "string" }, help: { type: "boolean", short: "h" } },
});
if (values.help || positionals.length > 1) {
  console.error(USAGE);
  process.exit(values.help ? 0 : 2);
}
const file = resolve(positionals[0] ?? resolve(ROOT, "data/events.json"));
if (!existsSync(file) || !file.endsWith(".json")) {
  console.error(`${file}: no such story file (a .json file). ${USAGE}`);
  process.exit(2);
}
const port = Number(values.port ?? 5180);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`--port ${values.port}: not a port number`);
  process.exit(2);
}

const server = await createServer({
  configFile: false,
  root: ROOT,
  appType: "custom",
  // The reader's index.html is not served here; scanning it would look for its virtual modules.
  optimizeDeps: { entries: ["src/studio/index.html", "src/studio/preview/index.html"] },
  logLevel: "warn",
  plugins: [react(), studioPlugin({ file, token: randomBytes(24).toString("hex") })],
  server: { host: "127.0.0.1", port, strictPort: true },
});
await server.listen();
const shown = relative(process.cwd(), file);
console.log(`Studio on ${shown.startsWith("..") ? file : shown}: http://127.0.0.1:${port}/studio/`);
