import type { StoryModel, DatedEvent } from "../../core/story-model.ts";
import { QuoteFigure } from "./quote-figure.tsx";

export interface QuoteListProps {
  model: StoryModel;
  event: DatedEvent;
  /** The quote the URL's hash points at (1-based). */
  targeted: number | undefined;
}

export function QuoteList({ model: model, event, targeted }: QuoteListProps) {
  if (event.quotes.length === 0) return null;
  return (
    <div className="panel-block">
      <h3>{event.quotes.length === 1 ? "Quote" : "Quotes"}</h3>
      {event.quotes.map((quote, i) => (
        <QuoteFigure
          // Per event, so a "Quote copied" does not carry over to the next event's quote.
          key={`${event.id} ${i}`}
          quote={quote}
          number={i + 1}
          source={model.story.sources[quote.source]}
          targeted={targeted === i + 1}
        />
      ))}
    </div>
  );
}
