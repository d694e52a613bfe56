import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { slug } from './slug';
import type { E2EResult, E2ETest } from './types';

/** Where screenshots go (an artefact directory, ignored by git). */
export const SCREENSHOT_DIR = 'test-results/screenshots';

/**
 * Runs one test in a fresh browser context: captures console errors and page errors (which fail the
 * test unless allowed), enforces the timeout, and saves a `failure` screenshot when it fails.
 */
export async function runTest(browser: Browser, specFile: string, test: E2ETest, baseUrl: string): Promise<E2EResult> {
  const t0 = Date.now();
  const screenshots: string[] = [];
  const context = await browser.newContext({
    viewport: test.viewport ?? { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    locale: 'en-US',
    timezoneId: 'UTC',
    colorScheme: test.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const consoleErrors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const loc = msg.location();
    // Chromium asks for /favicon.ico on its own; a missing one is not an app error.
    if (/\/favicon\.ico$/.test(loc.url)) return;
    consoleErrors.push(`console.error: ${msg.text()}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
  });
  page.on('pageerror', (err) => consoleErrors.push(`pageerror: ${err.message}`));
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const screenshot = async (name: string) => {
    const path = join(SCREENSHOT_DIR, `${slug(specFile)}--${slug(test.name)}--${slug(name)}.png`);
    await page.screenshot({ path });
    screenshots.push(path);
    return path;
  };
  const log = (message: string) => console.log(`      ${message}`);

  let error: string | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = test.timeout ?? 60_000;
    await Promise.race([
      test.run({ page, context, baseUrl, screenshot, consoleErrors, log }),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${timeout} ms`)), timeout);
      }),
    ]);
    const allowed = test.allowConsoleErrors ?? [];
    const unexpected = consoleErrors.filter((e) => !allowed.some((re) => re.test(e)));
    if (unexpected.length > 0) error = `console errors:\n        ${unexpected.join('\n        ')}`;
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
    if (consoleErrors.length > 0) error += `\n      console errors seen:\n        ${consoleErrors.join('\n        ')}`;
  } finally {
    clearTimeout(timer);
  }
  if (error !== undefined) {
    try {
      await screenshot('failure');
    } catch {
      // the page may be gone; the error above says why
    }
  }
  await context.close();
  return { spec: specFile, name: test.name, ok: error === undefined, ms: Date.now() - t0, ...(error !== undefined ? { error } : {}), screenshots };
}

/** Deletes the screenshots a spec left from earlier runs (other specs' files are left alone). */
export function clearScreenshots(specFile: string): void {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const prefix = `${slug(specFile)}--`;
  for (const f of readdirSync(SCREENSHOT_DIR)) if (f.startsWith(prefix)) rmSync(join(SCREENSHOT_DIR, f));
}
