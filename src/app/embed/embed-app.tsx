import { useMemo, useState } from "react";
import { Chronology } from "../list/chronology.tsx";
import type { StoryModel } from "../../core/story-model.ts";
import { PanelArea } from "../panel/panel-area.tsx";
import { TimelineArea } from "../chart/timeline-area.tsx";
import { viewUrl } from "../address-bar.ts";
import { useStoryView } from "../use-story-view.ts";
import { EmbedBar } from "./embed-bar.tsx";
import { useLinksOutInNewTab } from "./use-links-out.ts";
import "./embed.css";

const LIST_ID = "embed-list";

export interface EmbedAppProps {
  model: StoryModel;
}

/**
 * The embed (`<base>embed/…`), composed like the full page without its masthead: the timeline and
 * the panel fill the frame, the accessible list waits behind a toggle, and a link opens the full
 * page in a new tab. Its address is its own, so choosing events moves through the frame's history
 * and a link into the embed reopens the same view.
 */
export function EmbedApp({ model }: EmbedAppProps) {
  const { view, behind, actions, filter, chronology } = useStoryView(model);
  const [listOpen, setListOpen] = useState(false);
  useLinksOutInNewTab();
  // The full page's view: the way out of the embed, and what Share hands on.
  const page = useMemo(() => ({ ...view, embed: false }), [view]);
  const { matchIds } = filter;
  // As on the full page: the panel paints first, the chart and the list follow (useStoryView).
  const chart = useMemo(
    () => <TimelineArea model={model} view={behind} actions={actions} matchIds={matchIds} />,
    [model, behind, actions, matchIds],
  );
  const list = useMemo(() => <Chronology {...chronology} />, [chronology]);
  const panel = useMemo(
    () => <PanelArea model={model} view={page} onSelect={actions.select} />,
    [model, page, actions],
  );
  return (
    <div className="embed-app">
      <EmbedBar
        title={model.story.title}
        pageUrl={viewUrl(page)}
        listId={LIST_ID}
        listOpen={listOpen}
        onToggleList={() => setListOpen((open) => !open)}
      />
      <main className="embed-main">
        {chart}
        <section id={LIST_ID} className="embed-list" aria-label="Chronology" hidden={!listOpen}>
          {list}
        </section>
      </main>
      {panel}
    </div>
  );
}
