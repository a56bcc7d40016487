import { useState } from "react";
import story from "virtual:story";
import { buildTimeline } from "./model/load.ts";
import { EventTimeline } from "./timeline/event-timeline.tsx";

const timeline = buildTimeline(story);

export function App() {
  const [selectedId, setSelectedId] = useState<string>();
  return (
    <>
      <header className="masthead">
        <h1>{timeline.story.title}</h1>
        <p className="standfirst">{timeline.story.description}</p>
      </header>
      <main>
        <EventTimeline timeline={timeline} selectedId={selectedId} onSelect={setSelectedId} />
      </main>
    </>
  );
}
