import "./updates.css";

export interface ChangeBadgesProps {
  /** From useChangeWords: "New since your last visit", "Updated". */
  words: readonly string[];
}

/** A list row's marks; the row's own label says the same words for screen readers. */
export function ChangeBadges({ words }: ChangeBadgesProps) {
  if (words.length === 0) return null;
  return (
    <span className="change-badges" aria-hidden="true">
      {words.map((word) => (
        <span key={word} className="change-badge">
          {word === "Updated" ? "Updated" : "New"}
        </span>
      ))}
    </span>
  );
}
