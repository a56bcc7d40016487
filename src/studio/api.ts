import type { Problem } from "../core/validate.ts";

/**
 * The studio's requests to its server (src/cli/studio/studio-plugin.ts). Each carries the run's
 * token from the page's <meta>: the server refuses requests without it.
 */

export interface DiskFile {
  name: string;
  text: string;
  version: string;
  /** The media folder the build reads ("data/media") and its files, by path there. */
  media: { dir: string; files: string[] };
}

export type SaveReply =
  | { kind: "saved"; file: { text: string; version: string } }
  | { kind: "conflict"; file: { text: string; version: string } }
  | { kind: "invalid"; problems: Problem[] };

const URL_ = "/__studio/story";

function token(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="studio-token"]')?.content ?? "";
}

async function call<T>(method: string, body?: unknown): Promise<T> {
  const response = await fetch(URL_, {
    method,
    headers: { "Content-Type": "application/json", "X-Studio-Token": token() },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const reply = (await response.json()) as T | { error: string };
  if (typeof reply === "object" && reply !== null && "error" in reply) throw new Error(reply.error);
  return reply as T;
}

export const readDisk = () => call<DiskFile>("GET");

export const saveToDisk = (base: string, story: unknown) => call<SaveReply>("PUT", { base, story });

export const saveDraft = (story: unknown) => call<{ draft: string }>("POST", { story });
