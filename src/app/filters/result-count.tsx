export interface ResultCountProps {
  shown: number;
  total: number;
  filtered: boolean;
  pending: boolean;
}

/** "Showing 5 of 37 events", visible and announced politely when it changes. */
export function ResultCount({ shown, total, filtered, pending }: ResultCountProps) {
  const noun = total === 1 ? "event" : "events";
  const text = pending
    ? "Preparing the search…"
    : filtered
      ? `Showing ${shown} of ${total} ${noun}`
      : `Showing all ${total} ${noun}`;
  return (
    <p className="result-count" role="status" aria-live="polite" aria-atomic="true">
      {text}
    </p>
  );
}
