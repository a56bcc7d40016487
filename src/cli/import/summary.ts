/**
 * What an import did, for the editor who has to finish the job: what was converted, and a line per
 * thing dropped or changed, with why and where in the TimelineJS file it was.
 */

export interface ImportNote {
  /** Where in the TimelineJS file: `events[3] “Headline”`, `eras[0]`, `title`, `story`. */
  where: string;
  /** "dropped": not in our story at all; "changed": in it, but not as the TimelineJS file had it. */
  action: "dropped" | "changed";
  message: string;
}

export interface ImportCounts {
  eventsIn: number;
  events: number;
  erasIn: number;
  phases: number;
  actors: number;
  sources: number;
  quotes: number;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Story-wide notes first, then the title, eras and events in the order of the file. */
function order(where: string): number {
  const m = /^(\w+)\[(\d+)\]/.exec(where);
  const kind = m?.[1] ?? where;
  const rank = ["story", "title", "eras", "events"].indexOf(kind);
  return (rank === -1 ? 4 : rank) * 1e6 + Number(m?.[2] ?? 0);
}

export function formatSummary(counts: ImportCounts, notes: readonly ImportNote[]): string {
  const lines = [
    `Converted ${counts.events} of ${plural(counts.eventsIn, "event")}, ` +
      `${counts.phases} of ${plural(counts.erasIn, "era")} (as phases), ` +
      `${plural(counts.actors, "actor")}, ${plural(counts.sources, "source")}, ` +
      `${plural(counts.quotes, "quote")}.`,
  ];
  const ordered = [...notes].sort((a, b) => order(a.where) - order(b.where));
  const dropped = ordered.filter((n) => n.action === "dropped");
  const changed = ordered.filter((n) => n.action === "changed");
  for (const [title, list] of [
    ["Dropped", dropped],
    ["Changed", changed],
  ] as const) {
    if (list.length === 0) continue;
    lines.push("", `${title} (${list.length}):`);
    for (const n of list) lines.push(`  ${n.where}: ${n.message}`);
  }
  return lines.join("\n");
}
