/**
 * Which rows of a long list of equal-height rows are on screen, as a pure function: the list
 * renders only these (plus a margin), so it costs the same at 10,000 events as at 40.
 */

export interface RangeInput {
  /** Top of the list's first row, on screen (may be far above the view). */
  listTop: number;
  /** The part of the screen the list can be seen in. */
  viewTop: number;
  viewBottom: number;
  rowHeight: number;
  count: number;
  /** Rows rendered beyond each edge, so fast scrolling and arrow keys meet rendered rows. */
  overscan: number;
}

/** Rows `first` (inclusive) to `last` (exclusive). */
export interface RowRange {
  first: number;
  last: number;
}

export function visibleRange({
  listTop,
  viewTop,
  viewBottom,
  rowHeight,
  count,
  overscan,
}: RangeInput): RowRange {
  if (count === 0 || rowHeight <= 0) return { first: 0, last: 0 };
  const clamp = (n: number) => Math.min(Math.max(n, 0), count);
  const first = clamp(Math.floor((viewTop - listTop) / rowHeight) - overscan);
  const last = clamp(Math.ceil((viewBottom - listTop) / rowHeight) + overscan);
  return { first, last: Math.max(first, last) };
}
