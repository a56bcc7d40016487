import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { listedMediaFiles } from "../../core/media-checks.ts";
import { readStoryFile, saveDraft, saveStory } from "./story-file.ts";

const FIXTURE = readFileSync("e2e/fixtures/small-story.json", "utf8");
let file: string;

beforeEach(() => {
  const folder = mkdtempSync(join(tmpdir(), "studio-file-"));
  file = join(folder, "story.json");
  writeFileSync(file, FIXTURE);
});

const edited = (title: string) => ({ ...(JSON.parse(FIXTURE) as object), title });

describe("saveStory", () => {
  it("writes the edit as the only change, formatted, and leaves no temporary file", async () => {
    const { version } = readStoryFile(file);
    const result = await saveStory(file, version, edited("A retitled story"));
    expect(result.kind).toBe("saved");
    const text = readFileSync(file, "utf8");
    expect(text).toBe(FIXTURE.replace('"A small fixture story"', '"A retitled story"'));
    expect(readdirSync(join(file, ".."))).toEqual(["story.json"]);
  });

  it("refuses to write over a file that changed on disk since it was read", async () => {
    const { version } = readStoryFile(file);
    const theirs = FIXTURE.replace("Four events", "Five events");
    writeFileSync(file, theirs);
    const result = await saveStory(file, version, edited("Mine"));
    expect(result).toMatchObject({ kind: "conflict", file: { text: theirs } });
    expect(readFileSync(file, "utf8")).toBe(theirs);
  });

  it("never writes a story that does not validate, and names its problem", async () => {
    const { version } = readStoryFile(file);
    const result = await saveStory(file, version, edited(""));
    expect(result).toMatchObject({ kind: "invalid", problems: [{ path: "title" }] });
    expect(readFileSync(file, "utf8")).toBe(FIXTURE);
  });

  it("refuses a local media file that is not in the media folder, as the build would", async () => {
    const { version } = readStoryFile(file);
    const story = JSON.parse(FIXTURE) as { events: Record<string, unknown>[] };
    story.events[0]!.media = [{ kind: "image", file: "talks.jpg", alt: "A", credit: "Photo: B" }];
    const none = listedMediaFiles("data/media", []);
    expect(await saveStory(file, version, story, none)).toMatchObject({
      kind: "invalid",
      problems: [
        {
          path: "events[0].media[0].file",
          message: `"talks.jpg" is not in data/media/ (looked for data/media/talks.jpg); add the file there or correct the name`,
        },
      ],
    });
    expect(readFileSync(file, "utf8")).toBe(FIXTURE);
    const there = listedMediaFiles("data/media", ["talks.jpg"]);
    expect(await saveStory(file, version, story, there)).toMatchObject({ kind: "saved" });
  });
});

describe("saveDraft", () => {
  it("keeps a story with problems beside the file, never over it", async () => {
    const draft = await saveDraft(file, edited(""));
    expect(draft).toBe(join(file, "..", "story.draft.json"));
    expect(JSON.parse(readFileSync(draft, "utf8"))).toMatchObject({ title: "" });
    expect(readFileSync(file, "utf8")).toBe(FIXTURE);
  });
});
