/**
 * The columns of TimelineJS's Google Sheets template, in its order, and the optional columns this
 * project adds for what TimelineJS has no place for. Names are matched without regard to case or
 * surrounding spaces, as editors retype headers.
 */

export const TIMELINEJS_COLUMNS = [
  "Year",
  "Month",
  "Day",
  "Time",
  "End Year",
  "End Month",
  "End Day",
  "End Time",
  "Display Date",
  "Headline",
  "Text",
  "Media",
  "Media Credit",
  "Media Caption",
  "Media Thumbnail",
  "Type",
  "Group",
  "Background",
] as const;

/** Read by TimelineJS too, though its template does not list them. */
export const TIMELINEJS_OPTIONAL_COLUMNS = ["Alt Text", "Tag"] as const;

/**
 * Ours: Id (the event's id, written by export so re-imports keep it exactly), Tags (comma
 * separated), Place, Source URL (one or more, one a line), Source title and Source publisher (one a
 * line, matching the URLs), Quote and Speaker ("Name, role").
 */
export const EXTRA_COLUMNS = [
  "Id",
  "Tags",
  "Place",
  "Source URL",
  "Source title",
  "Source publisher",
  "Quote",
  "Speaker",
] as const;

export const SHEET_COLUMNS = [...TIMELINEJS_COLUMNS, ...EXTRA_COLUMNS] as const;

export type Column = (typeof SHEET_COLUMNS)[number] | (typeof TIMELINEJS_OPTIONAL_COLUMNS)[number];

const KNOWN: readonly Column[] = [...SHEET_COLUMNS, ...TIMELINEJS_OPTIONAL_COLUMNS];

const key = (name: string) => name.trim().toLowerCase().replace(/\s+/g, " ");

/** The known column a header cell names, if any. */
export function columnOf(header: string): Column | undefined {
  return KNOWN.find((c) => key(c) === key(header));
}
