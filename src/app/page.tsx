import { useEffect, useMemo } from "react";
import { EmbedContext } from "./share/embed-context.ts";
import { KeyboardHelp } from "./keyboard/keyboard-help.tsx";
import { SkipLink } from "./keyboard/skip-link.tsx";
import { Chronology } from "./list/chronology.tsx";
import { AboutPanel } from "./panel/about-panel.tsx";
import { PanelArea } from "./panel/panel-area.tsx";
import { PrintChronology } from "./print/print-chronology.tsx";
import { SEARCH_INPUT_ID, SearchBox } from "./search/search-box.tsx";
import { TimelineArea } from "./chart/timeline-area.tsx";
import { absoluteViewUrl } from "./address-bar.ts";
import { PHONE_LAYOUT } from "./use-media-query.ts";
import { useStoryView } from "./use-story-view.ts";
import { UpdatedStamp } from "./updates/updated-stamp.tsx";
import { UpdatesContext } from "./updates/updates-context.ts";
import type { StoryModel } from "../core/story-model.ts";

const CHRONOLOGY_ID = "chronology";

export interface PageProps {
  model: StoryModel;
  /** An event to open whenever it changes (the studio's preview follows the event being edited). */
  follow?: string | undefined;
}

/** Composition only: the view state flows down, the readers' actions come back up. */
export function Page({ model, follow }: PageProps) {
  const { view, behind, actions, search, filter, chronology, updates } = useStoryView(model);
  const { select } = actions;
  useEffect(() => {
    if (follow !== undefined) select(follow);
  }, [follow, select]);
  const embedTarget = useMemo(
    () => ({ url: () => absoluteViewUrl({ ...view, embed: true }), title: model.story.title }),
    [view, model],
  );
  // The panel renders once per change of the view, not again when the chart and the list follow.
  const panel = useMemo(
    () => (
      <EmbedContext value={embedTarget}>
        <PanelArea model={model} view={view} onSelect={select} />
      </EmbedContext>
    ),
    [embedTarget, model, view, select],
  );
  // The keyboard's "Search" (Enter): the query is written to the URL now. On a phone the keyboard
  // covers the results, so it is put away and the results are brought up under the screen's top.
  const submit = (typed: string) => {
    search.flush(typed);
    if (typed.trim() === "" || !window.matchMedia(PHONE_LAYOUT).matches) return;
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    document.getElementById(CHRONOLOGY_ID)?.scrollIntoView({ block: "start" });
  };
  const { matchIds } = filter;
  // The chart and the list, the same element until what they show changes: opening an event
  // renders the panel alone, and these follow with `behind` (see useStoryView).
  const main = useMemo(
    () => (
      <main className="main">
        <TimelineArea model={model} view={behind} actions={actions} matchIds={matchIds} />
        <div className="list-area">
          <section aria-label="Chronology" id={CHRONOLOGY_ID}>
            <Chronology {...chronology} />
          </section>
          <AboutPanel model={model} />
        </div>
      </main>
    ),
    [model, behind, actions, matchIds, chronology],
  );
  return (
    <UpdatesContext value={updates}>
      {/* A search in progress (panel-phone.css: on a phone its results take the key moments' place). */}
      <div className="app" data-searching={search.query.trim() !== "" ? "" : undefined}>
        <SkipLink />
        <header className="masthead">
          <div className="masthead-text">
            <h1>{model.story.title}</h1>
            <p className="standfirst">{model.story.description}</p>
            <UpdatedStamp story={model.story} />
          </div>
          <div className="masthead-tools">
            <SearchBox
              value={search.query}
              onChange={search.setQuery}
              onSubmit={submit}
              onPrepare={filter.prepareSearch}
            />
            <KeyboardHelp searchId={SEARCH_INPUT_ID} />
          </div>
        </header>
        {/* Before the chronology in reading order: the key moments (or the open event) come first. */}
        {panel}
        {main}
        <PrintChronology model={model} />
      </div>
    </UpdatesContext>
  );
}
