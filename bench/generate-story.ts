import type { Quote, Source, Story, StoryEvent } from "../src/core/schema.ts";
import { seededRandom } from "../src/core/seeded-random.ts";
import {
  ACTORS,
  PLACES,
  PUBLISHERS,
  PUBLISHER_LANGUAGE,
  QUOTES,
  SPEAKERS,
  SUMMARIES,
  TAGS,
  TITLES,
  TOPICS,
} from "./story-words.ts";

/**
 * Deterministic synthetic stories for the benchmark: `count` events over thirty years (1996–2025)
 * among six actors, with news-like titles, summaries, quotes and sources, valid against the story
 * schema. Events bunch into bursts the way news does, so some periods are dense. The same count
 * and seed always give the same story, byte for byte.
 */

export const FIRST_YEAR = 1996;
export const YEARS = 30;
const DAY_MS = 86_400_000;

type Random = () => number;

function pick<T>(random: Random, list: readonly T[]): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

function fill(template: string, words: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => words[key] ?? key);
}

function slugify(text: string, maxWords: number): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .slice(0, maxWords)
    .join("-");
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** A calendar day as UTC parts (pure arithmetic on day numbers; no time zone involved). */
function dayParts(dayNumber: number): { y: number; m: number; d: number } {
  const date = new Date(dayNumber * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

function isoDay(dayNumber: number): string {
  const { y, m, d } = dayParts(dayNumber);
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** An EDTF date at a realistic mix of precisions; the quote date is the day it was said. */
function edtfFor(random: Random, day: number): { date: string; quoteDate: string } {
  const { y, m } = dayParts(day);
  const r = random();
  const quoteDate = isoDay(day);
  if (r < 0.7) {
    const q = random();
    return { date: `${quoteDate}${q < 0.03 ? "~" : q < 0.05 ? "?" : ""}`, quoteDate };
  }
  if (r < 0.8) {
    const hour = 6 + Math.floor(random() * 16);
    const zone = pick(random, ["Z", "+01:00", "+02:00", "+03:00", "-05:00"]);
    return {
      date: `${quoteDate}T${pad(hour)}:${pick(random, ["00", "15", "30", "45"])}${zone}`,
      quoteDate,
    };
  }
  if (r < 0.88) {
    const q = random();
    return { date: `${y}-${pad(m)}${q < 0.2 ? "~" : q < 0.3 ? "?" : ""}`, quoteDate };
  }
  if (r < 0.9) return { date: `${y}`, quoteDate };
  const length = 1 + Math.floor(random() * 20);
  return { date: `${quoteDate}/${isoDay(day + length)}`, quoteDate };
}

/** Days (since 1970) of `count` events: half spread evenly, half in bursts of busy news. */
function eventDays(random: Random, count: number): number[] {
  const first = Math.round(Date.UTC(FIRST_YEAR, 0, 1) / DAY_MS);
  const span = Math.round(Date.UTC(FIRST_YEAR + YEARS, 0, 1) / DAY_MS) - first - 30;
  const bursts = Array.from({ length: 12 }, () => first + Math.floor(random() * span));
  const days: number[] = [];
  for (let i = 0; i < count; i++) {
    if (random() < 0.5) {
      days.push(first + Math.floor(random() * span));
    } else {
      // The sum of three uniforms is a cheap bell curve: most of a burst falls within ~6 weeks.
      const spread = (random() + random() + random() - 1.5) * 60;
      days.push(Math.min(first + span, Math.max(first, pick(random, bursts) + Math.round(spread))));
    }
  }
  return days.sort((a, b) => a - b);
}

function makeSources(random: Random, count: number): [string, Source][] {
  const first = Math.round(Date.UTC(FIRST_YEAR, 0, 1) / DAY_MS);
  return Array.from({ length: count }, (_, i) => {
    const publisher = pick(random, PUBLISHERS);
    const id = `${slugify(publisher, 3)}-${i + 1}`;
    const topic = pick(random, TOPICS);
    const day = first + Math.floor(random() * YEARS * 365);
    const source: Source = {
      title: `Report on ${topic}, part ${i + 1}`,
      publisher,
      url: `https://example.org/${slugify(publisher, 3)}/${isoDay(day)}/${id}`,
      published: isoDay(day),
      language: PUBLISHER_LANGUAGE[publisher] ?? "en",
    };
    return [id, source];
  });
}

function makeEvent(random: Random, day: number, index: number, sourceIds: string[]): StoryEvent {
  const actorCount = random() < 0.3 ? 2 : random() < 0.07 ? 3 : 1;
  const actors: string[] = [];
  while (actors.length < actorCount) {
    const actor = pick(random, ACTORS).id;
    if (!actors.includes(actor)) actors.push(actor);
  }
  const other = ACTORS.find((a) => !actors.includes(a.id)) ?? ACTORS[0];
  const [a, b] = [actors[0] ?? "", actors[1] ?? other.id].map(
    (id) => ACTORS.find((actor) => actor.id === id)?.name ?? id,
  );
  const words = {
    a: a ?? "",
    b: b ?? "",
    place: pick(random, PLACES),
    topic: pick(random, TOPICS),
  };
  const title = fill(pick(random, TITLES), words);
  const first = Math.floor(random() * SUMMARIES.length);
  const sentences = random() < 0.5 ? [first] : [first, (first + 1) % SUMMARIES.length];
  const summary = sentences.map((i) => fill(SUMMARIES[i] ?? "", words)).join(" ");
  const sources = [pick(random, sourceIds)];
  if (random() < 0.4) {
    const second = pick(random, sourceIds);
    if (!sources.includes(second)) sources.push(second);
  }
  const { date, quoteDate } = edtfFor(random, day);
  const quoteCount = random() < 0.35 ? 1 : random() < 0.15 ? 2 : 0;
  const quotes: Quote[] = Array.from({ length: quoteCount }, () => {
    const speaker = pick(random, SPEAKERS[pick(random, actors)] ?? []);
    return {
      text: fill(pick(random, QUOTES), words),
      speaker: speaker.name,
      role: speaker.role,
      date: quoteDate,
      source: pick(random, sources),
      language: speaker.language,
      translated: speaker.language !== "en",
    };
  });
  const tags = [pick(random, TAGS)];
  const place = random() < 0.6 ? { place: words.place } : {};
  return {
    id: `${slugify(title, 6)}-${index + 1}`,
    date,
    title,
    summary,
    actors,
    tags,
    ...place,
    quotes,
    sources,
  };
}

export function generateStory(count: number, seed = 20250311): Story {
  const random = seededRandom(seed + count);
  const sources = makeSources(random, Math.max(10, Math.ceil(count / 4)));
  const sourceIds = sources.map(([id]) => id);
  const events = eventDays(random, count).map((day, i) => makeEvent(random, day, i, sourceIds));
  const phases = [0, 10, 20].map((offset, i) => ({
    id: `phase-${i + 1}`,
    title: `Phase ${i + 1} of the talks`,
    date: `${FIRST_YEAR + offset}-01/${FIRST_YEAR + offset + 9}-12`,
  }));
  return {
    title: `A synthetic story of ${count.toLocaleString("en-US")} events`,
    description: `Thirty years of talks between six parties, generated for the benchmark (${count} events).`,
    actors: ACTORS.map(({ id, name, color }) => ({ id, name, color })),
    phases,
    sources: Object.fromEntries(sources),
    events,
  };
}

/** The story file as the build reads it (compact JSON: the 10,000-event story stays under 10 MB). */
export function storyText(story: Story): string {
  return `${JSON.stringify(story)}\n`;
}
