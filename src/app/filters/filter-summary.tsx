import { PillButton } from "../button/pill-button.tsx";
import { ResultCount } from "./result-count.tsx";
import "./filters.css";

/** A filter the reader has chosen, as the list's head shows it. */
export interface ChosenFilter {
  key: string;
  label: string;
  remove: () => void;
}

export interface FilterSummaryProps {
  shown: number;
  total: number;
  /** A search or a filter is active. */
  active: boolean;
  pending: boolean;
  /** The chosen chips, named again in the head, which stays in view while the chips scroll away. */
  chosen: readonly ChosenFilter[];
  onClear: () => void;
}

/** The list's head: how many events are shown, what narrows them, and the way back to all. */
export function FilterSummary({
  shown,
  total,
  active,
  pending,
  chosen,
  onClear,
}: FilterSummaryProps) {
  return (
    <div className="filter-summary">
      <ResultCount shown={shown} total={total} filtered={active} pending={pending} />
      {chosen.length > 0 && (
        <ul className="chosen-filters" aria-label="Chosen filters">
          {chosen.map((filter) => (
            <li key={filter.key}>
              <PillButton
                size="small"
                aria-label={`Remove the filter ${filter.label}`}
                onClick={filter.remove}
              >
                {filter.label}
                <span aria-hidden="true"> ×</span>
              </PillButton>
            </li>
          ))}
        </ul>
      )}
      <PillButton
        size="small"
        className="clear-filters"
        // Stays focusable when there is nothing to clear, so focus never falls to the page.
        aria-disabled={!active}
        onClick={() => active && onClear()}
      >
        Clear filters
      </PillButton>
    </div>
  );
}
