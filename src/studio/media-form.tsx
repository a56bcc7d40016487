import { PillButton } from "../app/button/pill-button.tsx";
import { MEDIA_KINDS } from "../core/media.ts";
import { CheckField, NumberField, SelectField, TextField, useMessages } from "./field.tsx";
import { mediaFields, previewAddress } from "./media-fields.ts";
import { getIn, pathText } from "./paths.ts";
import type { Path } from "./paths.ts";
import { recordAt, recordsAt, withoutItem } from "./story-lists.ts";
import { useFields } from "./studio-context.ts";
import { Remove } from "./text-list.tsx";

/**
 * Photographs, video, sound, documents and embeds: an event's `media` and the story's
 * `leadImage`, each item's fields as the schema has them (src/core/schema.ts, mediaSchema).
 */

const KIND_NAMES = {
  image: "Image",
  video: "Video",
  audio: "Sound",
  document: "Document",
  embed: "Embed (a page on the web)",
};
const KINDS = MEDIA_KINDS.map((k) => ({ id: k, label: KIND_NAMES[k] }));

const URL_HINTS: Record<string, string> = {
  image: "An https image from a host in the story's media hosts. A file or a URL, not both.",
  video: "A YouTube or Vimeo address. A file or a URL, not both.",
  embed: "The page to show.",
};

/** A remote image as the reading view will show it; a local file as where the build takes it from. */
function Preview({ path }: { path: Path }) {
  const { story, problems } = useFields();
  const item = recordAt(story, path);
  const src = previewAddress(item, problems.has(pathText([...path, "url"])));
  if (src) {
    return (
      <figure className="studio-media-preview">
        {/* The alt text is the field above; the preview repeats nothing for a screen reader. */}
        <img src={src} alt="" referrerPolicy="no-referrer" />
        <figcaption className="field-hint">Preview</figcaption>
      </figure>
    );
  }
  const file = item.file;
  return typeof file === "string" && file !== "" ? (
    <p className="field-hint">
      From data/media/{file}: the build makes its sizes (the preview beside shows web images only).
    </p>
  ) : null;
}

export interface MediaItemProps {
  path: Path;
  legend: string;
  onRemove: () => void;
}

/** One media item's fields: those its kind takes, and any it already has. */
export function MediaItem({ path, legend, onRemove }: MediaItemProps) {
  const { story } = useFields();
  const item = recordAt(story, path);
  const shown = mediaFields(item);
  const { id, describedBy, messages } = useMessages(path);
  const at = (key: string) => [...path, key];
  const kind = typeof item.kind === "string" ? item.kind : "";
  return (
    <fieldset className="studio-group" id={id} tabIndex={-1} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {messages}
      <SelectField label="Kind" path={at("kind")} options={KINDS} />
      <TextField
        label="File in data/media/"
        path={at("file")}
        optional
        hint="Its path in data/media/: kyiv-talks.jpg, 2025/kyiv.jpg."
      />
      <TextField label="URL" path={at("url")} optional hint={URL_HINTS[kind]} />
      {shown.has("alt") ? (
        <TextField
          label="Alt text"
          path={at("alt")}
          optional
          multiline
          hint="What the image shows, for readers who cannot see it."
        />
      ) : null}
      {shown.has("decorative") ? (
        <CheckField
          label="Decorative: adds nothing a reader would miss"
          path={at("decorative")}
          onlyTrue
        />
      ) : null}
      <TextField
        label="Credit"
        path={at("credit")}
        hint="As it is to be credited: “Photo: Jane Doe / Example Agency”."
      />
      <TextField label="Caption" path={at("caption")} optional multiline />
      <TextField
        label="Link"
        path={at("link")}
        optional
        hint="A page about it: the photo's page in an archive, the document's home."
      />
      {shown.has("title") ? (
        <TextField
          label="Video title"
          path={at("title")}
          optional
          hint="Shown on its play button (else the caption, else the event's title)."
        />
      ) : null}
      {shown.has("poster") ? (
        <TextField
          label="Poster image in data/media/"
          path={at("poster")}
          optional
          hint="A still shown until it plays."
        />
      ) : null}
      {shown.has("captions") ? (
        <TextField
          label="Captions file in data/media/"
          path={at("captions")}
          optional
          hint="A WebVTT file (.vtt)."
        />
      ) : null}
      {shown.has("width") ? <NumberField label="Width in pixels" path={at("width")} /> : null}
      {shown.has("height") ? <NumberField label="Height in pixels" path={at("height")} /> : null}
      <Preview path={path} />
      <Remove what={legend.toLowerCase()} onClick={onRemove} />
    </fieldset>
  );
}

const NEW_ITEM = { kind: "image", credit: "" };

/** An event's media, the first one first. */
export function MediaList({ eventPath }: { eventPath: Path }) {
  const { story, set } = useFields();
  const path = [...eventPath, "media"];
  const items = recordsAt(story, path);
  return (
    <section className="studio-list" aria-label="Media">
      <h3>Media</h3>
      {items.map((_, i) => (
        <MediaItem
          key={i}
          path={[...path, i]}
          legend={`Media ${i + 1}`}
          onRemove={() => set(path, withoutItem(items, i))}
        />
      ))}
      <PillButton size="small" onClick={() => set(path, [...items, NEW_ITEM])}>
        Add media
      </PillButton>
    </section>
  );
}

/** The story's own image, for its share card and start page. */
export function LeadImage() {
  const { story, set } = useFields();
  if (getIn(story, ["leadImage"]) === undefined) {
    return (
      <PillButton size="small" onClick={() => set(["leadImage"], NEW_ITEM)}>
        Add a lead image
      </PillButton>
    );
  }
  return (
    <MediaItem
      path={["leadImage"]}
      legend="Lead image"
      onRemove={() => set(["leadImage"], undefined)}
    />
  );
}
