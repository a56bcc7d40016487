import type { Problem } from "../core/validate.ts";
import { PillButton } from "../app/button/pill-button.tsx";
import { fieldId } from "./paths.ts";

export interface ProblemsPanelProps {
  problems: readonly Problem[];
  warnings: readonly Problem[];
  onGo: (path: string) => void;
  onDraft: () => void;
}

function Item({ p, kind, onGo }: { p: Problem; kind: string; onGo: (path: string) => void }) {
  return (
    <li className={`studio-${kind}`}>
      <a
        href={`#${fieldId(p.path)}`}
        onClick={(e) => {
          e.preventDefault();
          onGo(p.path);
        }}
      >
        <code>{p.path}</code>
      </a>{" "}
      {kind === "warning" ? "Warning: " : ""}
      {p.message}
    </li>
  );
}

/** Every problem in the story, each a link to its field; a story with problems saves as a draft. */
export function ProblemsPanel({ problems, warnings, onGo, onDraft }: ProblemsPanelProps) {
  const summary =
    problems.length === 0 && warnings.length === 0
      ? "No problems."
      : `${problems.length} problem${problems.length === 1 ? "" : "s"}, ${warnings.length} warning${warnings.length === 1 ? "" : "s"}.`;
  return (
    <section className="studio-problems" aria-labelledby="problems-heading" role="region">
      <h2 id="problems-heading">Problems</h2>
      <p>{summary}</p>
      {problems.length > 0 ? (
        <p className="field-hint">
          A story with problems cannot be saved over the file.{" "}
          <PillButton size="small" onClick={onDraft}>
            Save as draft
          </PillButton>
        </p>
      ) : null}
      <ul>
        {problems.map((p, i) => (
          <Item key={`p${i}`} p={p} kind="problem" onGo={onGo} />
        ))}
        {warnings.map((p, i) => (
          <Item key={`w${i}`} p={p} kind="warning" onGo={onGo} />
        ))}
      </ul>
    </section>
  );
}
