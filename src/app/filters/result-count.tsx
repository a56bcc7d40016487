export interface ResultCountProps {
  shown: number;
  total: number;
  filtered: boolean;
  pending: boolean;
}

/** Thousands grouped, as a newspaper writes them: 1,500. */
const count = (n: number) => n.toLocaleString("en-US");

/** "Showing 5 of 1,500 events", visible and announced politely when it changes. */
export function ResultCount({ shown, total, filtered, pending }: ResultCountProps) {
  const noun = total === 1 ? "event" : "events";
  const text = pending
    ? "Preparing the search…"
    : filtered
      ? `Showing ${count(shown)} of ${count(total)} ${noun}`
      : `Showing all ${count(total)} ${noun}`;
  return (
    <p className="result-count" role="status" aria-live="polite" aria-atomic="true">
      {text}
    </p>
  );
}
