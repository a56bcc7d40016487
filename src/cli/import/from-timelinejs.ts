import { language as languageSchema } from "../../core/schema.ts";
import type { Quote, Story, StoryEvent } from "../../core/schema.ts";

import { formatPath } from "../../core/json-text.ts";
import { assignActors, assignIds } from "./assign.ts";
import { readPhases } from "./read-eras.ts";
import { byDateThenIndex, readSlide } from "./read-slide.ts";
import type { EventDraft } from "./read-slide.ts";
import { readTitle } from "./read-title.ts";
import { createSourceRegistry } from "./sources.ts";
import type { SourceRegistry } from "./sources.ts";
import type { ImportCounts, ImportNote } from "./summary.ts";
import { timelineSchema } from "./timelinejs-schema.ts";

/**
 * A TimelineJS3 story (its published JSON) → our story: dates to EDTF at their precision, groups to
 * actors, eras to phases, HTML to plain text with its links kept as sources, pull quotes to quotes.
 * Pure and deterministic: the same file gives the same story, ids included. Nothing is invented;
 * every event is kept (one without a source is marked for an editor by the validator's warning)
 * except those whose date cannot be read or held, which are refused and named in the notes.
 */

export interface ImportOptions {
  /** The TimelineJS file's name, for the title when the story has no title slide. */
  name: string;
  /** The story's language (BCP 47); TimelineJS does not record one. */
  language?: string;
}

export type ImportResult =
  | { ok: true; story: Story; notes: ImportNote[]; counts: ImportCounts }
  | { ok: false; problems: string[]; notes: ImportNote[] };

export const DEFAULT_LANGUAGE = "en";

function toEvent(
  d: EventDraft,
  id: string,
  actor: string,
  sources: SourceRegistry,
  language: string,
  report: (n: ImportNote) => void,
): StoryEvent {
  const cited: string[] = [];
  const cite = (sourceId: string | undefined) => {
    if (sourceId !== undefined && !cited.includes(sourceId)) cited.push(sourceId);
    return sourceId;
  };
  for (const link of d.links) cite(sources.add(link.url, link.title, link.publisher));
  const quotes: Quote[] = [];
  if (d.quote) {
    const { text, speaker, role, url, urlText } = d.quote;
    const title = !urlText || urlText.includes(speaker) ? speaker : `${speaker}, ${urlText}`;
    const quoteLanguage = languageSchema.safeParse(d.quote.language);
    const spoken = quoteLanguage.success ? quoteLanguage.data : language;
    const source = (url ? cite(sources.add(url, title, undefined, spoken)) : undefined) ?? cited[0];
    if (!source) {
      report({
        where: d.where,
        action: "dropped",
        kind: "pull quote not kept",
        message: `pull quote “${text.slice(0, 40)}”: a quote needs a source, and this event has none`,
      });
    } else {
      quotes.push({
        text,
        speaker,
        ...(role ? { role } : {}),
        date: d.date,
        source,
        language: spoken,
        translated: false,
      });
    }
  }
  return {
    id,
    date: d.date,
    ...(d.displayDate ? { displayDate: d.displayDate } : {}),
    title: d.title,
    summary: d.summary,
    actors: [actor],
    tags: d.tags,
    ...(d.place ? { place: d.place } : {}),
    quotes,
    sources: cited,
    ...(d.media ? { media: d.media } : {}),
  };
}

export function fromTimelineJs(input: unknown, options: ImportOptions): ImportResult {
  const notes: ImportNote[] = [];
  const report = (n: ImportNote) => notes.push(n);
  const top = timelineSchema.safeParse(input);
  if (!top.success) {
    const legacy = (input as { timeline?: unknown } | null)?.timeline !== undefined;
    const problems = legacy
      ? ["this is a TimelineJS 2 file (“timeline.date”); only the TimelineJS3 format is read"]
      : top.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
    return { ok: false, problems, notes };
  }
  const language = options.language ?? DEFAULT_LANGUAGE;
  if (options.language === undefined) {
    const message = `TimelineJS does not record a language; sources and quotes are marked “${language}”`;
    report({ where: "story", action: "changed", message });
  }
  const sources = createSourceRegistry(language);
  const { title, description, leadImage } = readTitle(
    top.data.title,
    options.name,
    sources,
    report,
  );

  const drafts = top.data.events
    .map((raw, index) => readSlide(raw, index, report))
    .filter((d): d is EventDraft => d !== undefined);
  const sorted = byDateThenIndex(drafts);
  const ids = assignIds(sorted, report);
  const { actors, actorOf } = assignActors(sorted, report);
  const phases = readPhases(top.data.eras, report);
  const events = sorted.map((d) =>
    toEvent(d, ids.get(d) ?? "", actorOf(d), sources, language, report),
  );

  const background = top.data.events.filter(
    (e) => (e as { background?: unknown } | null)?.background !== undefined,
  ).length;
  if (background > 0) {
    const message = `${background} slide background${background === 1 ? "" : "s"} not converted (our events have none)`;
    report({ where: "story", action: "dropped", message });
  }

  const counts: ImportCounts = {
    eventsIn: top.data.events.length,
    events: events.length,
    refused: top.data.events.length - events.length,
    unsourced: events.filter((e) => e.sources.length === 0).length,
    erasIn: top.data.eras.length,
    phases: phases.length,
    actors: actors.length,
    sources: Object.keys(sources.all()).length,
    quotes: events.reduce((n, e) => n + e.quotes.length, 0),
  };
  if (events.length === 0) {
    return { ok: false, problems: ["no event could be converted (see the notes)"], notes };
  }
  // Each remote image's host, listed for the story's policy (see mediaHosts in the schema).
  const hosts = [
    ...new Set(
      [leadImage, ...events.flatMap((e) => e.media ?? [])]
        .filter((m) => m?.kind === "image" && m.url !== undefined)
        .map((m) => new URL(m?.url ?? "").hostname),
    ),
  ].sort();
  const story: Story = {
    title,
    description,
    ...(hosts.length > 0 ? { mediaHosts: hosts } : {}),
    ...(leadImage ? { leadImage } : {}),
    actors,
    phases,
    sources: sources.all(),
    events,
  };
  return { ok: true, story, notes, counts };
}
