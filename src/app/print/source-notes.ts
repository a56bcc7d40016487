import type { DatedSource, StoryModel } from "../../core/story-model.ts";

/** One numbered note: a source, cited somewhere in the chronology. */
export interface SourceNote {
  n: number;
  id: string;
  /** Undefined only for a story that skipped validation (a citation of a missing source). */
  source: DatedSource | undefined;
}

export interface SourceNotes {
  /** Every cited source, numbered 1… in the order the chronology first cites it. */
  notes: SourceNote[];
  numberOf: ReadonlyMap<string, number>;
}

/**
 * Numbers the sources for print, as notes in a book: in the order a reader meets them (event by
 * event in date order; within an event its quotes, its accounts, then its list of sources), so the
 * notes at the end read in order and each source has one number however often it is cited.
 */
export function sourceNotes(model: StoryModel): SourceNotes {
  const numberOf = new Map<string, number>();
  const notes: SourceNote[] = [];
  const cite = (id: string) => {
    if (numberOf.has(id)) return;
    const n = notes.length + 1;
    numberOf.set(id, n);
    notes.push({ n, id, source: model.story.sources[id] });
  };
  for (const event of model.events) {
    for (const quote of event.quotes) cite(quote.source);
    for (const account of event.accounts ?? []) cite(account.source);
    for (const id of event.sources) cite(id);
  }
  return { notes, numberOf };
}
