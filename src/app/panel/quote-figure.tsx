import { useState } from "react";
import { dateTimeAttribute, formatDate } from "../../core/dates.ts";
import type { Source } from "../../core/schema.ts";
import type { DatedQuote } from "../../core/story-model.ts";
import { copyText } from "../share/clipboard.ts";
import { quoteHash } from "../../core/url.ts";
import { asReportedText, languageName, quoteCitation, sourceLabel } from "../../core/citation.ts";
import { SourceLink } from "./source-link.tsx";
import { PillButton } from "../button/pill-button.tsx";
import "./panel-bar.css";
import "./quotes.css";

export interface QuoteFigureProps {
  quote: DatedQuote;
  /** 1-based, as in the quote's anchor (#quote-2). */
  number: number;
  source: Source | undefined;
  /** The URL's hash points here: the figure is highlighted. */
  targeted: boolean;
}

/** One quote: the words, who said them and when, where they were published, and how to cite them. */
export function QuoteFigure({ quote, number, source, targeted }: QuoteFigureProps) {
  const [copied, setCopied] = useState<boolean>();
  const copy = async () => setCopied(await copyText(quoteCitation(quote, source)));
  return (
    <figure
      id={quoteHash(number).slice(1)}
      className="quote"
      data-targeted={targeted ? "" : undefined}
    >
      <blockquote lang={quote.translated ? undefined : quote.language}>
        <p>{quote.text}</p>
      </blockquote>
      <figcaption>
        <p className="quote-attribution">
          <span className="quote-speaker">{quote.speaker}</span>
          {quote.role && <span className="quote-role">, {quote.role}</span>}
          {", "}
          <time dateTime={dateTimeAttribute(quote.when)}>{formatDate(quote.when)}</time>
        </p>
        <p className="quote-source">
          {quote.translated && <span>Translated from {languageName(quote.language)}. </span>}
          Source:{" "}
          {source ? <SourceLink url={source.url}>{sourceLabel(source)}</SourceLink> : quote.source}
        </p>
        {quote.asReported && <p className="as-reported">{asReportedText(quote.asReported)}</p>}
        <p className="quote-actions">
          <PillButton size="small" onClick={() => void copy()}>
            Copy quote
          </PillButton>
          <a className="quote-link" href={quoteHash(number)}>
            Link to this quote
          </a>
          <span role="status" className="quote-status">
            {copied === true && "Quote copied"}
            {copied === false && "Could not copy the quote"}
          </span>
        </p>
      </figcaption>
    </figure>
  );
}
