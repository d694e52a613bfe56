/**
 * Dateline browser tests: `npm run build && npm run test:e2e [-- FILTER...]`
 *
 * Serves the built app (dist/) on 127.0.0.1 with a tiny static server, drives Debian's
 * /usr/bin/chromium with playwright-core, and runs every `tests/e2e/*.e2e.ts` spec in name order.
 * Each test gets a fresh browser context (1280×800, en-US, UTC, light scheme unless it asks
 * otherwise). A test fails when it throws, times out, or leaves any console error or page error.
 * Screenshots go to test-results/screenshots/ (a `failure` one is taken automatically).
 * Exit code: 0 when all pass, 1 when any fails or there is nothing to run.
 *
 * Environment: E2E_CHROMIUM (browser path), E2E_DIST (app dir, default dist), E2E_SPECS (spec dir).
 *
 * FILTER arguments keep only tests whose "<spec file> > <test name>" contains one of them
 * (case-insensitive), e.g. `npm run test:e2e -- foundation`.
 *
 * Writing a spec — create tests/e2e/<topic>.e2e.ts:
 *
 *   import assert from 'node:assert/strict';
 *   import type { E2ETest } from './lib/types';
 *   import { openApp, eventsList } from './lib/app';
 *
 *   export const tests: E2ETest[] = [
 *     {
 *       name: 'filters by Russia',
 *       viewport: { width: 375, height: 812 },          // optional; default 1280×800
 *       allowConsoleErrors: [/timeline\.json/],          // optional; errors you provoke on purpose
 *       run: async ({ page, baseUrl, screenshot, consoleErrors, log }) => {
 *         await openApp(page, baseUrl);                   // waits for the "Timeline" region
 *         await page.getByRole('group', { name: 'Countries' }).getByRole('checkbox', { name: /^Russia/ }).check();
 *         assert.ok((await eventsList(page).getByRole('listitem').count()) > 0);
 *         await screenshot('russia');
 *       },
 *     },
 *   ];
 *
 * Use node:assert/strict (vitest's expect is not available here) and Playwright locators
 * (getByRole with accessible names from issue 3's accessibility contract). Helpers shared by
 * specs live in tests/e2e/lib/ (app.ts: openApp, eventsList, loadDataset, headlineEvents).
 */
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSpec, specFiles, type Spec } from './lib/discoverSpecs';
import { launchChromium } from './lib/launchChromium';
import { clearScreenshots, runTest } from './lib/runTest';
import { serveStatic } from './lib/staticServer';
import type { E2EResult } from './lib/types';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
/** E2E_DIST and E2E_SPECS override the app directory and the spec directory (used to test the harness itself). */
const dist = resolve(root, process.env.E2E_DIST ?? 'dist');
const specDir = resolve(root, process.env.E2E_SPECS ?? here);

async function main(): Promise<number> {
  process.chdir(root);
  if (!existsSync(resolve(dist, 'index.html'))) {
    const shown = relative(root, dist).startsWith('..') ? dist : relative(root, dist);
    console.error(`test:e2e: ${shown}/index.html not found — build the app first: npm run build`);
    return 1;
  }
  const filters = process.argv.slice(2).map((f) => f.toLowerCase());
  const specs: Spec[] = [];
  for (const file of specFiles(specDir)) specs.push(await loadSpec(specDir, file));
  const selected = specs
    .map((s) => ({ ...s, tests: s.tests.filter((t) => filters.length === 0 || filters.some((f) => `${s.file} > ${t.name}`.toLowerCase().includes(f))) }))
    .filter((s) => s.tests.length > 0);
  const total = selected.reduce((n, s) => n + s.tests.length, 0);
  if (total === 0) {
    console.error(`test:e2e: no tests to run${filters.length ? ` (filter: ${filters.join(' ')})` : ''}`);
    return 1;
  }

  const server = await serveStatic(dist);
  const browser = await launchChromium();
  console.log(`test:e2e: ${total} test${total === 1 ? '' : 's'} against ${server.url} (chromium ${browser.version()})`);
  const results: E2EResult[] = [];
  try {
    for (const spec of selected) {
      console.log(`  ${spec.file}`);
      clearScreenshots(spec.file);
      for (const test of spec.tests) {
        const r = await runTest(browser, spec.file, test, server.url);
        results.push(r);
        console.log(`    ${r.ok ? 'PASS' : 'FAIL'} ${test.name} (${r.ms} ms)`);
        if (r.error !== undefined) console.log(`      ${r.error}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const failed = results.filter((r) => !r.ok);
  const shots = results.reduce((n, r) => n + r.screenshots.length, 0);
  console.log(`\ntest:e2e: ${results.length - failed.length} passed, ${failed.length} failed; ${shots} screenshots in test-results/screenshots/`);
  for (const r of failed) console.log(`  FAIL ${r.spec} > ${r.name}`);
  return failed.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`test:e2e: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
