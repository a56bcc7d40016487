export interface TimelineControlsProps {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onShowAll: () => void;
}

/** The zoom buttons above the chart; the same actions as the + - and 0 keys. */
export function TimelineControls({ onZoomIn, onZoomOut, onShowAll }: TimelineControlsProps) {
  return (
    <div className="timeline-controls" role="group" aria-label="Timeline zoom">
      <button type="button" onClick={onZoomIn} aria-keyshortcuts="+">
        <span aria-hidden="true">+</span> Zoom in
      </button>
      <button type="button" onClick={onZoomOut} aria-keyshortcuts="-">
        <span aria-hidden="true">−</span> Zoom out
      </button>
      <button type="button" onClick={onShowAll} aria-keyshortcuts="0 Home">
        Show all
      </button>
    </div>
  );
}
