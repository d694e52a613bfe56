/**
 * One benchmark run in a fresh browser context: load a dataset with `?data=`, then time the
 * ready mark, zoom/pan frames, a filter change and a next-event keypress, and read heap and canvas counts.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { BENCH_INIT_SCRIPT } from './inPage';
import { summarizeFrames, type FrameSummary } from './stats';
import type { CpuProfile } from './profile';

/** Canvas counters written by the timeline renderer. */
export interface CanvasCounts {
  marks: number | null;
  bins: number | null;
}

/** Everything measured in one run. Null where the app did not respond (see `notes`). */
export interface RunResult {
  readyMs: number | null;
  /** Milestones before the ready mark (ms since navigation): DOMContentLoaded, dataset fetched (responseEnd). */
  milestones: { domContentLoaded: number | null; dataFetched: number | null };
  /** The app's own `performance.measure` entries up to the ready mark (e.g. `dateline:parse`), name → duration ms. */
  measures: Record<string, number>;
  frames: FrameSummary & { zoomIn: FrameSummary; pan: FrameSummary; zoomOut: FrameSummary };
  filterMs: number | null;
  filterOffMs: number | null;
  keyMs: number | null;
  keySamples: number[];
  heapMB: number | null;
  atLoad: CanvasCounts | null;
  zoomedIn: CanvasCounts | null;
  afterFilter: CanvasCounts | null;
  consoleErrors: string[];
  notes: string[];
  /** CPU profiles (with `profile`): page load to the ready mark, the zoom/pan gestures, the filter change, the five keypresses. */
  profiles?: { load?: CpuProfile; zoom?: CpuProfile; filter?: CpuProfile; key?: CpuProfile };
  /** Chromium trace of the zoom/pan gestures (with `trace`), Trace Event Format JSON text. */
  zoomTrace?: string;
}

/** Options of one run. */
export interface RunOptions {
  url: string;
  screenshot: string | null;
  profile: boolean;
  /** Record a Chromium trace (devtools.timeline) of the zoom/pan gestures. */
  trace?: boolean;
  steps: number;
  readyTimeoutMs: number;
}

interface ChangeResult {
  ms: number | null;
  changed: boolean;
}

const num = (v: string | null | undefined): number | null => (v == null || v === '' || Number.isNaN(Number(v)) ? null : Number(v));

async function canvasCounts(page: Page): Promise<CanvasCounts | null> {
  const s = (await page.evaluate('window.__bench.canvasState()')) as { marks: string | null; bins: string | null } | null;
  return s ? { marks: num(s.marks), bins: num(s.bins) } : null;
}

/** Input pacing of the scripted gestures (60 Hz). */
const INPUT_INTERVAL_MS = 1000 / 60;
/** Wheel delta per zoom step: d3-zoom scales by 2^(80 × 0.002) ≈ 1.12 per step, ≈ 780× over 60 steps. */
const WHEEL_STEP = 80;

const nextFrame = (page: Page): Promise<unknown> => page.evaluate('window.__bench.nextFrame()');

async function timed(page: Page, kind: 'filter' | 'select', eventType: string, act: () => Promise<void>): Promise<ChangeResult> {
  await page.evaluate(`window.__bench.arm(${JSON.stringify(kind)}, ${JSON.stringify(eventType)}, 5000)`);
  await act();
  return (await page.evaluate(`window.__bench.result(${JSON.stringify(kind)})`)) as ChangeResult;
}

/** Drives the zoom-in, pan and zoom-out gestures over the plot; returns frame deltas of each phase. */
async function interact(
  page: Page,
  steps: number,
  zoomedShot: string | null,
  notes: string[],
): Promise<{ zoomIn: number[]; pan: number[]; zoomOut: number[]; zoomedIn: CanvasCounts | null }> {
  const grab = async (): Promise<{ x: number; y: number }> => {
    const p = (await page.evaluate('window.__bench.grabPoint()')) as { x: number; y: number } | null;
    if (!p) throw new Error('no free point over the timeline canvas to zoom and drag');
    return p;
  };
  const start = await grab();
  await page.mouse.move(start.x, start.y);
  const phase = async (name: string, step: (i: number) => Promise<void>): Promise<number[]> => {
    const before = await page.evaluate('window.__bench.canvasHash()');
    await page.evaluate('window.__bench.startFrames()');
    // one input step per ~frame, like a continuous gesture: each step waits for the page's input ack,
    // then at least until a 60 Hz input interval has passed
    let last = 0;
    for (let i = 0; i < steps; i++) {
      const wait = last + INPUT_INTERVAL_MS - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      last = performance.now();
      await step(i);
    }
    await nextFrame(page);
    await nextFrame(page);
    const frames = (await page.evaluate('window.__bench.stopFrames()')) as number[];
    if (before !== null && before === (await page.evaluate('window.__bench.canvasHash()'))) notes.push(`${name}: the canvas did not change`);
    return frames;
  };
  const zoomIn = await phase('zoom in', () => page.mouse.wheel(0, -WHEEL_STEP));
  const zoomedIn = await canvasCounts(page);
  if (zoomedShot) await page.screenshot({ path: zoomedShot });
  let from = await grab();
  const pan = await phase('pan', async (i) => {
    if (i === 0) {
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
    }
    await page.mouse.move(from.x - (i + 1) * 5, from.y);
    if (i === steps - 1) await page.mouse.up();
  });
  from = await grab();
  await page.mouse.move(from.x, from.y);
  const zoomOut = await phase('zoom out', () => page.mouse.wheel(0, WHEEL_STEP));
  return { zoomIn, pan, zoomOut, zoomedIn };
}

/** Runs one measurement in a fresh context. */
export async function runOnce(browser: Browser, opts: RunOptions): Promise<RunResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const notes: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text().slice(0, 300));
  });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message.slice(0, 300)}`));
  await page.addInitScript(BENCH_INIT_SCRIPT);
  const cdp: CDPSession = await context.newCDPSession(page);
  const empty = summarizeFrames([]);
  const result: RunResult = {
    readyMs: null,
    milestones: { domContentLoaded: null, dataFetched: null },
    measures: {},
    frames: { ...empty, zoomIn: empty, pan: empty, zoomOut: empty },
    filterMs: null,
    filterOffMs: null,
    keyMs: null,
    keySamples: [],
    heapMB: null,
    atLoad: null,
    zoomedIn: null,
    afterFilter: null,
    consoleErrors,
    notes,
  };
  const profiles: NonNullable<RunResult['profiles']> = {};
  if (opts.profile) result.profiles = profiles;
  const startProfile = async (): Promise<void> => {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  };
  const stopProfile = async (): Promise<CpuProfile> => ((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile;
  try {
    if (opts.profile) await startProfile();
    await page.goto(opts.url, { waitUntil: 'load' });
    await page.waitForFunction("performance.getEntriesByName('timeline-ready').length > 0", undefined, {
      timeout: opts.readyTimeoutMs,
      polling: 50,
    });
    result.readyMs = (await page.evaluate("performance.getEntriesByName('timeline-ready')[0].startTime")) as number;
    if (opts.profile) profiles.load = await stopProfile();
    result.milestones = (await page.evaluate(`(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const data = performance.getEntriesByType('resource').find((e) => e.name.includes('bench-data/'));
      return { domContentLoaded: nav ? nav.domContentLoadedEventEnd : null, dataFetched: data ? data.responseEnd : null };
    })()`)) as RunResult['milestones'];
    result.measures = (await page.evaluate(
      `Object.fromEntries(performance.getEntriesByType('measure').map((m) => [m.name, m.duration]))`,
    )) as Record<string, number>;
    const marks = (await page.evaluate("performance.getEntriesByName('timeline-ready').length")) as number;
    if (marks !== 1) notes.push(`timeline-ready was marked ${marks} times`);
    await nextFrame(page);
    const region = page.getByRole('region', { name: 'Timeline', exact: true }).first();
    await region.evaluate((el) => el.setAttribute('data-bench', 'timeline'));
    result.atLoad = await canvasCounts(page);
    if (!result.atLoad) notes.push('no canvas with data-marks/data-bins in the Timeline region');
    if (opts.screenshot) await page.screenshot({ path: opts.screenshot });

    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    result.heapMB = heap.usedSize / 2 ** 20;

    // (b) frame times during zoom in, pan, zoom out
    if (opts.profile) await startProfile();
    if (opts.trace) await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute'] });
    const phases = await interact(page, opts.steps, opts.screenshot && opts.screenshot.replace(/\.png$/, '-zoomed.png'), notes);
    result.zoomedIn = phases.zoomedIn;
    if (opts.trace) result.zoomTrace = (await browser.stopTracing()).toString('utf8');
    if (opts.profile) profiles.zoom = await stopProfile();
    const all = [...phases.zoomIn, ...phases.pan, ...phases.zoomOut];
    result.frames = {
      ...summarizeFrames(all),
      zoomIn: summarizeFrames(phases.zoomIn),
      pan: summarizeFrames(phases.pan),
      zoomOut: summarizeFrames(phases.zoomOut),
    };
    // (c) filter change: first checkbox of the Countries group, on then off
    const box = page.getByRole('group', { name: 'Countries' }).getByRole('checkbox').first();
    if ((await box.count()) === 0) notes.push('no checkbox in group "Countries"');
    else {
      if (opts.profile) await startProfile();
      const on = await timed(page, 'filter', 'click', () => box.click());
      if (opts.profile) profiles.filter = await stopProfile();
      result.filterMs = on.ms;
      if (!on.changed) notes.push('filter: no change of canvas data-marks/data-bins or event count within 5 s');
      result.afterFilter = await canvasCounts(page);
      await nextFrame(page);
      const off = await timed(page, 'filter', 'click', () => box.click());
      result.filterOffMs = off.ms;
      await nextFrame(page);
    }

    // (c) keypress: focus the timeline, ArrowRight to the next event
    const focused = (await page.evaluate(
      `(() => { const r = document.querySelector('[data-bench="timeline"]');
        const el = (r && r.tabIndex >= 0 ? r : null) || (r && r.querySelector('[tabindex="0"], button, [role="slider"]')) || document.querySelector('[role="slider"]');
        if (!el) return null; el.focus(); return el.tagName + ' ' + (el.getAttribute('aria-label') || el.getAttribute('role') || ''); })()`,
    )) as string | null;
    if (!focused) notes.push('keypress: nothing focusable in the Timeline region');
    else {
      await page.keyboard.press('ArrowRight'); // selects a first event
      await nextFrame(page);
      if (opts.profile) await startProfile();
      for (let i = 0; i < 5; i++) {
        const r = await timed(page, 'select', 'keydown', () => page.keyboard.press('ArrowRight'));
        if (r.changed && r.ms !== null) result.keySamples.push(r.ms);
        await nextFrame(page);
      }
      if (opts.profile) profiles.key = await stopProfile();
      if (result.keySamples.length === 0) notes.push(`keypress: ArrowRight on ${focused} changed no highlighted mark, card heading or slider value`);
      else result.keyMs = [...result.keySamples].sort((a, b) => a - b)[result.keySamples.length >> 1]!;
    }
  } catch (e) {
    notes.push(`error: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    if (opts.screenshot) await page.screenshot({ path: opts.screenshot }).catch(() => undefined);
  } finally {
    await context.close();
  }
  return result;
}
