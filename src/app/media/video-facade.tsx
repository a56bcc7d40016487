import { useState } from "react";
import type { RemoteVideo } from "../../core/media.ts";
import type { ShownImage } from "../../core/media.ts";
import { ResponsiveImage } from "./responsive-image.tsx";

export interface VideoFacadeProps {
  video: RemoteVideo;
  title: string;
  poster: ShownImage | undefined;
}

const HOST_NAMES = { youtube: "YouTube", vimeo: "Vimeo" } as const;

/**
 * A YouTube or Vimeo video as a button with its title (and its poster, a local image): nothing is
 * asked of the video's host until the reader presses play, and then only its privacy-enhanced
 * player (youtube-nocookie.com, Vimeo with dnt=1).
 */
export function VideoFacade({ video, title, poster }: VideoFacadeProps) {
  const [playing, setPlaying] = useState(false);
  const host = HOST_NAMES[video.host];
  if (playing) {
    return (
      <div className="video-frame">
        <iframe
          src={video.embedUrl}
          title={`${title} (${host})`}
          allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
          allowFullScreen
          referrerPolicy="strict-origin-when-cross-origin"
        />
      </div>
    );
  }
  return (
    <div className="video-frame">
      {poster && (
        <ResponsiveImage
          className="video-poster"
          image={{ ...poster, alt: "" }}
          sizes="40rem"
          eager={false}
        />
      )}
      <button type="button" className="video-play" onClick={() => setPlaying(true)}>
        <span className="video-play-icon" aria-hidden="true" />
        <span className="video-title">
          <span className="visually-hidden">Play video: </span>
          {title}
        </span>
        <span className="video-host">Plays from {host} when you press play</span>
      </button>
    </div>
  );
}
