/**
 * Checks that the benchmark harness measures what it claims, against a fake app with known
 * latencies (tests/bench/fixtures/fake-app): runs headless chromium.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, launchChromium } from '../e2e/lib/launchChromium';
import { runOnce, type RunResult } from '../../scripts/bench/measure';
import { serveStatic, type StaticServer } from '../e2e/lib/staticServer';

describe.runIf(existsSync(CHROMIUM_PATH))('runOnce(browser, options) on a fake app with known latencies', () => {
  let server: StaticServer;
  let browser: Browser;
  let r: RunResult;
  beforeAll(async () => {
    server = await serveStatic(join(import.meta.dirname, 'fixtures', 'fake-app'));
    browser = await launchChromium();
    r = await runOnce(browser, { url: `${server.url}/?data=bench-data/10.json`, screenshot: null, profile: false, steps: 20, readyTimeoutMs: 20_000 });
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reads the ready mark, the canvas counters and the heap, with no notes or console errors', () => {
    expect(r.notes).toEqual([]);
    expect(r.consoleErrors).toEqual([]);
    expect(r.readyMs).toBeGreaterThan(0);
    expect(r.atLoad).toEqual({ marks: 10, bins: 5 });
    expect(r.heapMB).toBeGreaterThan(0);
    expect(r.milestones.dataFetched).toBeGreaterThan(0);
  });

  it('samples frames through the zoom-in, pan and zoom-out phases', () => {
    for (const phase of [r.frames.zoomIn, r.frames.pan, r.frames.zoomOut]) {
      expect(phase.frames).toBeGreaterThanOrEqual(10);
      expect(phase.p50).toBeGreaterThan(5);
    }
    expect(r.frames.frames).toBe(r.frames.zoomIn.frames + r.frames.pan.frames + r.frames.zoomOut.frames);
  });

  it('times the filter change from the click to the painted update (the fake app renders 80 ms later)', () => {
    expect(r.filterMs).toBeGreaterThanOrEqual(80);
    expect(r.filterMs).toBeLessThan(1000);
    expect(r.afterFilter).toEqual({ marks: 3, bins: 5 });
    expect(r.filterOffMs).toBeGreaterThanOrEqual(80);
  });

  it('times ArrowRight to the next highlighted event (the fake app blocks 30 ms)', () => {
    expect(r.keySamples).toHaveLength(5);
    expect(r.keyMs).toBeGreaterThanOrEqual(30);
    expect(r.keyMs).toBeLessThan(1000);
  });
});
