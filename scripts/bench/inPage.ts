/**
 * The measuring code injected into the benchmarked page (as plain JS text, so that the TS
 * toolchain cannot rewrite it). It defines `window.__bench`:
 * - `startFrames()` / `stopFrames()`: a requestAnimationFrame sampler returning frame deltas (ms);
 * - `canvasState()`: the timeline canvas `data-marks` / `data-bins` attributes;
 * - `arm(kind, eventType)` then `result(kind)`: time from the next trusted input event of `eventType`
 *   (captured on window, before the app sees it) to the end of the first painted frame in which the
 *   watched state differs (`kind` = "filter": canvas attributes or the event count; "select": the
 *   highlighted mark, the event card heading or the Time slider value). The check runs in a task
 *   posted from a rAF callback, i.e. after that frame's rendering.
 */
export const BENCH_INIT_SCRIPT = String.raw`
(() => {
  const timelineEl = () => document.querySelector('[data-bench="timeline"]') || document;
  const text = (el) => (el ? (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 200) : '');
  const canvasState = () => {
    const c = timelineEl().querySelector('canvas[data-marks], canvas[data-bins]') || document.querySelector('canvas[data-marks], canvas[data-bins]');
    return c ? { marks: c.getAttribute('data-marks'), bins: c.getAttribute('data-bins') } : null;
  };
  const countText = () => {
    const parts = [];
    for (const el of document.querySelectorAll('[role="status"], [aria-live], [data-event-count]')) parts.push(text(el));
    return parts.join('|');
  };
  const filterSig = () => JSON.stringify([canvasState(), countText()]);
  const selectSig = () => {
    const root = timelineEl();
    const sel = root.querySelector('[aria-current]:not([aria-current="false"]), [aria-pressed="true"], [aria-selected="true"]');
    const card = document.querySelector('article, [role="article"]');
    const heading = card ? card.querySelector('h1, h2, h3, h4, [role="heading"]') : null;
    const slider = document.querySelector('[role="slider"]');
    return JSON.stringify([text(sel), text(heading) || text(card), slider ? slider.getAttribute('aria-valuetext') : null]);
  };
  const SIGS = { filter: filterSig, select: selectSig };
  const pending = {};
  let frames = null;
  let last = 0;
  const loop = (t) => {
    if (!frames) return;
    if (last) frames.push(t - last);
    last = t;
    requestAnimationFrame(loop);
  };
  window.__bench = {
    canvasState,
    filterSig,
    selectSig,
    startFrames() {
      frames = [];
      last = 0;
      requestAnimationFrame(loop);
    },
    stopFrames() {
      const f = frames || [];
      frames = null;
      return f;
    },
    /** A cheap fingerprint of the timeline canvas pixels, to check that a gesture changed the view. */
    canvasHash() {
      const c = timelineEl().querySelector('canvas[data-marks], canvas[data-bins]');
      const ctx = c && c.getContext('2d');
      if (!ctx || !c.width || !c.height) return null;
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      let h = 0;
      for (let i = 0; i < d.length; i += 389) h = (Math.imul(h, 31) + d[i]) | 0;
      return h;
    },
    /** A point over the timeline canvas where no button sits (so a drag reaches d3-zoom). */
    grabPoint() {
      const c = timelineEl().querySelector('canvas[data-marks], canvas[data-bins]');
      if (!c) return null;
      const r = c.getBoundingClientRect();
      for (let fy = 0.5; fy < 0.95; fy += 0.037) {
        for (let fx = 0.5; fx > 0.05; fx -= 0.031) {
          const x = r.left + r.width * fx;
          const y = r.top + Math.min(r.height, innerHeight - r.top) * fy;
          const el = document.elementFromPoint(x, y);
          if (el && !el.closest('button, a, input') && timelineEl().contains(el)) return { x, y };
        }
      }
      return null;
    },
    nextFrame() {
      return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    },
    arm(kind, eventType, timeoutMs) {
      const sig = SIGS[kind];
      const before = sig();
      pending[kind] = new Promise((resolve) => {
        const onInput = (e) => {
          if (!e.isTrusted) return;
          window.removeEventListener(eventType, onInput, true);
          const t0 = performance.now();
          const check = () => {
            const now = performance.now();
            if (sig() !== before) resolve({ ms: now - t0, changed: true, before, after: sig() });
            else if (now - t0 > timeoutMs) resolve({ ms: null, changed: false, before, after: before });
            else requestAnimationFrame(() => setTimeout(check, 0));
          };
          requestAnimationFrame(() => setTimeout(check, 0));
        };
        window.addEventListener(eventType, onInput, true);
      });
      return before;
    },
    result(kind) {
      return pending[kind];
    },
  };
})();
`;
