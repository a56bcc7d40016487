import { language as languageSchema } from "../../core/schema.ts";
import type { Media, Phase, Quote, Story, StoryEvent } from "../../core/schema.ts";

import { formatPath } from "../../core/json-text.ts";
import { htmlToText } from "./html-to-text.ts";
import { isSourceKind, mediaKind } from "./media-kind.ts";
import { assignActors, assignIds } from "./assign.ts";
import { MEDIA_NOT_KEPT } from "./note-kinds.ts";
import { toMedia } from "./to-media.ts";
import { readSlide, schemaProblem, slideLabel } from "./read-slide.ts";
import type { EventDraft } from "./read-slide.ts";
import { claimUnique, slugify } from "../../core/slug.ts";
import { createSourceRegistry } from "./sources.ts";
import type { SourceRegistry } from "./sources.ts";
import type { ImportCounts, ImportNote } from "./summary.ts";
import { slideDate } from "./timelinejs-date.ts";
import { eraSchema, slideSchema, timelineSchema } from "./timelinejs-schema.ts";

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

const byDateThenIndex = <T extends { sortKey: number; index: number }>(list: T[]): T[] =>
  [...list].sort((a, b) => a.sortKey - b.sortKey || a.index - b.index);

function readTitle(
  raw: unknown,
  options: ImportOptions,
  sources: SourceRegistry,
  report: (n: ImportNote) => void,
): { title: string; description: string; leadImage: Media | undefined } {
  const note = (action: ImportNote["action"], message: string, kind?: string) =>
    report({ where: "title", action, message, ...(kind ? { kind } : {}) });
  const parsed = raw === undefined ? undefined : slideSchema.safeParse(raw);
  if (parsed && !parsed.success) note("dropped", "the title slide is not a slide; ignored");
  const slide = parsed?.success ? parsed.data : undefined;
  const headline = htmlToText(slide?.text.headline ?? "");
  const text = htmlToText(slide?.text.text ?? "");
  for (const n of [...headline.notes, ...text.notes]) note("changed", n);

  let title = headline.text;
  if (!title) {
    title = options.name;
    note("changed", `no title headline; the story is titled after the file: “${title}”`);
  }
  let description = text.text;
  if (!description) {
    description = `Converted from the TimelineJS story “${options.name}”.`;
    note("changed", `no title text; the description says where the story came from`);
  }
  const links = [...headline.links, ...text.links];
  // A sheet's title row may list sources too: export puts there those that no event cites.
  for (const source of slide?.sheet.sources ?? []) {
    if (sources.add(source.url, source.title, source.publisher) === undefined) {
      note("dropped", `column Source URL: “${source.url}” is not a web address`);
    }
  }
  const media = slide?.media.url?.trim();
  const caption = htmlToText(slide?.media.caption ?? "").text;
  let leadImage: Media | undefined;
  if (slide && media) {
    const kind = mediaKind(media);
    if (isSourceKind(kind) && /^https?:\/\//i.test(media))
      links.push({ href: media, text: caption });
    else {
      // Its notes only if it is kept: anything but a photograph is not the story's image.
      const held: Parameters<typeof note>[] = [];
      const shown = toMedia(slide.media, kind, title, (...n) => held.push(n));
      if (shown?.kind === "image" || !shown) for (const n of held) note(...n);
      if (shown?.kind === "image") leadImage = shown;
      else if (shown) {
        const message = `${kind} ${media} not kept: the story's own image must be a photograph`;
        report({ where: "title", action: "dropped", kind: MEDIA_NOT_KEPT, message });
      }
    }
  }
  const kept = links.filter((l) => sources.add(l.href, l.text) !== undefined).length;
  if (kept > 0) {
    note("changed", `${kept} link${kept === 1 ? "" : "s"} kept as sources that no event cites`);
  }
  return { title, description, leadImage };
}

function readPhases(eras: unknown[], report: (n: ImportNote) => void): Phase[] {
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
  const { title, description, leadImage } = readTitle(top.data.title, options, sources, report);

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
