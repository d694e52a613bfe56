import { useEffect, useRef } from 'react';

/**
 * Moves focus into a dialog when it opens (its first field, else its first button) and back to
 * where it was when it closes; with `onEscape`, the Escape key calls it.
 */
export function useDialogFocus<T extends HTMLElement>(onEscape?: () => void) {
  const ref = useRef<T>(null);
  const escape = useRef(onEscape);
  useEffect(() => {
    escape.current = onEscape;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && escape.current) escape.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    const root = ref.current;
    const target = root?.querySelector<HTMLElement>('textarea, input, select') ?? root?.querySelector<HTMLElement>('button');
    target?.focus();
    return () => before?.focus?.();
  }, []);
  return ref;
}
