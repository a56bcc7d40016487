import { useEffect, useRef } from "react";
import { SHORTCUTS } from "./shortcut-list.ts";

export interface ShortcutsDialogProps {
  open: boolean;
  onClose: () => void;
}

/** A modal list of the keyboard shortcuts; Esc, the Close button or a click outside closes it. */
export function ShortcutsDialog({ open, onClose }: ShortcutsDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="shortcuts-dialog"
      aria-labelledby="shortcuts-title"
      closedby="any"
      onClose={onClose}
      onKeyDown={(e) => {
        // This Escape closes the dialog only, not the event panel behind it.
        if (e.key === "Escape") e.stopPropagation();
      }}
    >
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      {SHORTCUTS.map((group) => (
        <div key={group.area} className="shortcut-group">
          <h3>{group.area}</h3>
          <dl>
            {group.keys.map((shortcut) => (
              <div key={shortcut.does} className="shortcut">
                <dt>
                  {shortcut.keys.map((key, i) => (
                    <span key={key}>
                      {i > 0 && " or "}
                      <kbd>{key}</kbd>
                    </span>
                  ))}
                </dt>
                <dd>{shortcut.does}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
      <form method="dialog">
        <button type="submit" className="dialog-close" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
