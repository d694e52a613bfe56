/**
 * The short keyboard-help panel (`?`): a non-modal dialog named "Keyboard shortcuts",
 * closed with Escape or its Close button; focus returns to where it was.
 */
import { useEffect, useRef } from 'react';

const KEYS: [string, string][] = [
  ['← / →', 'Previous / next event'],
  ['Home / End', 'First / last event'],
  ['+ / −', 'Zoom in / out'],
  ['Enter', 'Select the focused event'],
  ['Drag, wheel, pinch', 'Pan and zoom the chart'],
  ['?', 'Show this help'],
  ['Esc', 'Close this help'],
];

export function KeyboardHelp({ onClose }: { onClose: () => void }) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    closeRef.current?.focus();
    return () => previous?.focus?.();
  }, []);
  return (
    <div
      role="dialog"
      aria-label="Keyboard shortcuts"
      className="tl-help"
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <h2 className="tl-help-title">Keyboard shortcuts</h2>
      <dl>
        {KEYS.map(([k, v]) => (
          <div key={k} className="tl-help-row">
            <dt>
              <kbd>{k}</kbd>
            </dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <button ref={closeRef} type="button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
