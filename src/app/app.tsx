import story, { details, media } from "virtual:story";
import { buildStoryModel } from "../core/story-model.ts";
import { readView } from "./address-bar.ts";
import { EmbedApp } from "./embed/embed-app.tsx";
import { MediaContext } from "./media/media-context.ts";
import { Page } from "./page.tsx";
import { useLoadedDetails, WholeStoryContext } from "./whole-story.ts";

// The story's brief: its details follow (see whole-story.ts).
const model = buildStoryModel(story);

// A page is the embed (<base>embed/…) or the full page for its whole life: its history stays in one.
const embedded = readView().embed;

/** The full page, or the embed for a frame on another site. */
export function App() {
  const whole = useLoadedDetails(model, details);
  return (
    <MediaContext value={media}>
      <WholeStoryContext value={whole}>
        {embedded ? <EmbedApp model={model} /> : <Page model={model} />}
      </WholeStoryContext>
    </MediaContext>
  );
}
