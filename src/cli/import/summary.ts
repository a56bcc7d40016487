/**
 * What an import did, for the producer who has to finish the job: every event in accounted for
 * out, then what needs an editor grouped by kind (one heading and a few examples per kind, not a
 * line per event), then what was changed on the way.
 */

export interface ImportNote {
  /** Where in the source file: `events[3] “Headline”`, `row 14`, `eras[0]`, `title`, `story`. */
  where: string;
  /**
   * "refused": an event that could not be imported at all (no date it can have);
   * "dropped": a part of an event not in our story (media, a link…); "flagged": in it, but it
   * needs an editor before publishing (no source); "changed": in it, altered.
   */
  action: "refused" | "dropped" | "flagged" | "changed";
  /** The group it is listed under in the summary; without one, its own line. */
  kind?: string;
  message: string;
}

export interface ImportCounts {
  eventsIn: number;
  events: number;
  refused: number;
  /** Events kept without a source (the validator warns about each). */
  unsourced: number;
  erasIn: number;
  phases: number;
  actors: number;
  sources: number;
  quotes: number;
}

/** How many examples a group shows before "… and N more". */
const EXAMPLES = 3;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Story-wide notes first, then the title, eras and events (or rows) in the order of the file. */
function order(where: string): number {
  const m = /^(\w+)[[ ](\d+)/.exec(where);
  const kind = m?.[1] ?? where;
  const rank = ["story", "title", "eras", "events", "row"].indexOf(kind);
  return (rank === -1 ? 5 : rank) * 1e6 + Number(m?.[2] ?? 0);
}

function group(notes: readonly ImportNote[]): string[] {
  const lines: string[] = [];
  const byKind = new Map<string, ImportNote[]>();
  for (const n of notes) {
    const key = n.kind ?? `\0${n.where}: ${n.message}`;
    byKind.set(key, [...(byKind.get(key) ?? []), n]);
  }
  for (const [key, list] of byKind) {
    if (key.startsWith("\0")) {
      lines.push(`  ${key.slice(1)}`);
      continue;
    }
    lines.push(`  ${key} (${list.length}):`);
    for (const n of list.slice(0, EXAMPLES)) lines.push(`    ${n.where}: ${n.message}`);
    if (list.length > EXAMPLES) lines.push(`    … and ${list.length - EXAMPLES} more`);
  }
  return lines;
}

export function formatSummary(counts: ImportCounts, notes: readonly ImportNote[]): string {
  const lines = [
    `Events: ${counts.eventsIn} in, ${counts.events} out` +
      (counts.refused > 0 ? `, ${counts.refused} refused (listed below)` : "") +
      (counts.unsourced > 0 ? `; ${counts.unsourced} kept without a source` : "") +
      ".",
    `Also: ${counts.phases} of ${plural(counts.erasIn, "era")} as phases, ` +
      `${plural(counts.actors, "actor")}, ${plural(counts.sources, "source")}, ` +
      `${plural(counts.quotes, "quote")}.`,
  ];
  const ordered = [...notes].sort((a, b) => order(a.where) - order(b.where));
  for (const [title, actions] of [
    ["Refused", ["refused"]],
    ["Needs an editor", ["flagged", "dropped"]],
    ["Changed", ["changed"]],
  ] as const) {
    const list = ordered.filter((n) => (actions as readonly string[]).includes(n.action));
    if (list.length === 0) continue;
    lines.push("", `${title} (${list.length}):`, ...group(list));
  }
  return lines.join("\n");
}
