/**
 * Round-trips in the browser: re-importing one's own TimelineJS or CSV export adds 0 events
 * (the preview says every event is already there, and the event count and "My reports" stay put).
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loadDataset, openApp } from './lib/app';
import type { E2ETest } from './lib/types';

async function exportAndReimport(page: Page, button: string, fileName: string, total: number): Promise<void> {
  await page.getByRole('button', { name: 'Import / export' }).click();
  const io = page.getByRole('dialog', { name: 'Import and export' });
  const [download] = await Promise.all([page.waitForEvent('download'), io.getByRole('button', { name: button }).click()]);
  const file = join(mkdtempSync(join(tmpdir(), 'dateline-roundtrip-')), fileName);
  await download.saveAs(file);
  await io.getByLabel(/Import file/).setInputFiles(file);
  const preview = io.getByRole('region', { name: 'Import preview' });
  await preview.getByText(`${fileName}: 0 new events, 0 changed, ${total} already there.`).waitFor();
  await preview.getByText(/Nothing to import/).waitFor();
  await preview.getByRole('button', { name: 'Import events' }).click();
  await io.waitFor({ state: 'detached' });
  await page.getByText(`All ${total.toLocaleString('en')} events`).waitFor();
  await page.getByText('My reports (0)').waitFor();
}

export const tests: E2ETest[] = [
  {
    name: 're-importing its own TimelineJS export and CSV export adds 0 events',
    timeout: 120_000,
    run: async ({ page, baseUrl, screenshot }) => {
      const total = (await loadDataset(baseUrl)).events.length;
      await openApp(page, baseUrl);
      await page.getByText(`All ${total.toLocaleString('en')} events`).waitFor();
      await exportAndReimport(page, 'Events as TimelineJS JSON', 'timelinejs.json', total);
      await exportAndReimport(page, 'Events as CSV', 'events.csv', total);
      await screenshot('after-reimports');
      assert.equal(await page.getByText(`All ${total.toLocaleString('en')} events`).count(), 1);
    },
  },
];
