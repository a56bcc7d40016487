import { useEffect, useRef, useState } from "react";
import type { Story } from "../core/schema.ts";
import type { PreviewMessage } from "./preview-message.ts";
import { PREVIEW_READY } from "./preview-message.ts";

export interface PreviewFrameProps {
  /** The story as it stands when it validates; the last story that did, otherwise. */
  story: Story | undefined;
  follow: string | undefined;
  stale: boolean;
}

/** Redrawing the chart on every key would be wasted: the preview follows once typing pauses. */
const PAUSE_MS = 400;

/**
 * The real reading view (src/studio/preview/, the reader's own Page) in a frame of the studio's
 * origin, so its address bar and history are its own; the story reaches it by postMessage.
 */
export function PreviewFrame({ story, follow, stale }: PreviewFrameProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const listen = (event: MessageEvent) => {
      if (
        event.origin === location.origin &&
        event.source === frame.current?.contentWindow &&
        event.data === PREVIEW_READY
      ) {
        setReady(true);
      }
    };
    window.addEventListener("message", listen);
    return () => window.removeEventListener("message", listen);
  }, []);
  useEffect(() => {
    if (!ready || !story) return;
    const timer = setTimeout(() => {
      const message: PreviewMessage = { kind: "timeline-studio-preview", story, follow };
      frame.current?.contentWindow?.postMessage(message, location.origin);
    }, PAUSE_MS);
    return () => clearTimeout(timer);
  }, [ready, story, follow]);
  return (
    <section className="studio-preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">Preview</h2>
      {stale ? (
        <p className="field-hint">The preview shows the last version without problems.</p>
      ) : null}
      <iframe ref={frame} src="/" title="Preview of the reading view" />
    </section>
  );
}
