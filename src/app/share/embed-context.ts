import { createContext } from "react";

/** What the Embed button needs from the page: the embed's address for the view, and a title. */
export interface EmbedTarget {
  /** The embed's address for the current view, read when the reader presses the button. */
  url: () => string;
  /** The iframe's accessible name on the host page. */
  title: string;
}

/** Provided by the full page only: inside the embed there is no Embed button. */
export const EmbedContext = createContext<EmbedTarget | undefined>(undefined);
