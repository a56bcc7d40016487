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
  /** A field that is `true` or absent (such as a media item's `decorative`): unchecked removes it. */
  onlyTrue?: boolean;
}

export function CheckField({ label, path, onlyTrue }: CheckFieldProps) {
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
        onChange={(e) => set(path, onlyTrue && !e.target.checked ? undefined : e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {messages}
    </div>
  );
}

export interface SelectFieldProps {
  label: string;
  path: Path;
  options: readonly { id: string; label: string }[];
  /** What the empty choice says; choosing it removes an optional field. */
  none?: string;
  onPick?: (id: string) => void;
}

/** One of a list; a value the list does not have (typed in the file) stays shown as it is. */
export function SelectField({ label, path, options, none, onPick }: SelectFieldProps) {
  const { story, set } = useFields();
  const { id, invalid, describedBy, messages } = useMessages(path);
  const found = getIn(story, path);
  const value = typeof found === "string" ? found : "";
  const pick = (next: string) => {
    if (onPick) onPick(next);
    else set(path, none !== undefined && next === "" ? undefined : next);
  };
  return (
    <div className="studio-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(e) => pick(e.target.value)}
      >
        <option value="">{none ?? "Choose…"}</option>
        {value && !options.some((o) => o.id === value) ? (
          <option value={value}>{value}</option>
        ) : null}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      {messages}
    </div>
  );
}

export interface NumberFieldProps {
  label: string;
  path: Path;
  hint?: ReactNode;
}

/**
 * An optional number (a remote image's width in pixels). Emptied, the key is removed; what the
 * number must be (whole, positive) is the validator's message beside it.
 */
export function NumberField({ label, path, hint }: NumberFieldProps) {
  const { story, set } = useFields();
  const found = getIn(story, path);
  const { id, invalid, describedBy, messages } = useMessages(path, hint);
  return (
    <div className="studio-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        value={typeof found === "number" ? found : ""}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(e) => {
          const n = e.target.valueAsNumber;
          set(path, Number.isFinite(n) ? n : undefined);
        }}
      />
      {messages}
    </div>
  );
}
