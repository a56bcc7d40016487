import { createContext, useContext, useEffect, useState } from "react";
import type { StoryDetails } from "../core/story-details.ts";
import { withDetails } from "../core/story-model.ts";
import type { StoryModel } from "../core/story-model.ts";

/**
 * The page starts from the story's brief (src/core/story-details.ts): everything the first screen
 * draws. Its details (quotes, sources, accounts, "About") load once the app has started; until
 * then the open event shows its title, summary and note and says its quotes are on their way.
 * The chart and the list keep the brief's model: the details change nothing they draw.
 */
export type WholeStory = StoryModel | "loading" | "failed";

/** The whole story's model; none (the default) when the model the page has is whole already. */
export const WholeStoryContext = createContext<WholeStory | undefined>(undefined);

/** The whole story's model where it has loaded (`model` itself when it was whole). */
export function useWholeStory(model: StoryModel): WholeStory {
  return useContext(WholeStoryContext) ?? model;
}

/** The whole story's model once it is there (`model` itself when it was whole), else none. */
export function useLoadedStory(model: StoryModel): StoryModel | undefined {
  const whole = useWholeStory(model);
  return typeof whole === "object" ? whole : undefined;
}

/** `model` with its details once `load` brings them, asked for after the page's first paint. */
export function useLoadedDetails(model: StoryModel, load: () => Promise<StoryDetails>): WholeStory {
  const [loaded, setLoaded] = useState<{ from: StoryModel; whole: StoryModel | "failed" }>();
  useEffect(() => {
    let live = true;
    load().then(
      (details) => {
        if (live) setLoaded({ from: model, whole: withDetails(model, details) });
      },
      () => {
        if (live) setLoaded({ from: model, whole: "failed" });
      },
    );
    return () => {
      live = false;
    };
  }, [model, load]);
  return loaded?.from === model ? loaded.whole : "loading";
}

/** What an event's panel says while its quotes and sources load, or when they could not. */
export const DETAILS_LOADING = "Loading quotes and sources…";
export const DETAILS_FAILED =
  "The quotes and sources could not be loaded. Check the connection and reload the page.";
