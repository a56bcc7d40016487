import { describe, expect, it } from "vitest";
import { mediaFields, previewAddress } from "./media-fields.ts";

const shown = (item: Record<string, string | number | boolean>) => [...mediaFields(item)];

describe("the fields a media item's form offers", () => {
  it("gives an image alt text and the decorative choice, and a remote one its size", () => {
    expect(shown({ kind: "image" })).toEqual([
      "kind",
      "file",
      "url",
      "alt",
      "decorative",
      "credit",
      "caption",
      "link",
    ]);
    expect(shown({ kind: "image", url: "https://a.example/x.jpg" })).toContain("width");
  });

  it("gives a video a title and a poster, and captions only for a local file", () => {
    const remote = shown({ kind: "video", url: "https://youtu.be/abcdefg" });
    expect(remote).toEqual(expect.arrayContaining(["title", "poster"]));
    expect(remote).not.toContain("alt");
    expect(remote).not.toContain("captions");
    expect(shown({ kind: "video", file: "a.mp4" })).toContain("captions");
  });

  it("gives an embed no alt text, but still shows whatever an item already has", () => {
    expect(shown({ kind: "embed" })).toEqual(["kind", "file", "url", "credit", "caption", "link"]);
    expect(shown({ kind: "embed", alt: "x", width: 3 })).toEqual(
      expect.arrayContaining(["alt", "width"]),
    );
  });
});

describe("the preview of a media item", () => {
  const image = { kind: "image", url: "https://images.example.org/a.jpg" };

  it("shows a remote https image the validator accepts", () => {
    expect(previewAddress(image, false)).toBe("https://images.example.org/a.jpg");
  });

  it("shows nothing for an address with problems, plain http, a local file or a video", () => {
    expect(previewAddress(image, true)).toBeUndefined();
    expect(previewAddress({ ...image, url: "http://images.example.org/a.jpg" }, false)).toBe(
      undefined,
    );
    expect(previewAddress({ kind: "image", file: "a.jpg" }, false)).toBeUndefined();
    expect(previewAddress({ ...image, kind: "video" }, false)).toBeUndefined();
  });
});
