import { remoteVideo, shownImage } from "../../core/media.ts";
import type { Media } from "../../core/schema.ts";
import { MEDIA_BASE, useMediaIndex } from "./media-context.ts";

export interface PrintMediaProps {
  media: readonly Media[] | undefined;
  eventTitle: string;
}

/**
 * An event's media on paper: each image with its caption and credit (loaded eagerly: a print
 * cannot wait for a lazy image), anything else as its title and address.
 */
export function PrintMedia({ media, eventTitle }: PrintMediaProps) {
  const index = useMediaIndex();
  if (!media || media.length === 0) return null;
  return (
    <>
      {media.map((m, i) => {
        const image = shownImage(m, index);
        const video = m.url !== undefined ? remoteVideo(m.url) : undefined;
        const address = video?.pageUrl ?? m.url;
        return (
          <figure key={i} className="print-media">
            {image ? (
              <img
                src={image.local ? MEDIA_BASE + image.src : image.src}
                width={image.width}
                height={image.height}
                alt={image.alt}
              />
            ) : (
              <p>
                {m.kind === "video" ? "Video" : m.kind === "audio" ? "Audio" : "Document"}:{" "}
                {m.title ?? m.caption ?? eventTitle}
                {address && ` (${address})`}
              </p>
            )}
            <figcaption>
              {m.caption && `${m.caption} `}
              {m.credit}
            </figcaption>
          </figure>
        );
      })}
    </>
  );
}
