import { ModalDialog } from "../modal/modal-dialog.tsx";
import { SHORTCUTS } from "./shortcut-list.ts";

export interface ShortcutsDialogProps {
  open: boolean;
  onClose: () => void;
}

/** A modal list of the keyboard shortcuts; Esc, the Close button or a click outside closes it. */
export function ShortcutsDialog({ open, onClose }: ShortcutsDialogProps) {
  return (
    <ModalDialog open={open} onClose={onClose} title="Keyboard shortcuts" focusClose>
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
    </ModalDialog>
  );
}
