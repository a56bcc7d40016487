import { useMemo } from "react";
import type { StoryModel } from "../../core/story-model.ts";
import { archivedLabel, CORRECTIONS_HEADING, sourceLabel } from "../../core/citation.ts";
import { formatDate } from "../../core/dates.ts";
import { httpUrl } from "../../core/http-url.ts";
import { PrintEvent } from "./print-event.tsx";
import { ChangesLog } from "../updates/changes-log.tsx";
import { sourceNotes } from "./source-notes.ts";
import { usePrinting } from "./use-printing.ts";
import { DETAILS_LOADING, useLoadedStory } from "../whole-story.ts";

export interface PrintChronologyProps {
  model: StoryModel;
}

/**
 * What a printout holds in place of the interactive page (see print.css): the story's "About this
 * timeline" (its corrections), every event in date
 * order with its date, title, summary and quotes, and the sources as numbered notes with their
 * URLs at the end. Rendered only while printing: at 10,000 events it is some 150,000 elements,
 * which the screen never needs.
 */
export function PrintChronology({ model }: PrintChronologyProps) {
  const printing = usePrinting();
  const whole = useLoadedStory(model);
  if (!printing) return null;
  // Printed in the moment before the details arrived: the events, and a word on what is missing.
  if (!whole) return <PrintContent model={model} missing={DETAILS_LOADING} />;
  return <PrintContent model={whole} />;
}

function PrintContent({ model, missing }: PrintChronologyProps & { missing?: string }) {
  const { notes, numberOf } = useMemo(() => sourceNotes(model), [model]);
  return (
    <section className="print-chronology">
      {missing && <p>{missing}</p>}
      {model.story.about && model.story.about.length > 0 && (
        <div className="print-about">
          <h2>About this timeline</h2>
          {model.story.about.map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
          {model.story.corrections && model.story.corrections.length > 0 && (
            <>
              <h3>{CORRECTIONS_HEADING}</h3>
              {model.story.corrections.map((paragraph, i) => (
                <p key={i}>{paragraph}</p>
              ))}
            </>
          )}
        </div>
      )}
      <ChangesLog model={model} />
      <h2>Chronology</h2>
      <ol className="print-events">
        {model.events.map((event) => (
          <li key={event.id}>
            <PrintEvent model={model} event={event} numberOf={numberOf} />
          </li>
        ))}
      </ol>
      <h2>Sources</h2>
      <ol className="print-notes">
        {notes.map(({ n, id, source }) => (
          <li key={id} value={n}>
            {source ? (
              <>
                {sourceLabel(source)}, “{source.title}”
                {source.publishedWhen && `, ${formatDate(source.publishedWhen)}`}.{" "}
                <span className="print-url">{httpUrl(source.url) ?? source.url}</span>
                {source.archived?.map((url) => (
                  <span key={url}>
                    {`; ${archivedLabel(url)}: `}
                    <span className="print-url">{httpUrl(url) ?? url}</span>
                  </span>
                ))}
              </>
            ) : (
              id
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
