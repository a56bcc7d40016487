import type { Media } from "../../core/schema.ts";
import { htmlToText } from "./html-to-text.ts";
import { isSourceKind, mediaKind } from "./media-kind.ts";
import { MEDIA_NOT_KEPT } from "./note-kinds.ts";
import type { SourceRegistry } from "./sources.ts";
import type { ImportNote } from "./summary.ts";
import { toMedia } from "./to-media.ts";
import { slideSchema } from "./timelinejs-schema.ts";

/**
 * The TimelineJS title slide → the story's title, description and lead image; its links (and a
 * sheet's title-row sources) become sources that no event cites. `name` is the file's, for a
 * story without a title slide.
 */
export function readTitle(
  raw: unknown,
  name: string,
  sources: SourceRegistry,
  report: (n: ImportNote) => void,
): { title: string; description: string; leadImage: Media | undefined } {
  const note = (action: ImportNote["action"], message: string, kind?: string) =>
    report({ where: "title", action, message, ...(kind ? { kind } : {}) });
  const parsed = raw === undefined ? undefined : slideSchema.safeParse(raw);
  if (parsed && !parsed.success) note("dropped", "the title slide is not a slide; ignored");
  const slide = parsed?.success ? parsed.data : undefined;
  const headline = htmlToText(slide?.text.headline ?? "");
  const text = htmlToText(slide?.text.text ?? "");
  for (const n of [...headline.notes, ...text.notes]) note("changed", n);

  let title = headline.text;
  if (!title) {
    title = name;
    note("changed", `no title headline; the story is titled after the file: “${title}”`);
  }
  let description = text.text;
  if (!description) {
    description = `Converted from the TimelineJS story “${name}”.`;
    note("changed", `no title text; the description says where the story came from`);
  }
  const links = [...headline.links, ...text.links];
  // A sheet's title row may list sources too: export puts there those that no event cites.
  for (const source of slide?.sheet.sources ?? []) {
    if (sources.add(source.url, source.title, source.publisher) === undefined) {
      note("dropped", `column Source URL: “${source.url}” is not a web address`);
    }
  }
  const media = slide?.media.url?.trim();
  const caption = htmlToText(slide?.media.caption ?? "").text;
  let leadImage: Media | undefined;
  if (slide && media) {
    const kind = mediaKind(media);
    if (isSourceKind(kind) && /^https?:\/\//i.test(media))
      links.push({ href: media, text: caption });
    else {
      // Its notes only if it is kept: anything but a photograph is not the story's image.
      const held: Parameters<typeof note>[] = [];
      const shown = toMedia(slide.media, kind, title, (...n) => held.push(n));
      if (shown?.kind === "image" || !shown) for (const n of held) note(...n);
      if (shown?.kind === "image") leadImage = shown;
      else if (shown) {
        const message = `${kind} ${media} not kept: the story's own image must be a photograph`;
        report({ where: "title", action: "dropped", kind: MEDIA_NOT_KEPT, message });
      }
    }
  }
  const kept = links.filter((l) => sources.add(l.href, l.text) !== undefined).length;
  if (kept > 0) {
    note("changed", `${kept} link${kept === 1 ? "" : "s"} kept as sources that no event cites`);
  }
  return { title, description, leadImage };
}
