import type { Phase } from "../../core/schema.ts";
import { claimUnique, slugify } from "../../core/slug.ts";
import { htmlToText } from "./html-to-text.ts";
import { byDateThenIndex, schemaProblem, slideLabel } from "./read-slide.ts";
import type { ImportNote } from "./summary.ts";
import { slideDate } from "./timelinejs-date.ts";
import { eraSchema } from "./timelinejs-schema.ts";

/**
 * TimelineJS eras → our phases, in date order: each needs a start, an end after it and a headline
 * (its title, and its id); any other is dropped and named in the notes.
 */
export function readPhases(eras: unknown[], report: (n: ImportNote) => void): Phase[] {
  const drafts: { index: number; date: string; sortKey: number; title: string }[] = [];
  eras.forEach((raw, index) => {
    const where = slideLabel("eras", index, raw);
    const note = (action: ImportNote["action"], message: string) =>
      report({ where, action, message });
    const parsed = eraSchema.safeParse(raw);
    if (!parsed.success) {
      note("dropped", schemaProblem(parsed.error.issues[0], "an era"));
      return;
    }
    const date = slideDate(parsed.data.start_date, parsed.data.end_date);
    if (!date.ok || !date.edtf.includes("/")) {
      const why = date.ok ? date.notes.join("; ") || "no end date" : date.problem;
      note("dropped", `a phase needs a start and an end date after it: ${why}`);
      return;
    }
    const headline = htmlToText(parsed.data.text.headline ?? "");
    if (!headline.text) {
      note("dropped", "no headline (a phase needs a title)");
      return;
    }
    for (const n of [...headline.notes, ...date.notes]) note("changed", n);
    drafts.push({ index, date: date.edtf, sortKey: date.sortKey, title: headline.text });
  });
  const taken = new Set<string>();
  return byDateThenIndex(drafts).map(({ date, title }) => ({
    id: claimUnique(slugify(title) || `phase-${slugify(date)}`, taken),
    title,
    date,
  }));
}
