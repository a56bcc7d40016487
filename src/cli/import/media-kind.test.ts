import { describe, expect, it } from "vitest";
import { isSourceKind, mediaKind } from "./media-kind.ts";

describe("mediaKind", () => {
  it.each([
    ["https://upload.wikimedia.org/wikipedia/commons/a/a4/Portrait.jpg", "image"],
    ["https://commons.wikimedia.org/wiki/File:HST-SM4.jpeg", "image"],
    ["https://www.flickr.com/photos/someone/123", "image"],
    ["img/photo.png", "image"],
    ["https://m.youtube.com/watch?v=abc", "video"],
    ["https://uploads.example.org/clip.mp4", "video"],
    ["https://soundcloud.com/artist/track", "audio"],
    ["https://twitter.com/someone/status/1", "social post"],
    ["https://bsky.app/profile/someone/post/1", "social post"],
    ["https://www.google.com/maps/@42.03,-87.66,15z", "map"],
    ["<iframe src='https://example.org/embed'></iframe>", "embed"],
    ["https://www.documentcloud.org/documents/1-report.html", "document"],
    ["https://example.org/report.pdf", "document"],
    ["https://en.wikipedia.org/wiki/Synod_of_Whitby", "web page"],
  ])("reads %s as %s", (url, kind) => {
    expect(mediaKind(url)).toBe(kind);
  });

  it("lets only documents and web pages stand as sources", () => {
    expect(isSourceKind("document")).toBe(true);
    expect(isSourceKind("web page")).toBe(true);
    expect(isSourceKind("image")).toBe(false);
    expect(isSourceKind("video")).toBe(false);
  });
});
