/**
 * The content width of an element, kept current with a ResizeObserver (falls back to the
 * element's clientWidth, or `fallback` where layout is unavailable, e.g. jsdom).
 */
import { useLayoutEffect, useState, type RefObject } from 'react';

/** A width, and whether it was read from the element yet (false on the first render only). */
export interface ElementWidth {
  width: number;
  measured: boolean;
}

export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback = 800): ElementWidth {
  const [state, setState] = useState<ElementWidth>({ width: fallback, measured: false });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = el.clientWidth;
      const width = w > 0 ? w : fallback;
      setState((s) => (s.measured && s.width === width ? s : { width, measured: true }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, fallback]);
  return state;
}
