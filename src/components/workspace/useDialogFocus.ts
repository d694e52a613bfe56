import { useEffect, useRef } from 'react';

/** Moves focus into a dialog when it opens (its first field, else its first button) and back to where it was when it closes. */
export function useDialogFocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    const root = ref.current;
    const target = root?.querySelector<HTMLElement>('textarea, input, select') ?? root?.querySelector<HTMLElement>('button');
    target?.focus();
    return () => before?.focus?.();
  }, []);
  return ref;
}
