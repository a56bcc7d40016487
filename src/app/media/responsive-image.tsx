import { srcsetOf } from "../../core/media.ts";
import type { ShownImage } from "../../core/media.ts";
import { MEDIA_BASE } from "./media-context.ts";

export interface ResponsiveImageProps {
  image: ShownImage;
  /** The `sizes` attribute: how wide the image is laid out. */
  sizes: string;
  /** In view when it appears (the panel's first image): fetched at once, not lazily. */
  eager: boolean;
  className?: string;
}

/**
 * A processed local image as a <picture> (WebP first, the JPEG or PNG fallback in the <img>), or a
 * remote image; `width` and `height` reserve its room, so nothing moves as it loads.
 */
export function ResponsiveImage({ image, sizes, eager, className }: ResponsiveImageProps) {
  const fallback = image.formats.at(-1);
  return (
    <picture className={className}>
      {image.formats.slice(0, -1).map((f) => (
        <source key={f.type} type={f.type} srcSet={srcsetOf(f, MEDIA_BASE)} sizes={sizes} />
      ))}
      <img
        src={image.local ? MEDIA_BASE + image.src : image.src}
        srcSet={fallback && srcsetOf(fallback, MEDIA_BASE)}
        sizes={fallback && sizes}
        width={image.width}
        height={image.height}
        alt={image.alt}
        loading={eager ? "eager" : "lazy"}
        decoding="async"
        // A remote host learns nothing of the page the reader is on.
        referrerPolicy={image.local ? undefined : "no-referrer"}
        data-sized={image.width !== undefined ? "" : undefined}
      />
    </picture>
  );
}
