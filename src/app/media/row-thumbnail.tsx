import { shownImage } from "../../core/media.ts";
import type { Media } from "../../core/schema.ts";
import { useMediaIndex } from "./media-context.ts";
import { ResponsiveImage } from "./responsive-image.tsx";

export interface RowThumbnailProps {
  media: readonly Media[] | undefined;
}

/** A list row's small picture of its event's first image; decorative (the row names the event). */
export function RowThumbnail({ media }: RowThumbnailProps) {
  const index = useMediaIndex();
  const first = media?.find((m) => m.kind === "image");
  const image = first && shownImage(first, index);
  if (!image) return null;
  return (
    <ResponsiveImage
      className="row-thumbnail"
      image={{ ...image, alt: "" }}
      sizes="4rem"
      eager={false}
    />
  );
}
