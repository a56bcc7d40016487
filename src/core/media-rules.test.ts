import { describe, expect, it } from "vitest";
import { validStory } from "./fixtures/mutable-story.ts";
import type { MutableStory } from "./fixtures/mutable-story.ts";
import { mediaOrigins, remoteVideo } from "./media.ts";
import type { MediaFiles } from "./media-checks.ts";
import { validateStoryText } from "./validate.ts";

const PHOTO = {
  kind: "image",
  file: "harbour.jpg",
  alt: "Boats in the harbour",
  credit: "Photo: A. Photographer",
};

const files: MediaFiles = { dir: "data/media", exists: (name) => name === "harbour.jpg" };

const problemsOf = (mutate: (s: MutableStory) => void, media: MediaFiles | null = files) => {
  const s = validStory();
  mutate(s);
  const result = validateStoryText("story.json", JSON.stringify(s, null, 2), media ?? undefined);
  return result.ok ? [] : result.problems.map((p) => [p.path, p.message, p.line > 1]);
};
const withMedia =
  (...media: Record<string, unknown>[]) =>
  (s: MutableStory) => {
    s.events[0]!.media = media;
  };

describe("an event's media", () => {
  it("are accepted: a local photograph, a remote one from a listed host, a video", () => {
    const problems = problemsOf((s) => {
      s.mediaHosts = ["upload.wikimedia.org"];
      s.leadImage = PHOTO;
      withMedia(
        PHOTO,
        {
          ...PHOTO,
          file: undefined,
          url: "https://upload.wikimedia.org/a.jpg",
          decorative: true,
          alt: undefined,
        },
        { kind: "video", url: "https://youtu.be/abcdef12345", credit: "Video: Channel" },
      )(s);
    });
    expect(problems).toEqual([]);
  });

  it("refuses an image without alt text, saying how to mark a decorative one", () => {
    expect(problemsOf(withMedia({ ...PHOTO, alt: undefined }))).toEqual([
      [
        "events[0].media[0].alt",
        'is required for an image: say what it shows for readers who cannot see it, or set "decorative": true when it adds nothing',
        true,
      ],
    ]);
  });

  it("refuses media without a credit", () => {
    expect(problemsOf(withMedia({ ...PHOTO, credit: undefined }))).toEqual([
      ["events[0].media[0].credit", "is required", true],
    ]);
  });

  it("refuses a local file that is not in the media folder, naming where it looked", () => {
    expect(problemsOf(withMedia({ ...PHOTO, file: "harbor.jpg" }))).toEqual([
      [
        "events[0].media[0].file",
        '"harbor.jpg" is not in data/media/ (looked for data/media/harbor.jpg); add the file there or correct the name',
        true,
      ],
    ]);
  });

  it("does not look for files when the caller cannot (the story's text alone)", () => {
    expect(problemsOf(withMedia({ ...PHOTO, file: "harbor.jpg" }), null)).toEqual([]);
  });

  it("refuses a path that climbs out of the media folder", () => {
    const problems = problemsOf(withMedia({ ...PHOTO, file: "../secrets.jpg" }));
    expect(problems.map((p) => p[0])).toEqual(["events[0].media[0].file"]);
    expect(problems[0]![1]).toContain("must be a file in data/media/");
  });

  it("refuses a video from a host we cannot play privately, naming it", () => {
    expect(
      problemsOf(withMedia({ kind: "video", url: "https://videos.example.com/v/1", credit: "X" })),
    ).toEqual([
      [
        "events[0].media[0].url",
        'video host "videos.example.com" is not one we can play privately: use a YouTube or Vimeo video\'s address, or a local .mp4/.webm "file"',
        true,
      ],
    ]);
  });

  it("refuses a remote image from a host the story does not list", () => {
    const remote = { ...PHOTO, file: undefined, url: "https://cdn.example.net/a.jpg" };
    expect(problemsOf(withMedia(remote))).toEqual([
      [
        "events[0].media[0].url",
        'image host "cdn.example.net" is not in the story\'s "mediaHosts"; add "cdn.example.net" there (readers\' browsers will fetch the image from it) or use a local "file"',
        true,
      ],
    ]);
  });

  it("refuses both a file and a url, and neither", () => {
    expect(
      problemsOf(withMedia({ ...PHOTO, url: "https://example.org/a.jpg" })).map((p) => p[0]),
    ).toContain("events[0].media[0].url");
    expect(problemsOf(withMedia({ ...PHOTO, file: undefined }))).toEqual([
      ["events[0].media[0].file", 'needs a "file" (in data/media/) or a "url"', true],
    ]);
  });

  it("refuses a file of the wrong kind, and an unknown kind", () => {
    expect(problemsOf(withMedia({ ...PHOTO, kind: "video", alt: undefined }))[0]?.[1]).toBe(
      '"harbour.jpg" is not a video file we can show; use .mp4, .webm',
    );
    expect(problemsOf(withMedia({ ...PHOTO, kind: "tweet" }))[0]?.[1]).toBe(
      'must be one of "image", "video", "audio", "document", "embed"',
    );
  });
});

describe("remote videos", () => {
  it.each([
    ["https://www.youtube.com/watch?v=abcdef12345", "youtube", "abcdef12345"],
    ["https://youtu.be/abcdef12345?t=10", "youtube", "abcdef12345"],
    ["https://www.youtube.com/embed/abcdef12345", "youtube", "abcdef12345"],
    ["https://vimeo.com/123456789", "vimeo", "123456789"],
    ["https://player.vimeo.com/video/123456789", "vimeo", "123456789"],
  ])("%s is a %s video", (url, host, id) => {
    expect(remoteVideo(url)).toMatchObject({ host, id });
  });

  it("play from the privacy-enhanced players only", () => {
    expect(remoteVideo("https://youtu.be/abcdef12345")?.embedUrl).toBe(
      "https://www.youtube-nocookie.com/embed/abcdef12345?autoplay=1",
    );
    expect(remoteVideo("https://vimeo.com/123456")?.embedUrl).toContain("dnt=1");
  });

  it("are not recognised on other hosts or without an id", () => {
    expect(remoteVideo("https://www.youtube.com/")).toBeUndefined();
    expect(remoteVideo("https://notyoutube.com/watch?v=abcdef12345")).toBeUndefined();
    expect(remoteVideo("https://vimeo.com/channels/staff")).toBeUndefined();
  });
});

describe("the media origins of a story's policy", () => {
  it("name exactly the listed image hosts and each video player once", () => {
    expect(
      mediaOrigins(
        ["upload.wikimedia.org", "images.example.org"],
        [
          { kind: "video", url: "https://youtu.be/abcdef12345" },
          { kind: "video", url: "https://www.youtube.com/watch?v=abcdef12346" },
          { kind: "image", url: "https://images.example.org/a.jpg" },
        ],
      ),
    ).toEqual({
      img: ["https://images.example.org", "https://upload.wikimedia.org"],
      frame: ["https://www.youtube-nocookie.com"],
    });
  });
});
