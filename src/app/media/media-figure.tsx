import { httpUrl } from "../../core/http-url.ts";
import { copiedPath, remoteVideo, shownImage } from "../../core/media.ts";
import type { Media } from "../../core/schema.ts";
import { MEDIA_BASE, useMediaIndex } from "./media-context.ts";
import { ResponsiveImage } from "./responsive-image.tsx";
import { VideoFacade } from "./video-facade.tsx";

/** The panel's figure is at most the reading measure wide (40rem); the whole width on phones. */
export const PANEL_SIZES = "(min-width: 44rem) 40rem, 100vw";

export interface MediaFigureProps {
  media: Media;
  /** The event's title: a video without a title or caption is named by it. */
  eventTitle: string;
  /** The first item of an open event is in view: fetched at once. */
  eager: boolean;
}

/** One photograph, video, sound or document with its caption and credit (all plain text). */
export function MediaFigure({ media, eventTitle, eager }: MediaFigureProps) {
  const index = useMediaIndex();
  const image = shownImage(media, index);
  const file = copiedPath(media.file, index);
  const video = media.url !== undefined ? remoteVideo(media.url) : undefined;
  const name = media.title ?? media.caption ?? eventTitle;
  let shown;
  if (image) {
    shown = (
      <ResponsiveImage className="media-image" image={image} sizes={PANEL_SIZES} eager={eager} />
    );
  } else if (media.kind === "video" && video) {
    const poster = media.poster
      ? shownImage({ kind: "image", file: media.poster }, index)
      : undefined;
    shown = <VideoFacade video={video} title={name} poster={poster} />;
  } else if (media.kind === "video" && file) {
    const captions = copiedPath(media.captions, index);
    const poster = media.poster
      ? shownImage({ kind: "image", file: media.poster }, index)
      : undefined;
    shown = (
      <video
        className="media-video"
        controls
        preload="none"
        poster={poster && MEDIA_BASE + poster.src}
        aria-label={name}
      >
        <source src={MEDIA_BASE + file.path} type={file.type} />
        {captions && (
          <track kind="captions" src={MEDIA_BASE + captions.path} label="Captions" default />
        )}
      </video>
    );
  } else if (media.kind === "audio" && file) {
    shown = <audio controls preload="none" src={MEDIA_BASE + file.path} aria-label={name} />;
  } else {
    const href = (media.url && httpUrl(media.url)) ?? (file ? MEDIA_BASE + file.path : undefined);
    shown = href && (
      <p className="media-link">
        <a href={href} target="_blank" rel="noopener noreferrer">
          {media.kind === "document" ? "Document" : "Link"}: {name}
        </a>
      </p>
    );
  }
  return (
    <figure className="media-figure" data-kind={media.kind}>
      {shown}
      <figcaption>
        {media.caption && <span className="media-caption">{media.caption} </span>}
        <span className="media-credit">{media.credit}</span>
        {media.link && httpUrl(media.link) && (
          <>
            {" "}
            <a href={media.link} target="_blank" rel="noopener noreferrer">
              About this {media.kind}
            </a>
          </>
        )}
      </figcaption>
    </figure>
  );
}

export interface EventMediaProps {
  media: readonly Media[] | undefined;
  eventTitle: string;
}

/** An event's media, in the story's order; the first is fetched at once, the rest lazily. */
export function EventMedia({ media, eventTitle }: EventMediaProps) {
  if (!media || media.length === 0) return null;
  return (
    <div className="event-media">
      {media.map((m, i) => (
        <MediaFigure key={i} media={m} eventTitle={eventTitle} eager={i === 0} />
      ))}
    </div>
  );
}
