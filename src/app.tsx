import story from "virtual:story";
import { buildTimeline } from "./model/load.ts";
import { EventTimeline } from "./timeline/event-timeline.tsx";
import { useViewState } from "./view-state.ts";

const timeline = buildTimeline(story);

/** Composition only: the view state flows down, the readers' actions come back up. */
export function App() {
  const [view, actions] = useViewState();
  return (
    <div className="app">
      <header className="masthead">
        <h1>{timeline.story.title}</h1>
        <p className="standfirst">{timeline.story.description}</p>
      </header>
      <main className="main">
        <section className="timeline-area" aria-label="Timeline">
          <EventTimeline timeline={timeline} selectedId={view.eventId} onSelect={actions.select} />
        </section>
        <section className="list-area" aria-label="Chronology" id="chronology">
          {/* issue 6: search results, filters and the list named "Events" */}
        </section>
      </main>
      <aside className="panel-area" aria-label="Event details">
        {/* issue 5: the event panel, or "About this timeline" when nothing is selected */}
      </aside>
    </div>
  );
}
