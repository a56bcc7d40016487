import { buildTimeline } from "../model/load.ts";
import type { Timeline } from "../model/load.ts";
import type { StoryEvent } from "../model/schema.ts";

/** A small story for the search tests: every searchable field holds a word no other field has. */
export function testTimeline(extra: StoryEvent[] = []): Timeline {
  return buildTimeline({
    title: "Test story",
    description: "For the search tests.",
    actors: [
      { id: "russia", name: "Russia" },
      { id: "ukraine", name: "Ukraine" },
      { id: "usa", name: "United States" },
    ],
    phases: [],
    sources: {
      kremlin: {
        title: "Joint news conference with Alexander Lukashenko",
        publisher: "Kremlin",
        url: "https://example.org/kremlin",
        language: "ru",
      },
      wire: {
        title: "Talks in Jeddah",
        publisher: "Wire",
        url: "https://example.org/wire",
        language: "en",
      },
    },
    events: [
      {
        id: "putin-press-conference",
        date: "2025-03-13",
        title: "Putin answers on the ceasefire proposal",
        summary: "Russia agrees in principle but sets conditions.",
        actors: ["russia"],
        tags: ["ceasefire"],
        place: "Moscow",
        quotes: [
          {
            text: "We are for it, but there are nuances.",
            speaker: "Vladimir Putin",
            date: "2025-03-13",
            source: "kremlin",
            language: "ru",
            translated: true,
          },
        ],
        sources: ["kremlin"],
      },
      {
        id: "jeddah-talks",
        date: "2025-03-11",
        title: "Talks in Saudi Arabia",
        summary: "Ukraine accepts a 30-day ceasefire proposal.",
        actors: ["ukraine", "usa"],
        tags: ["ceasefire", "diplomacy"],
        place: "Jeddah",
        quotes: [
          {
            text: "The ball is now in their court.",
            speaker: "Marco Rubio",
            date: "2025-03-11",
            source: "wire",
            language: "en",
            translated: false,
          },
        ],
        sources: ["wire"],
      },
      {
        id: "zelenskyy-address",
        date: "2025-03-12",
        title: "Zelenskyy: Kyiv awaits Moscow’s answer",
        summary: "The president speaks in Kyiv.",
        actors: ["ukraine"],
        tags: ["diplomacy"],
        quotes: [],
        sources: ["wire"],
      },
      {
        id: "strikes",
        date: "2025-03-14",
        title: "Strikes on energy sites",
        summary: "Drones hit Odesa and Kryvyi Rih.",
        actors: ["russia", "ukraine"],
        tags: ["battlefield"],
        quotes: [],
        sources: ["wire"],
      },
      ...extra,
    ],
  });
}
