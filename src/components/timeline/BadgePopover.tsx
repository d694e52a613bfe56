/**
 * The list a count badge opens when its members share a day or cannot separate: a non-modal
 * dialog named like "7 events on 4 Feb 2022", one button per member named "<title>, <date>" (the
 * mark buttons' name). Focus moves to the first row; ↑ ↓ move between rows; Escape and a click
 * outside close it, and focus returns to the badge.
 */
import { useEffect, useRef } from 'react';
import type { TimelineEvent } from '../../lib/model/types';
import { eventLabel } from './eventLabel';

interface BadgePopoverProps {
  label: string;
  events: readonly { i: number; ev: TimelineEvent }[];
  left: number;
  top: number;
  /** The badge button (focus returns there on close). */
  anchor: HTMLElement | null;
  onPick: (i: number) => void;
  onClose: () => void;
}

export function BadgePopover({ label, events, left, top, anchor, onPick, onClose }: BadgePopoverProps) {
  const ref = useRef<HTMLDivElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button.tl-popover-row')?.focus();
    const onDown = (e: PointerEvent | MouseEvent) => {
      const t = e.target as Node | null;
      if (t && (ref.current?.contains(t) || anchor?.contains(t))) return;
      closeRef.current();
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [anchor]);

  const close = () => {
    onClose();
    anchor?.focus();
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    // The list is its own widget: the timeline's shortcuts (arrows, Home, Escape) do not see its keys.
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
      return;
    }
    const dir = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (dir === 0) return;
    e.preventDefault();
    const rows = Array.from(ref.current?.querySelectorAll<HTMLButtonElement>('button.tl-popover-row') ?? []);
    const at = rows.indexOf(document.activeElement as HTMLButtonElement);
    rows[Math.max(0, Math.min(rows.length - 1, at + dir))]?.focus();
  };

  return (
    <div ref={ref} className="tl-popover" role="dialog" aria-modal="false" aria-label={label} style={{ left, top }} onKeyDown={onKeyDown} onClick={(e) => e.stopPropagation()}>
      <div className="tl-popover-head">
        <span>{label}</span>
        <button type="button" className="tl-popover-close" aria-label="Close list" onClick={close}>
          ×
        </button>
      </div>
      <ul className="tl-popover-list">
        {events.map(({ i, ev }) => (
          <li key={ev.id}>
            <button type="button" className="tl-popover-row" onClick={() => onPick(i)}>
              {eventLabel(ev)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
