import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseEdtf } from "./dates.ts";
import { SLUG } from "./ids.ts";
import { storySchema } from "./schema.ts";
import type { Story } from "./schema.ts";
import { crossReferenceProblems } from "./cross-references.ts";
import { archivedLabel, sourceLabel } from "./citation.ts";
import { hostOf, isOnDomains, siteOf } from "./sites.ts";

/**
 * Tests on the shipped story, data/events.json: that it is valid, that its references resolve, and
 * that the editorial promises made in its "about" text hold (verified quotes, corrected misquotes,
 * honest dates).
 */

const raw: unknown = JSON.parse(
  readFileSync(new URL("../../data/events.json", import.meta.url), "utf8"),
);
const parsed = storySchema.safeParse(raw);
// The other tests need a typed story; if the schema fails, the first test says why.
const story = (parsed.success ? parsed.data : raw) as Story;

const allQuotes = story.events.flatMap((event) => event.quotes.map((quote) => ({ event, quote })));

/** Lower case, straight quotes, single spaces, no trailing punctuation: for "contains" checks. */
function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, " ")
    .replace(/[\s.,;:!?]+$/, "")
    .trim();
}

function start(edtf: string): Date {
  const d = parseEdtf(edtf);
  if (!d) throw new Error(`not EDTF: ${edtf}`);
  return d.start;
}

function end(edtf: string): Date {
  const d = parseEdtf(edtf);
  if (!d) throw new Error(`not EDTF: ${edtf}`);
  return d.end;
}

/** Wordings from the seed article that the fact check found to be misquotes or paraphrases. */
const ARTICLE_MISQUOTES = [
  "It would be very disappointing moment for the world",
  "The ceasefire must lead to sustainable peace and eliminate the underlying causes of the crisis.",
  "too pro-Ukrainian",
  "escalated operational situations",
];

/**
 * Sources whose link hides where it goes: on another site than the outlet's own (per `outlets`) but
 * not marked as a copy, or marked but not showing the site it opens. Kept copies must show theirs.
 */
function hiddenCopies(story: Story): string[] {
  const found: string[] = [];
  for (const [id, source] of Object.entries(story.sources)) {
    const domains = story.outlets?.[source.publisher];
    const host = hostOf(source.url);
    if (!domains || !host) {
      found.push(`${id}: publisher ${source.publisher} has no domains in "outlets"`);
      continue;
    }
    if (!isOnDomains(host, domains)) {
      if (!source.copy) found.push(`${id}: ${host} is not ${source.publisher}'s and is not marked`);
      else if (!sourceLabel(source).includes(siteOf(source.url))) {
        found.push(`${id}: its label does not show ${siteOf(source.url)}`);
      }
    }
    for (const url of source.archived ?? []) {
      if (!archivedLabel(url).includes(siteOf(url)))
        found.push(`${id}: kept copy ${url} hides its site`);
    }
  }
  return found;
}

describe("the shipped story (data/events.json)", () => {
  it("passes the schema", () => {
    const issues = parsed.success ? [] : parsed.error.issues;
    expect(issues, JSON.stringify(issues, null, 2)).toEqual([]);
    expect(parsed.success).toBe(true);
  });

  it("has no duplicate ids or dangling references, as the validator sees it", () => {
    expect(crossReferenceProblems(raw)).toEqual([]);
  });

  it("every event cites at least one source, and every cited source exists", () => {
    const sourceIds = new Set(Object.keys(story.sources));
    for (const event of story.events) {
      expect(event.sources.length, event.id).toBeGreaterThan(0);
      for (const id of event.sources) expect(sourceIds, `${event.id} cites ${id}`).toContain(id);
    }
  });

  it("lists no source that nothing cites, and no source twice", () => {
    const cited = new Set(
      story.events.flatMap((e) => [...e.sources, ...(e.accounts ?? []).map((a) => a.source)]),
    );
    expect(Object.keys(story.sources).filter((id) => !cited.has(id))).toEqual([]);
    const urls = Object.values(story.sources).map((s) => s.url);
    expect(urls.filter((url, i) => urls.indexOf(url) !== i)).toEqual([]);
  });

  it("every source has an http(s) link, a publisher and a language", () => {
    for (const [id, source] of Object.entries(story.sources)) {
      expect(new URL(source.url).protocol, id).toMatch(/^https?:$/);
      expect(source.publisher.trim(), id).not.toBe("");
      expect(source.language, id).toMatch(/^[a-z]{2,3}$/);
    }
  });

  it("every quote names a speaker and a source that the event cites", () => {
    expect(allQuotes.length).toBeGreaterThan(0);
    for (const { event, quote } of allQuotes) {
      expect(quote.speaker.trim(), event.id).not.toBe("");
      expect(event.sources, `${event.id}: quote from ${quote.speaker}`).toContain(quote.source);
    }
  });

  it("marks every translated quote as a translation, with the language it was spoken in", () => {
    const cyrillic = /[\u0400-\u04FF]/;
    for (const { event, quote } of allQuotes) {
      const where = `${event.id}: ${quote.text.slice(0, 40)}`;
      if (cyrillic.test(quote.text)) {
        // The original Russian or Ukrainian words: not a translation.
        expect(quote.translated, where).toBe(false);
        expect(["ru", "uk"], where).toContain(quote.language);
      } else if (quote.language !== "en") {
        expect(quote.translated, where).toBe(true);
      } else {
        expect(quote.translated, where).toBe(false);
      }
    }
    const byPutin = allQuotes.filter(({ quote }) => quote.speaker === "Vladimir Putin");
    expect(byPutin.length).toBeGreaterThan(0);
    for (const { quote } of byPutin) expect(quote.language).toBe("ru");
  });

  it("every actor, phase and account reference resolves", () => {
    const actorIds = new Set(story.actors.map((a) => a.id));
    for (const event of story.events) {
      expect(event.actors.length, event.id).toBeGreaterThan(0);
      for (const actor of event.actors) expect(actorIds, event.id).toContain(actor);
      for (const account of event.accounts ?? []) {
        expect(actorIds, event.id).toContain(account.actor);
        expect(Object.keys(story.sources), event.id).toContain(account.source);
      }
    }
    // Every actor has at least one event in its lane.
    const used = new Set(story.events.flatMap((e) => e.actors));
    expect([...actorIds].filter((id) => !used.has(id))).toEqual([]);
    // Phases are intervals that end no earlier than they start.
    for (const phase of story.phases) {
      const d = parseEdtf(phase.date);
      expect(d?.interval, phase.id).toBe(true);
      expect(d!.end.getTime(), phase.id).toBeGreaterThan(d!.start.getTime());
    }
  });

  it("ids are unique stable slugs", () => {
    const groups = {
      events: story.events.map((e) => e.id),
      actors: story.actors.map((a) => a.id),
      phases: story.phases.map((p) => p.id),
      sources: Object.keys(story.sources),
    };
    for (const [kind, ids] of Object.entries(groups)) {
      for (const id of ids) expect(id, kind).toMatch(SLUG);
      expect(new Set(ids).size, `${kind} ids are unique`).toBe(ids.length);
    }
    // Links in the wild point at these; renaming one breaks them.
    expect(groups.events).toEqual(
      expect.arrayContaining([
        "nato-russia-founding-act-signed",
        "jeddah-talks-ukraine-accepts-30-day-ceasefire",
        "putin-press-conference-ceasefire-nuances",
        "trump-rutte-oval-office-disappointing-moment",
        "peskov-putin-sent-signals-to-trump",
        "trump-putin-call-energy-strikes-pause",
      ]),
    );
    expect(groups.actors.slice(0, 4)).toEqual([
      "united-states",
      "russia",
      "ukraine",
      "nato-europe",
    ]);
  });

  it("every date is valid EDTF", () => {
    const dates: [string, string][] = [
      ...story.events.map((e): [string, string] => [e.id, e.date]),
      ...allQuotes.map(({ event, quote }): [string, string] => [`${event.id} quote`, quote.date]),
      ...story.phases.map((p): [string, string] => [p.id, p.date]),
      ...Object.entries(story.sources)
        .filter(([, s]) => s.published !== undefined)
        .map(([id, s]): [string, string] => [id, s.published!]),
    ];
    if (story.focus) dates.push(["focus", story.focus]);
    for (const [where, date] of dates) expect(parseEdtf(date), `${where}: ${date}`).toBeDefined();
  });

  it("no source is dated after the story was checked, and no quote after its source", () => {
    const latest = new Date(2025, 11, 31);
    for (const [id, source] of Object.entries(story.sources)) {
      if (source.published) expect(start(source.published) <= latest, id).toBe(true);
    }
    for (const { event, quote } of allQuotes) {
      const published = story.sources[quote.source]?.published;
      if (published) {
        expect(start(quote.date) < end(published), `${event.id}: ${quote.text.slice(0, 30)}`).toBe(
          true,
        );
      }
    }
  });

  it("events are in date order", () => {
    for (let i = 1; i < story.events.length; i++) {
      const [a, b] = [story.events[i - 1]!, story.events[i]!];
      const order =
        start(a.date).getTime() - start(b.date).getTime() ||
        end(a.date).getTime() - end(b.date).getTime();
      expect(order, `${a.id} (${a.date}) before ${b.id} (${b.date})`).toBeLessThanOrEqual(0);
    }
  });

  it("the story spans the NATO–Russia Founding Act (1997) to the 18 March 2025 Trump–Putin call", () => {
    const first = story.events[0]!;
    expect(first.id).toBe("nato-russia-founding-act-signed");
    expect(first.date).toBe("1997-05-27");

    const call = story.events.find((e) => e.id === "trump-putin-call-energy-strikes-pause")!;
    expect(call.date).toBe("2025-03-18");
    const lastStart = Math.max(...story.events.map((e) => start(e.date).getTime()));
    expect(start(call.date).getTime()).toBe(lastStart);

    expect(story.focus).toBeDefined();
    expect(start(story.focus!) <= start("2025-02-12")).toBe(true);
    expect(end(story.focus!) >= end("2025-03-18")).toBe(true);
  });

  it("has the background phases, ending no later than the story does", () => {
    expect(story.phases.map((p) => p.id)).toEqual([
      "crimea-annexation-and-donbas-war",
      "full-scale-war",
      "trump-ceasefire-push",
    ]);
    for (const phase of story.phases) {
      expect(end(phase.date) <= end("2025-03-18"), phase.id).toBe(true);
    }
    const fullScaleWar = story.phases.find((p) => p.id === "full-scale-war")!;
    expect(fullScaleWar.date.startsWith("2022-02-24/")).toBe(true);
  });

  it("no article misquote stands as a verbatim quote", () => {
    const withAsReported = allQuotes.filter(({ quote }) => quote.asReported !== undefined);
    expect(withAsReported.length).toBeGreaterThanOrEqual(ARTICLE_MISQUOTES.length);
    for (const { event, quote } of withAsReported) {
      expect(quote.text, event.id).not.toBe(quote.asReported);
      expect(normalise(quote.text), event.id).not.toContain(normalise(quote.asReported!));
    }
    for (const misquote of ARTICLE_MISQUOTES) {
      for (const { event, quote } of allQuotes) {
        expect(normalise(quote.text), event.id).not.toContain(normalise(misquote));
      }
      // The correction is visible: the article's wording is kept, next to the verified one.
      expect(
        withAsReported.some(({ quote }) => normalise(quote.asReported!) === normalise(misquote)),
        misquote,
      ).toBe(true);
    }
  });

  it("Putin's 'nuances' remark is quoted with its source", () => {
    const event = story.events.find((e) => e.id === "putin-press-conference-ceasefire-nuances")!;
    expect(event.date).toBe("2025-03-13");
    expect(event.summary.toLowerCase()).toContain("nuances");
    const nuances = event.quotes.filter(
      (q) => q.speaker === "Vladimir Putin" && q.text.includes("nuances"),
    );
    expect(nuances.length).toBeGreaterThan(0);
    for (const quote of nuances) {
      expect(quote.date).toBe("2025-03-13");
      expect(quote.translated).toBe(true);
      expect(event.sources).toContain(quote.source);
      expect(story.sources[quote.source]?.url).toMatch(/^https?:\/\//);
    }
    // The Kremlin's own transcript carries the "root causes" sentence.
    const kremlin = event.quotes.find((q) => story.sources[q.source]?.publisher === "Kremlin.ru");
    expect(kremlin?.text).toContain("root causes");
  });

  it("quotes Peskov's 'signals' and Trump's 'disappointing moment' in their verified wording", () => {
    const peskov = story.events.find((e) => e.id === "peskov-putin-sent-signals-to-trump")!;
    expect(peskov.date).toBe("2025-03-14");
    expect(
      peskov.quotes.some(
        (q) => q.speaker === "Dmitry Peskov" && q.text.includes("additional signals"),
      ),
    ).toBe(true);

    const trump = story.events.find(
      (e) => e.id === "trump-rutte-oval-office-disappointing-moment",
    )!;
    expect(trump.date).toBe("2025-03-13");
    const line = trump.quotes.find((q) =>
      q.text.includes("very disappointing moment for the world"),
    );
    expect(line?.speaker).toBe("Donald Trump");
    expect(line?.text).toContain("it'll be a very disappointing moment for the world");
  });

  it("dates the Witkoff meeting honestly, as running past midnight in Moscow", () => {
    const meeting = story.events.find((e) => e.id === "putin-receives-witkoff-late-night")!;
    expect(meeting.date).toBe("2025-03-13/2025-03-14");
    expect(meeting.note).toMatch(/midnight/);
  });

  it("gives both readouts of the 18 March call as competing accounts", () => {
    const call = story.events.find((e) => e.id === "trump-putin-call-energy-strikes-pause")!;
    const accounts = call.accounts ?? [];
    expect(accounts.map((a) => a.actor).sort()).toEqual(["russia", "united-states"]);
    expect(new Set(accounts.map((a) => a.source)).size).toBe(2);
  });

  it("gives every event a place, and keeps the article's misspellings out of event text", () => {
    for (const event of story.events) {
      expect(event.place?.trim(), event.id).toBeTruthy();
      const text = [event.title, event.summary, ...event.quotes.map((q) => q.speaker)].join(" ");
      expect(text, event.id).not.toMatch(/\bHerson\b|\bZelenski\b|\bDmitri Peskov\b/);
    }
  });

  it("says in its corrections what reports of the talks got wrong", () => {
    // The corrections close "About this timeline" (story.corrections); they name the errors.
    expect(story.corrections?.length).toBeGreaterThan(0);
    const about = [...(story.about ?? []), ...(story.corrections ?? [])].join("\n");
    for (const correction of [
      "fourth year",
      "Kherson",
      "Zelensky",
      "it'll be a very disappointing moment for the world",
      "root causes",
      "too close to Ukraine",
      "Sumy Oblast",
      "30-day ceasefire",
      "Grushko",
      "Zakharova",
      "1997",
      "Alperovitch",
    ]) {
      expect(about, correction).toContain(correction);
    }
    expect(about).not.toMatch(/\bAI\b|artificial intelligence|language model/i);
  });

  it("flags unverified and less certain events with a note", () => {
    for (const id of [
      "first-trump-putin-call-second-term",
      "reports-of-us-sanctions-relief-and-kremlin-response",
      "trump-warns-of-financial-measures-against-russia",
      "reuters-russia-hands-us-list-of-demands",
      "zakharova-foreign-troops-mean-direct-conflict",
      "ukraine-kursk-salient-collapses",
      "russia-holds-about-a-fifth-of-ukraine",
    ]) {
      const event = story.events.find((e) => e.id === id);
      expect(event?.note, id).toMatch(/medium confidence/i);
    }
    // A claim no public source supports is not presented as an event.
    const eventText = story.events.map((e) => `${e.title} ${e.summary}`).join(" ");
    expect(eventText).not.toContain("Alperovitch");
  });

  it("marks every source that links to a copy, and each shows the site it opens", () => {
    expect(story.outlets).toBeDefined();
    expect(hiddenCopies(story)).toEqual([]);
    const copies = Object.values(story.sources).filter((source) => source.copy);
    expect(copies.length).toBeGreaterThan(0);
    // The link labelled "Reuters" that opens seedsforwealth.com says so.
    expect(sourceLabel(story.sources["reuters-treasury-gl-8l-expiry-copy"]!)).toBe(
      "Reuters, copy at seedsforwealth.com",
    );
  });

  it("would catch a copy that is not marked (the story with one mark removed)", () => {
    const mutated = structuredClone(story);
    delete mutated.sources["reuters-treasury-gl-8l-expiry-copy"]!.copy;
    expect(hiddenCopies(mutated)).toEqual([
      "reuters-treasury-gl-8l-expiry-copy: seedsforwealth.com is not Reuters's and is not marked",
    ]);
    expect(crossReferenceProblems(mutated).map(([path]) => path)).toEqual([
      ["sources", "reuters-treasury-gl-8l-expiry-copy", "url"],
    ]);
  });

  it("cites NBC News's own page for the Kellogg report and keeps the copies beside it", () => {
    const event = story.events.find((e) => e.id === "nbc-kremlin-did-not-want-kellogg-at-talks")!;
    const nbc = event.sources
      .map((id) => story.sources[id]!)
      .filter((s) => s.publisher === "NBC News");
    expect(nbc.map((s) => hostOf(s.url))).toEqual(["www.nbcnews.com"]);
    expect(nbc[0]!.archived?.map(siteOf)).toEqual(["megalodon.jp", "libreddit.marty.tf"]);
  });

  it("writes its notes for readers, without pointing at an article they have not read", () => {
    const texts = [
      ...story.events.map((e): [string, string] => [e.id, e.note ?? ""]),
      ...[...(story.about ?? []), ...(story.corrections ?? [])].map((p, i): [string, string] => [
        `about ${i}`,
        p,
      ]),
    ];
    for (const [where, text] of texts) {
      expect(text, where).not.toMatch(/\bthe (source )?article\b|\barticle's\b/i);
    }
  });

  it("names five to seven key moments, each an event of the story", () => {
    const keyMoments = story.keyMoments ?? [];
    expect(keyMoments.length).toBeGreaterThanOrEqual(5);
    expect(keyMoments.length).toBeLessThanOrEqual(7);
    const ids = new Set(story.events.map((e) => e.id));
    for (const id of keyMoments) expect(ids, id).toContain(id);
    expect(new Set(keyMoments).size).toBe(keyMoments.length);
    expect(keyMoments).toEqual(
      expect.arrayContaining([
        "first-trump-putin-call-second-term",
        "jeddah-talks-ukraine-accepts-30-day-ceasefire",
        "putin-press-conference-ceasefire-nuances",
        "trump-putin-call-energy-strikes-pause",
      ]),
    );
  });
});
