import { readerDate } from "../../core/dates.ts";
import type { StoryModel, DatedEvent } from "../../core/story-model.ts";
import { attribution, languageName } from "../../core/citation.ts";
import { EventChanges } from "../updates/event-changes.tsx";
import { PrintMedia } from "../media/print-media.tsx";

export interface PrintEventProps {
  model: StoryModel;
  event: DatedEvent;
  numberOf: ReadonlyMap<string, number>;
}

/** A note reference in the text: the source's number in the notes at the end. */
function NoteRef({ n }: { n: number | undefined }) {
  return n === undefined ? null : <span className="print-ref"> [{n}]</span>;
}

/** One event on paper: date, title, place and actors, summary, quotes, accounts and note numbers. */
export function PrintEvent({ model, event, numberOf }: PrintEventProps) {
  const actors = event.actors.map((id) => model.actorById.get(id)?.name ?? id).join(", ");
  const sources = event.sources.flatMap((id) => numberOf.get(id) ?? []).sort((a, b) => a - b);
  return (
    <article className="print-event">
      <p className="print-date">
        {readerDate(event)}
        {event.place && ` · ${event.place}`} · {actors}
      </p>
      <h3>{event.title}</h3>
      <PrintMedia media={event.media} eventTitle={event.title} />
      <p>{event.summary}</p>
      <EventChanges event={event} />
      {event.note && (
        <p>
          <strong>Editor’s note:</strong> {event.note}
        </p>
      )}
      {event.quotes.map((quote, i) => (
        <figure key={i} className="print-quote">
          <blockquote lang={quote.translated ? undefined : quote.language}>
            <p>“{quote.text}”</p>
          </blockquote>
          <figcaption>
            — {attribution(quote)}
            {quote.translated && ` (translated from ${languageName(quote.language)})`}
            <NoteRef n={numberOf.get(quote.source)} />
          </figcaption>
        </figure>
      ))}
      {event.accounts?.map((account, i) => (
        <p key={i} className="print-account">
          <strong>{model.actorById.get(account.actor)?.name ?? account.actor}’s account:</strong>{" "}
          {account.text}
          <NoteRef n={numberOf.get(account.source)} />
        </p>
      ))}
      <p className="print-sources">
        {sources.length === 0
          ? "No source cited"
          : `${sources.length === 1 ? "Source" : "Sources"}: ${sources.join(", ")}`}
      </p>
    </article>
  );
}
