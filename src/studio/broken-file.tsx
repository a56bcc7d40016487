import { PillButton } from "../app/button/pill-button.tsx";
import type { Problem } from "../core/validate.ts";

export interface BrokenFileProps {
  name: string;
  problems: readonly Problem[];
}

/**
 * A file that is not JSON cannot be shown as forms: the studio says what is wrong, where, as
 * `npm run validate` would, and opens it once it has been fixed in a text editor.
 */
export function BrokenFile({ name, problems }: BrokenFileProps) {
  return (
    <main className="studio">
      <h1>Studio: {name} cannot be opened</h1>
      <section className="studio-problems" aria-labelledby="problems-heading">
        <h2 id="problems-heading">Problems</h2>
        <ul>
          {problems.map((p, i) => (
            <li key={i} className="studio-problem">
              {name}:{p.line}:{p.col} {p.message}
            </li>
          ))}
        </ul>
      </section>
      <p>Fix it in a text editor (the line and column are above), then open it again.</p>
      <PillButton primary onClick={() => location.reload()}>
        Open again
      </PillButton>
    </main>
  );
}
