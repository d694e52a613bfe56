/**
 * Roving focus over the badge buttons: one tab stop for all of them; ← → ↑ ↓ move between
 * badges, Home and End go to the first and last. Enter and Space are the buttons' own.
 */
import { useState, type RefObject } from 'react';

export interface BadgeFocus {
  /** Index of the badge that carries tabIndex 0 (-1 when there are none). */
  tabStop: number;
  /** Keydown handler of badge k. */
  onKeyDown: (e: React.KeyboardEvent, k: number) => void;
  /** Call when badge k receives focus (it becomes the tab stop). */
  onFocus: (k: number) => void;
}

/** `count` badges rendered as `button.tl-badge` inside `container`. */
export function useBadgeFocus(container: RefObject<HTMLElement | null>, count: number): BadgeFocus {
  const [stop, setStop] = useState(0);
  const onKeyDown = (e: React.KeyboardEvent, k: number) => {
    const dir = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : e.key === 'Home' ? -Infinity : e.key === 'End' ? Infinity : 0;
    if (dir === 0 || count === 0) return;
    e.preventDefault();
    const next = Math.max(0, Math.min(count - 1, k + (Number.isFinite(dir) ? dir : dir * count)));
    setStop(next);
    container.current?.querySelectorAll<HTMLButtonElement>('button.tl-badge')[next]?.focus();
  };
  return { tabStop: Math.min(stop, count - 1), onKeyDown, onFocus: setStop };
}
