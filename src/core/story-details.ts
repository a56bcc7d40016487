import type { Story, StoryEvent } from "./schema.ts";

/**
 * What only an open event, the printout and search draw: each event's quotes, accounts and
 * sources, and the story's sources, outlets and "About". The build ships them in a chunk of their
 * own (src/build/story-plugin.ts), which the app asks for once it has started and a share page
 * preloads; the first download carries only what the first screen draws.
 */
export interface StoryDetails {
  sources?: Story["sources"];
  outlets?: Story["outlets"];
  about?: Story["about"];
  events: EventDetails[];
}

export interface EventDetails {
  id: string;
  quotes: StoryEvent["quotes"];
  sources: StoryEvent["sources"];
  accounts?: StoryEvent["accounts"];
}

/**
 * The story without its details (quotes and sources empty, no accounts, outlets or "About"), and
 * the details; `joinStory` puts them back together, equal to `story`.
 */
export function splitStory(story: Story): { brief: Story; details: StoryDetails } {
  const { sources, outlets, about, events, ...rest } = story;
  const brief: Story = {
    ...rest,
    sources: {},
    events: events.map((event) => {
      const without: StoryEvent = { ...event, quotes: [], sources: [] };
      delete without.accounts;
      return without;
    }),
  };
  const details: StoryDetails = {
    sources,
    ...(outlets && { outlets }),
    ...(about && { about }),
    events: events.map(({ id, quotes, sources, accounts }) => ({
      id,
      quotes,
      sources,
      ...(accounts && { accounts }),
    })),
  };
  return { brief, details };
}

/** An event's details put back (an event without an entry keeps what it has). */
function eventWithDetails(event: StoryEvent, details: EventDetails | undefined): StoryEvent {
  if (!details) return event;
  const { quotes, sources, accounts } = details;
  return { ...event, quotes, sources, ...(accounts && { accounts }) };
}

/** The story as it was before `splitStory`. */
export function joinStory(brief: Story, details: StoryDetails): Story {
  const byId = detailsById(details);
  return {
    ...brief,
    ...(details.sources && { sources: details.sources }),
    ...(details.outlets && { outlets: details.outlets }),
    ...(details.about && { about: details.about }),
    events: brief.events.map((e) => eventWithDetails(e, byId.get(e.id))),
  };
}

export function detailsById(details: StoryDetails): Map<string, EventDetails> {
  return new Map(details.events.map((d) => [d.id, d]));
}
