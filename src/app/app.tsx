import story, { media } from "virtual:story";
import { MediaContext } from "./media/media-context.ts";
import { EmbedApp } from "./embed/embed-app.tsx";
import { EmbedContext } from "./share/embed-context.ts";
import { KeyboardHelp } from "./keyboard/keyboard-help.tsx";
import { SkipLink } from "./keyboard/skip-link.tsx";
import { Chronology } from "./list/chronology.tsx";
import { buildStoryModel } from "../core/story-model.ts";
import { AboutPanel } from "./panel/about-panel.tsx";
import { PanelArea } from "./panel/panel-area.tsx";
import { PrintChronology } from "./print/print-chronology.tsx";
import { SEARCH_INPUT_ID, SearchBox } from "./search/search-box.tsx";
import { TimelineArea } from "./chart/timeline-area.tsx";
import { absoluteViewUrl, readView } from "./address-bar.ts";
import { useStoryView } from "./use-story-view.ts";
import { UpdatedStamp } from "./updates/updated-stamp.tsx";
import { UpdatesContext } from "./updates/updates-context.ts";

const model = buildStoryModel(story);

// A page is the embed (<base>embed/…) or the full page for its whole life: its history stays in one.
const embedded = readView().embed;

/** The full page, or the embed for a frame on another site. */
export function App() {
  return (
    <MediaContext value={media}>{embedded ? <EmbedApp model={model} /> : <Page />}</MediaContext>
  );
}

/** Composition only: the view state flows down, the readers' actions come back up. */
function Page() {
  const { view, actions, search, filter, chronology, updates } = useStoryView(model);
  const embedTarget = {
    url: () => absoluteViewUrl({ ...view, embed: true }),
    title: model.story.title,
  };
  return (
    <UpdatesContext value={updates}>
      <div className="app">
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
              onSubmit={search.flush}
              onPrepare={filter.prepareSearch}
            />
            <KeyboardHelp searchId={SEARCH_INPUT_ID} />
          </div>
        </header>
        {/* Before the chronology in reading order: the key moments (or the open event) come first. */}
        <EmbedContext value={embedTarget}>
          <PanelArea model={model} view={view} onSelect={actions.select} />
        </EmbedContext>
        <main className="main">
          <TimelineArea model={model} view={view} actions={actions} matchIds={filter.matchIds} />
          <div className="list-area">
            <section aria-label="Chronology" id="chronology">
              <Chronology {...chronology} />
            </section>
            <AboutPanel model={model} />
          </div>
        </main>
        <PrintChronology model={model} />
      </div>
    </UpdatesContext>
  );
}
