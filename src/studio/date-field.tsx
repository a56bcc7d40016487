import { formatDate, parseEdtfOrProblem } from "../core/dates.ts";
import { edtfSuggestion } from "../core/hints.ts";
import { getIn, pathText } from "./paths.ts";
import type { Path } from "./paths.ts";
import { TextField } from "./field.tsx";
import { useFields } from "./studio-context.ts";

/** How an EDTF date will read, as readers will see it; nothing while it does not parse. */
export function dateReading(text: string): string | undefined {
  if (text.trim() === "") return undefined;
  const parsed = parseEdtfOrProblem(text);
  return typeof parsed === "string" ? undefined : formatDate(parsed);
}

const HELP =
  "EDTF: 2025-03-13, 2025-03, 2025-03~ (about), 2025-03-13T19:00+03:00, 2025-03-11/2025-03-18";

export interface DateFieldProps {
  label: string;
  path: Path;
  optional?: boolean;
}

/**
 * A date typed as EDTF. As it is typed it shows how it will read ("c. March 2025"); what is wrong
 * with it, and how to write it, is the validator's own message for the field.
 */
export function DateField({ label, path, optional }: DateFieldProps) {
  const { story, problems } = useFields();
  const value = getIn(story, path);
  const text = typeof value === "string" ? value : "";
  const reading = dateReading(text);
  const hasProblem = problems.has(pathText(path));
  // An optional date left empty has no problem to show, and a valid one its reading.
  const suggestion =
    !reading && text.trim() !== "" && !hasProblem ? edtfSuggestion(text) : undefined;
  const hint = reading ? `Reads: ${reading}` : suggestion ? `Not EDTF yet: ${suggestion}` : HELP;
  return <TextField label={label} path={path} optional={optional} hint={hint} />;
}
