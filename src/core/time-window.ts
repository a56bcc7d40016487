/** A stretch of time: the timeline's visible window, a story's focus or extent. */
export interface TimeWindow {
  start: Date;
  end: Date;
}
