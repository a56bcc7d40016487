import { BUDGETS } from "./budgets.ts";
import type { Budget, ColumnId } from "./budgets.ts";
import { METRICS, METRIC_KEYS, PHONE_METRICS, TIMELINEJS_METRICS } from "./metrics.ts";
import type { Figures, MetricKey } from "./metrics.ts";
import { median } from "./stats.ts";

/** One figure over all runs: the median of the runs that produced a number, and why others did not. */
export interface Cell {
  median: number | null;
  runs: (number | null)[];
  notes: string[];
}

export type Side = Partial<Record<MetricKey, Cell>>;

export interface ColumnResult {
  id: ColumnId;
  label: string;
  events: number | null;
  ours: Side;
  timelinejs: Side | null;
  /** The phone-class runs (devices.ts), for the columns measured there. */
  phone?: { ours: Side; timelinejs: Side | null } | null;
  /** Why a whole side is missing or was cut short (a failed build, a timeout). */
  notes: string[];
}

export interface BudgetResult extends Budget {
  value: number | null;
  status: "met" | "missed" | "not measured";
  note?: string;
}

export function aggregate(runs: readonly Figures[]): Side {
  const side: Side = {};
  for (const key of METRIC_KEYS) {
    const figures = runs.map((r) => r[key]).filter((f) => f !== undefined);
    if (figures.length === 0) continue;
    const values = figures.map((f) => f.value);
    side[key] = {
      median: median(values.filter((v): v is number => v !== null)),
      runs: values,
      notes: [...new Set(figures.flatMap((f) => (f.note ? [f.note] : [])))],
    };
  }
  return side;
}

/** Ours and TimelineJS's sides of a column, on the desktop or the phone class. */
function sides(column: ColumnResult, phone = false): Pick<ColumnResult, "ours" | "timelinejs"> {
  return phone ? (column.phone ?? { ours: {}, timelinejs: null }) : column;
}

export function ratio(column: ColumnResult, key: MetricKey, phone = false): number | null {
  const { ours: us, timelinejs } = sides(column, phone);
  const ours = us[key]?.median;
  const theirs = timelinejs?.[key]?.median;
  return ours == null || theirs == null || theirs === 0 ? null : ours / theirs;
}

export function checkBudgets(columns: readonly ColumnResult[]): BudgetResult[] {
  return BUDGETS.map((budget) => {
    const column = columns.find((c) => c.id === budget.column);
    const side = column && sides(column, budget.phone);
    const cell = side?.ours[budget.metric];
    const value = column
      ? budget.ratio
        ? ratio(column, budget.metric, budget.phone)
        : (cell?.median ?? null)
      : null;
    if (value === null) {
      const why = column
        ? [
            ...(budget.phone && !column.phone ? ["phone class not run"] : []),
            ...(cell?.notes ?? []),
            ...(budget.ratio ? (side?.timelinejs?.[budget.metric]?.notes ?? []) : []),
            ...column.notes,
          ]
        : ["column not run"];
      return { ...budget, value, status: "not measured", note: why.join("; ") || "no value" };
    }
    return { ...budget, value, status: value <= budget.max ? "met" : "missed" };
  });
}

const int = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const one = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function formatValue(key: MetricKey, value: number | null | undefined): string {
  if (value == null) return "—";
  const unit = METRICS[key].unit;
  if (unit === "bytes") return `${one.format(value / 1024)} KiB`;
  if (unit === "MiB") return `${one.format(value)} MiB`;
  return `${value < 100 ? one.format(value) : int.format(value)} ms`;
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

export function oursTable(columns: readonly ColumnResult[]): string {
  const rows = METRIC_KEYS.filter((key) => columns.some((c) => c.ours[key])).map((key) => [
    METRICS[key].label,
    ...columns.map((c) => formatValue(key, c.ours[key]?.median)),
  ]);
  return table(["metric (median)", ...columns.map((c) => c.label)], rows);
}

export function sideBySideTable(columns: readonly ColumnResult[]): string {
  const measuredColumns = columns.filter((c) => c.timelinejs);
  const rows = TIMELINEJS_METRICS.map((key) => [
    METRICS[key].label,
    ...measuredColumns.map((c) => {
      const r = ratio(c, key);
      const theirs = formatValue(key, c.timelinejs?.[key]?.median);
      return `${formatValue(key, c.ours[key]?.median)} / ${theirs}${r === null ? "" : ` (${r.toFixed(2)}×)`}`;
    }),
  ]);
  return table(["ours / TimelineJS (ratio)", ...measuredColumns.map((c) => c.label)], rows);
}

/** The phone-class runs, ours / TimelineJS's (ratio), for the columns measured there. */
export function phoneTable(columns: readonly ColumnResult[]): string {
  const measuredColumns = columns.filter((c) => c.phone);
  const rows = PHONE_METRICS.map((key) => [
    METRICS[key].label,
    ...measuredColumns.map((c) => {
      const { ours, timelinejs } = sides(c, true);
      const r = ratio(c, key, true);
      const theirs = timelinejs?.[key] ? ` / ${formatValue(key, timelinejs[key].median)}` : "";
      return `${formatValue(key, ours[key]?.median)}${theirs}${r === null ? "" : ` (${r.toFixed(2)}×)`}`;
    }),
  ]);
  return table(["phone class: ours / TimelineJS", ...measuredColumns.map((c) => c.label)], rows);
}

export function budgetTable(results: readonly BudgetResult[]): string {
  const rows = results.map((b) => [
    b.text,
    b.ratio ? (b.value === null ? "—" : `${b.value.toFixed(2)}×`) : formatValue(b.metric, b.value),
    b.status === "missed" ? "**missed**" : b.status === "met" ? "met" : `not measured: ${b.note}`,
  ]);
  return table(["budget", "measured", "status"], rows);
}

/** Each reason a figure is missing or was taken another way, once, with the columns it applies to. */
export function notesList(columns: readonly ColumnResult[]): string {
  const notes = new Map<string, Set<string>>();
  const add = (text: string, where: string) => {
    if (!notes.has(text)) notes.set(text, new Set());
    notes.get(text)?.add(where);
  };
  for (const c of columns) {
    c.notes.forEach((n) => add(n, c.label));
    for (const [side, values] of [
      ["ours", c.ours],
      ["TimelineJS", c.timelinejs ?? {}],
      ["ours, phone class", c.phone?.ours ?? {}],
      ["TimelineJS, phone class", c.phone?.timelinejs ?? {}],
    ] as const) {
      for (const key of METRIC_KEYS) {
        values[key]?.notes.forEach((n) => add(`${METRICS[key].label} (${side}): ${n}`, c.label));
      }
    }
  }
  return [...notes].map(([text, where]) => `- ${text} [${[...where].join(", ")}]`).join("\n");
}
