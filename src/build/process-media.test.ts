import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validStory } from "../core/fixtures/mutable-story.ts";
import type { Story } from "../core/schema.ts";
import { processMedia } from "./process-media.ts";

const dir = mkdtempSync(join(tmpdir(), "process-media-"));

/** The fixture story with these media on its first event. */
function storyWith(...media: Record<string, unknown>[]): Story {
  const s = validStory();
  s.events[0]!.media = media;
  return s as unknown as Story;
}
const image = (file: string) => ({ kind: "image", file, alt: "A drawn square", credit: "Tests" });

beforeAll(async () => {
  // Drawn here: 2,000 × 1,000 px, opaque; and a small one with transparency.
  await sharp({ create: { width: 2000, height: 1000, channels: 3, background: "#3a7" } })
    .jpeg()
    .toFile(join(dir, "wide.jpg"));
  await sharp({ create: { width: 300, height: 300, channels: 4, background: "#3a78" } })
    .png()
    .toFile(join(dir, "clear.png"));
  writeFileSync(join(dir, "broken.jpg"), "this is not a picture");
  await sharp({ create: { width: 8000, height: 8000, channels: 3, background: "#000" } })
    .png()
    .toFile(join(dir, "huge.png"));
  writeFileSync(join(dir, "clip.mp4"), "not really a video, copied as it is");
}, 30_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the build's media step", () => {
  it("makes a photograph into WebP and JPEG at each width up to 1,600 px, named by its hash", async () => {
    const done = await processMedia(storyWith(image("wide.jpg")), dir, "story.json");
    if (typeof done === "string") throw new Error(done);
    const wide = done.index["wide.jpg"];
    expect(wide).toMatchObject({ kind: "image", width: 1600, height: 800 });
    if (wide?.kind !== "image") throw new Error("not an image");
    expect(wide.formats.map((f) => [f.type, f.files.map((x) => x.width)])).toEqual([
      ["image/webp", [480, 800, 1200, 1600]],
      ["image/jpeg", [480, 800, 1200, 1600]],
    ]);
    expect(wide.src).toEqual({
      path: expect.stringMatching(/^media\/wide-[0-9a-f]{10}-1200\.jpg$/),
      width: 1200,
      height: 600,
    });
    expect(done.files).toHaveLength(8);
    const made = await sharp(
      done.files.find((f) => f.fileName.endsWith("-800.webp"))!.source,
    ).metadata();
    expect([made.format, made.width, made.height]).toEqual(["webp", 800, 400]);
  });

  it("keeps an image with transparency as PNG, never wider than it is", async () => {
    const done = await processMedia(storyWith(image("clear.png")), dir, "story.json");
    if (typeof done === "string") throw new Error(done);
    const clear = done.index["clear.png"];
    if (clear?.kind !== "image") throw new Error("not an image");
    expect(clear.formats.map((f) => [f.type, f.files.map((x) => x.width)])).toEqual([
      ["image/webp", [300]],
      ["image/png", [300]],
    ]);
  });

  it("copies a video under a hashed name with its type", async () => {
    const done = await processMedia(
      storyWith({ kind: "video", file: "clip.mp4", credit: "Tests" }),
      dir,
      "story.json",
    );
    if (typeof done === "string") throw new Error(done);
    expect(done.index["clip.mp4"]).toEqual({
      kind: "file",
      path: expect.stringMatching(/^media\/clip-[0-9a-f]{10}\.mp4$/),
      type: "video/mp4",
    });
  });

  it("refuses a broken image, naming the story, the path and the file", async () => {
    const done = await processMedia(
      storyWith(image("wide.jpg"), image("broken.jpg")),
      dir,
      "story.json",
    );
    expect(done).toMatch(
      new RegExp(
        `^story\\.json  events\\[0\\]\\.media\\[1\\]\\.file  ${join(dir, "broken.jpg")}: cannot be read as an image \\(.+\\); export it again as JPEG, PNG or WebP$`,
      ),
    );
  });

  it("refuses an image of more than 60 megapixels", async () => {
    const done = await processMedia(storyWith(image("huge.png")), dir, "story.json");
    expect(done).toBe(
      `story.json  events[0].media[0].file  ${join(dir, "huge.png")}: the image is larger than 60 megapixels; export it smaller (2,000–4,000 px wide is plenty)`,
    );
  });
});
