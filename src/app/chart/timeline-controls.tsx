export interface TimelineControlsProps {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onShowAll: () => void;
  /** The chart is drawn and can move: until then the buttons are disabled, not silently inert. */
  ready: boolean;
}

/** The zoom buttons above the chart; the same actions as the + - and 0 keys. */
export function TimelineControls({ onZoomIn, onZoomOut, onShowAll, ready }: TimelineControlsProps) {
  return (
    <div className="timeline-controls" role="group" aria-label="Timeline zoom">
      <button type="button" disabled={!ready} onClick={onZoomIn} aria-keyshortcuts="+">
        <span aria-hidden="true">+</span> Zoom in
      </button>
      <button type="button" disabled={!ready} onClick={onZoomOut} aria-keyshortcuts="-">
        <span aria-hidden="true">−</span> Zoom out
      </button>
      <button type="button" disabled={!ready} onClick={onShowAll} aria-keyshortcuts="0 Home">
        Show all
      </button>
    </div>
  );
}
