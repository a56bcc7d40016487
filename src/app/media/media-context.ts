import { createContext, useContext } from "react";
import type { MediaIndex } from "../../core/media.ts";

/** What the build made of the story's local media (sizes, formats, hashed names). */
export const MediaContext = createContext<MediaIndex>({});

export function useMediaIndex(): MediaIndex {
  return useContext(MediaContext);
}

/** Where the site's files are: media live at <base>media/, one copy for every story. */
export const MEDIA_BASE: string = import.meta.env.BASE_URL;
