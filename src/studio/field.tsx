import type { ReactNode } from "react";
import { fieldId, getIn, pathText } from "./paths.ts";
import type { Path } from "./paths.ts";
import { useFields } from "./studio-context.ts";

/**
 * A labelled control bound to one path of the story, with the validator's problems and warnings
 * for that path beside it and tied to it by aria-describedby.
 */

export function useMessages(path: Path, hint?: ReactNode) {
  const { problems, warnings } = useFields();
  const id = fieldId(path);
  const errors = problems.get(pathText(path)) ?? [];
  const cautions = warnings.get(pathText(path)) ?? [];
  const ids = [
    ...(hint ? [`${id}-hint`] : []),
    ...errors.map((_, i) => `${id}-problem-${i}`),
    ...cautions.map((_, i) => `${id}-warning-${i}`),
  ];
  const messages = (
    <>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {errors.map((p, i) => (
        <p className="field-problem" id={`${id}-problem-${i}`} key={`p${i}`}>
          {p.message}
        </p>
      ))}
      {cautions.map((p, i) => (
        <p className="field-warning" id={`${id}-warning-${i}`} key={`w${i}`}>
          Warning: {p.message}
        </p>
      ))}
    </>
  );
  return {
    id,
    invalid: errors.length > 0,
    describedBy: ids.length > 0 ? ids.join(" ") : undefined,
    messages,
  };
}

export interface TextFieldProps {
  label: string;
  path: Path;
  /** Emptied, the key is removed (an optional field) rather than kept as "". */
  optional?: boolean;
  multiline?: boolean;
  hint?: ReactNode;
  readOnly?: boolean;
  /** In place of setting the path: for fields whose change moves other things too (ids, titles). */
  onText?: (text: string) => void;
}

export function TextField({
  label,
  path,
  optional,
  multiline,
  hint,
  readOnly,
  onText,
}: TextFieldProps) {
  const { story, set } = useFields();
  const value = getIn(story, path);
  const text = typeof value === "string" ? value : "";
  const { id, invalid, describedBy, messages } = useMessages(path, hint);
  const change = (next: string) => {
    if (onText) onText(next);
    else set(path, optional && next === "" ? undefined : next);
  };
  const common = {
    id,
    value: text,
    readOnly,
    "aria-invalid": invalid || undefined,
    "aria-describedby": describedBy,
  };
  return (
    <div className="studio-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => change(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => change(e.target.value)} />
      )}
      {messages}
    </div>
  );
}

export interface CheckFieldProps {
  label: string;
  path: Path;
}

export function CheckField({ label, path }: CheckFieldProps) {
  const { story, set } = useFields();
  const { id, invalid, describedBy, messages } = useMessages(path);
  return (
    <div className="studio-field studio-check">
      <input
        id={id}
        type="checkbox"
        checked={getIn(story, path) === true}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(e) => set(path, e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {messages}
    </div>
  );
}
