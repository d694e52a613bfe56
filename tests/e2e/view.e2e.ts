import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { E2ETest } from './lib/types';
import { openApp } from './lib/app';

/** Width in px of the main chart (the first [data-marks] in the "Timeline" region). */
async function chartWidth(page: Page): Promise<number> {
  return page.getByRole('region', { name: 'Timeline' }).locator('[data-marks]').first().evaluate((el) => Math.round(el.getBoundingClientRect().width));
}

/** The visible window from the URL (from/to), after the debounced write. */
async function urlWindow(page: Page): Promise<{ from: string; to: string }> {
  await page.waitForTimeout(400);
  const u = new URL(page.url());
  return { from: u.searchParams.get('from') ?? '', to: u.searchParams.get('to') ?? '' };
}

export const tests: E2ETest[] = [
  {
    name: 'Fit all spans the story (Nov 2021 – Mar 2022), and the 2014 background event has an "earlier" stub',
    run: async ({ page, baseUrl, screenshot }) => {
      await openApp(page, baseUrl);
      await page.getByRole('button', { name: 'Fit all' }).click();
      const w = await urlWindow(page);
      assert.ok(w.from >= '2021-10' && w.from < '2021-11-03', `Fit all starts ${w.from}`);
      assert.ok(w.to >= '2022-03-20' && w.to < '2022-04', `Fit all ends ${w.to}`);
      const stub = page.getByRole('button', { name: '1 earlier event (2014), show' });
      await screenshot('fit-all');
      await stub.click();
      const after = await urlWindow(page);
      assert.ok(after.from.startsWith('2013') || after.from.startsWith('2014'), `the stub leads to 2014, got ${after.from}`);
    },
  },
  {
    name: 'panels collapse and the chart widens; opening a card does not change the chart width',
    run: async ({ page, baseUrl, screenshot }) => {
      await openApp(page, baseUrl);
      const open = await chartWidth(page);
      await page.getByRole('region', { name: 'Timeline' }).locator('button[data-event-id]').first().click();
      await page.getByRole('article').first().waitFor();
      assert.equal(await chartWidth(page), open, 'the card reflowed the chart');
      const filters = page.getByRole('button', { name: 'Hide filters' });
      assert.equal(await filters.getAttribute('aria-expanded'), 'true');
      await filters.click();
      assert.equal(await page.getByRole('button', { name: 'Filters' }).getAttribute('aria-expanded'), 'false');
      await page.getByRole('button', { name: 'Hide details' }).click();
      await page.waitForTimeout(300);
      const collapsed = await chartWidth(page);
      assert.ok(collapsed > open + 400, `collapsed ${collapsed} px vs open ${open} px`);
      await screenshot('collapsed');
    },
  },
  {
    name: 'opening the source reader does not change the chart width (1280×800)',
    run: async ({ page, baseUrl, screenshot }) => {
      await openApp(page, baseUrl);
      const before = await chartWidth(page);
      await page.getByRole('region', { name: 'Timeline' }).locator('button[data-event-id]').first().click();
      const card = page.getByRole('article').first();
      await card.waitFor();
      await card.getByRole('region', { name: 'Citations' }).getByRole('button').first().click();
      await page.getByRole('region', { name: 'Source' }).waitFor({ state: 'visible' });
      await page.waitForTimeout(300);
      assert.equal(await chartWidth(page), before, 'the reader reflowed the chart');
      await screenshot('reader-width');
    },
  },
];
