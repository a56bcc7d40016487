import type { Story } from "../core/schema.ts";

/** What the studio tells its preview frame: the story as it stands (validated) and the event open. */
export interface PreviewMessage {
  kind: "timeline-studio-preview";
  story: Story;
  follow: string | undefined;
}

export const PREVIEW_READY = "timeline-studio-preview-ready";

export function isPreviewMessage(data: unknown): data is PreviewMessage {
  return (
    typeof data === "object" &&
    data !== null &&
    (data as { kind?: unknown }).kind === "timeline-studio-preview"
  );
}
