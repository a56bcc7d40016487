import type { CSSProperties } from "react";
import { PillButton } from "../button/pill-button.tsx";

export interface Chip {
  id: string;
  label: string;
  /** Events this chip would show under the search and the other filters. */
  count: number;
  color?: string;
}

export interface FilterChipsProps {
  legend: string;
  chips: Chip[];
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
}

/** One group of toggle buttons; each shows how many events it holds under the other choices. */
export function FilterChips({ legend, chips, chosen, onChange }: FilterChipsProps) {
  const toggle = (id: string) =>
    onChange(chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id]);
  return (
    <fieldset className="filter-group">
      <legend className="filter-legend">{legend}</legend>
      <ul className="chips">
        {chips.map((chip) => {
          const pressed = chosen.includes(chip.id);
          return (
            <li key={chip.id}>
              <PillButton
                size="small"
                className="chip"
                aria-pressed={pressed}
                aria-label={`${chip.label}, ${chip.count} ${chip.count === 1 ? "event" : "events"}`}
                data-empty={chip.count === 0 && !pressed ? "" : undefined}
                onClick={() => toggle(chip.id)}
                style={chip.color ? ({ "--chip-color": chip.color } as CSSProperties) : undefined}
              >
                {chip.color && <span className="chip-swatch" aria-hidden="true" />}
                <span className="chip-label">{chip.label}</span>
                <span className="chip-count">{chip.count}</span>
              </PillButton>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
