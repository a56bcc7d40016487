import type { StoryModel } from "../../core/story-model.ts";
import { CORRECTIONS_HEADING } from "../../core/citation.ts";
import { EmbedButton } from "../share/embed-button.tsx";
import { ShareButton } from "../share/share-button.tsx";
import { ChangesLog } from "../updates/changes-log.tsx";

export interface AboutPanelProps {
  model: StoryModel;
  shareUrl: () => string;
}

/** What the panel area shows while no event is open: how to use the timeline, and about it. */
export function AboutPanel({ model, shareUrl }: AboutPanelProps) {
  const { story } = model;
  return (
    <section className="about-panel" aria-labelledby="about-title">
      <h2 id="about-title">About this timeline</h2>
      <div className="how-to">
        <p>
          Choose an event on the timeline or in the list to read what happened, who said what, and
          where it was published. Drag the timeline or use its buttons to move through time and
          zoom; search and filter to narrow the list.
        </p>
        <p>
          Every view has its own address: the open event, the period shown, the search and the
          filters. Share it, or link to a single quote.
        </p>
        <ShareButton url={shareUrl} title={story.title} />
        <EmbedButton />
      </div>
      {story.about?.map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
      {story.corrections && story.corrections.length > 0 && (
        <>
          <h3>{CORRECTIONS_HEADING}</h3>
          {story.corrections.map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </>
      )}
      <ChangesLog model={model} />
    </section>
  );
}
