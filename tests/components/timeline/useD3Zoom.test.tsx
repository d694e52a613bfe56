// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { StoreContext, useDateline } from '../../../src/store/react';
import { createDatelineStore } from '../../../src/store/store';
import { useD3Zoom } from '../../../src/components/timeline/useD3Zoom';
import { windowFromTransform } from '../../../src/timeline/viewportMath';
import type { TimeWindow } from '../../../src/lib/model/calendar';

const BASE: TimeWindow = { start: Date.UTC(2020, 0, 1), end: Date.UTC(2021, 0, 1) };
const WIDTH = 1000;

function Surface({ onGesture }: { onGesture: (active: boolean) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const vp = useDateline((s) => s.viewport) ?? BASE;
  useD3Zoom(ref, vp, BASE, WIDTH, onGesture);
  return <div ref={ref} role="application" aria-label="Chart" />;
}

let frames: (() => void)[] = [];
function runFrames() {
  const due = frames;
  frames = [];
  act(() => due.forEach((f) => f()));
}

beforeEach(() => {
  frames = [];
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(Date.UTC(2024, 0, 1));
  vi.stubGlobal('requestAnimationFrame', (fn: () => void) => frames.push(fn));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => {
    if (id > 0 && id <= frames.length) frames[id - 1] = () => {};
  });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function wheel(el: Element) {
  act(() => {
    el.dispatchEvent(new WheelEvent('wheel', { deltaY: -80, clientX: 500, clientY: 10, bubbles: true, cancelable: true }));
  });
}

describe('useD3Zoom', () => {
  it('writes a wheel gesture to the store once per animation frame, and its exact last window when it ends', () => {
    const store = createDatelineStore();
    const writes: unknown[] = [];
    store.subscribe((s, prev) => {
      if (s.viewport !== prev.viewport) writes.push(s.viewport);
    });
    const gestures: boolean[] = [];
    render(
      <StoreContext.Provider value={store}>
        <Surface onGesture={(a) => gestures.push(a)} />
      </StoreContext.Provider>,
    );
    const el = screen.getByRole('application', { name: 'Chart' });
    wheel(el);
    wheel(el);
    wheel(el);
    expect(gestures).toEqual([true]);
    expect(writes).toHaveLength(0); // nothing until the frame
    runFrames();
    expect(writes).toHaveLength(1);
    const afterFrame = store.getState().viewport!;
    expect(afterFrame.end - afterFrame.start).toBeLessThan(BASE.end - BASE.start);

    wheel(el);
    wheel(el);
    act(() => {
      vi.advanceTimersByTime(200); // d3-zoom ends a wheel gesture after 150 ms without wheel events
    });
    expect(gestures).toEqual([true, false]);
    const final = store.getState().viewport!;
    const t = (el as unknown as { __zoom: { k: number; x: number } }).__zoom;
    expect(final).toEqual(windowFromTransform(t, BASE, WIDTH));
    expect(final.end - final.start).toBeLessThan(afterFrame.end - afterFrame.start);
    expect(writes).toHaveLength(2);
    // The frame that was still queued writes nothing more.
    runFrames();
    expect(writes).toHaveLength(2);
  });

  it('follows a window set elsewhere (buttons, keyboard) by moving the d3 transform', () => {
    const store = createDatelineStore();
    render(
      <StoreContext.Provider value={store}>
        <Surface onGesture={() => {}} />
      </StoreContext.Provider>,
    );
    const el = screen.getByRole('application', { name: 'Chart' });
    const half = { start: BASE.start, end: BASE.start + (BASE.end - BASE.start) / 2 };
    act(() => store.getState().setViewport(half));
    const t = (el as unknown as { __zoom: { k: number; x: number } }).__zoom;
    expect(t.k).toBeCloseTo(2, 9);
    const w = windowFromTransform(t, BASE, WIDTH);
    expect(w.start).toBeCloseTo(half.start, -1);
    expect(w.end).toBeCloseTo(half.end, -1);
  });
});
