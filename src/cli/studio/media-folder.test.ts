import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readMediaFolder } from "./media-folder.ts";

describe("the media folder the studio checks local files against", () => {
  it("lists every file by its path there, with / between folders, in order", () => {
    const dir = mkdtempSync(join(tmpdir(), "studio-media-"));
    mkdirSync(join(dir, "2025"));
    writeFileSync(join(dir, "kyiv.jpg"), "");
    writeFileSync(join(dir, "2025", "talks.jpg"), "");
    expect(readMediaFolder(dir)).toEqual({ dir, files: ["2025/talks.jpg", "kyiv.jpg"] });
  });

  it("has no files when the folder does not exist (yet)", () => {
    const dir = join(tmpdir(), "studio-media-none", "media");
    expect(readMediaFolder(dir)).toEqual({ dir, files: [] });
  });
});
