import type { Story } from "../core/schema.ts";

/**
 * What `npm run new-story` writes: the smallest story that builds and shows every part an editor
 * fills in. Every fact in it is a placeholder that says so (a title starting "Replace", a link on
 * example.org, which is reserved for examples), dated the day the story was started; nothing in it
 * could pass for a report.
 */
export function starterStory(title: string, today: string): Story {
  return {
    $schema: "../events.schema.json",
    title,
    description: "Replace with one or two sentences: what this timeline follows, and why now.",
    outlets: { "Example News": ["example.org"] },
    keyMoments: ["first-event"],
    tags: { background: "Background" },
    // Blue and red, each above 4.5:1 against the page's light background and told apart in
    // the common colour-vision deficiencies.
    actors: [
      { id: "first-actor", name: "Replace with the first actor", color: "#2b6cb0" },
      { id: "second-actor", name: "Replace with the second actor", color: "#c53030" },
    ],
    phases: [
      { id: "first-phase", title: "Replace with the name of a period", date: `${today}/..` },
    ],
    sources: {
      "first-source": {
        title: "Replace with the headline of the article the event comes from",
        publisher: "Example News",
        url: "https://example.org/replace-with-the-article",
        published: today,
        language: "en",
      },
    },
    events: [
      {
        id: "first-event",
        date: today,
        title: "Replace with what happened",
        summary: "Replace with a sentence or two on what happened, as the source reports it.",
        actors: ["first-actor", "second-actor"],
        tags: ["background"],
        quotes: [],
        sources: ["first-source"],
      },
    ],
  };
}
