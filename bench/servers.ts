import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";

/** Resolves once `url` answers 200, polling; throws after `timeoutMs`. */
export async function waitForServer(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** `vite preview` of a build folder on 127.0.0.1:`port`, answering when this resolves. */
export async function servePreview(dir: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      "node_modules/vite/bin/vite.js",
      "preview",
      "--outDir",
      dir,
      "--port",
      String(port),
      "--strictPort",
      "--host",
      "127.0.0.1",
    ],
    { stdio: "ignore" },
  );
  try {
    await waitForServer(`http://127.0.0.1:${port}/`);
  } catch (error) {
    child.kill("SIGTERM");
    throw error;
  }
  return child;
}
