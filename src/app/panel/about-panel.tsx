import { memo } from "react";
import type { StoryModel } from "../../core/story-model.ts";
import { CORRECTIONS_HEADING } from "../../core/citation.ts";
import { changeLog } from "../../core/updates.ts";
import "./panel.css";
import { ChangesLog } from "../updates/changes-log.tsx";
import { useLoadedStory } from "../whole-story.ts";

export interface AboutPanelProps {
  model: StoryModel;
}

/** "About this timeline": its method, its corrections and the log of changes, at the end of the page. */
// Memoized: it renders with the list (page.tsx), which every keystroke of a search renders again.
export const AboutPanel = memo(function AboutPanel({ model }: AboutPanelProps) {
  const { story } = model;
  // The method notes come with the story's details (see whole-story.ts).
  const about = useLoadedStory(model)?.story.about ?? [];
  const corrections = story.corrections ?? [];
  // A story without method notes may still have changes to list.
  if (about.length === 0 && corrections.length === 0 && changeLog(model).length === 0) return null;
  return (
    <section className="about-panel" aria-labelledby="about-title">
      <h2 id="about-title">About this timeline</h2>
      {about.map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
      {corrections.length > 0 && (
        <>
          <h3>{CORRECTIONS_HEADING}</h3>
          {corrections.map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </>
      )}
      <ChangesLog model={model} />
    </section>
  );
});
