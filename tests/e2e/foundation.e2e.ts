/**
 * Foundation (issue 2): the built app loads the real dataset, shows the "Timeline" region and the
 * five headline events, with no console errors; a broken dataset shows an error panel, not a blank page.
 */
import assert from 'node:assert/strict';
import { eventsList, findListItem, headlineEvents, loadDataset, openApp } from './lib/app';
import type { E2ETest } from './lib/types';

export const tests: E2ETest[] = [
  {
    name: 'loads the timeline and the five headline events',
    run: async ({ page, baseUrl, screenshot, log }) => {
      const dataset = await loadDataset(baseUrl);
      const headlines = headlineEvents(dataset);
      const timeline = await openApp(page, baseUrl);
      assert.ok(await timeline.isVisible());
      const list = await eventsList(page);
      await screenshot('desktop');
      for (const { label, event } of headlines) {
        const item = await findListItem(list, event.title);
        assert.ok(item, `no list item for ${label} ("${event.title}")`);
        assert.ok(await item.isVisible(), `the list item for ${label} is not visible`);
        log(`found ${label}: "${event.title}"`);
      }
    },
  },
  {
    name: 'renders on a 375 px phone screen',
    viewport: { width: 375, height: 812 },
    run: async ({ page, baseUrl, screenshot }) => {
      const dataset = await loadDataset(baseUrl);
      const [first] = headlineEvents(dataset);
      await openApp(page, baseUrl);
      const list = await eventsList(page);
      assert.ok(await findListItem(list, first?.event.title ?? ''), 'the Burns event is not listed on a phone');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 1, `the page scrolls sideways by ${overflow} px at 375 px`);
      await screenshot('phone');
    },
  },
  {
    name: 'shows an error panel for a malformed timeline.json',
    // The app may log the failure it reports; the panel is what matters.
    allowConsoleErrors: [/timeline\.json|JSON|dataset|Unexpected|Failed to load/i],
    run: async ({ page, baseUrl, screenshot }) => {
      await page.route('**/data/timeline.json*', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"version": 1, "sources": [' }));
      await page.goto(`${baseUrl}/`);
      const alert = page.getByRole('alert').first();
      await alert.waitFor({ state: 'visible' });
      assert.match((await alert.innerText()).trim(), /\S/, 'the error panel is empty');
      await screenshot('malformed');
    },
  },
  {
    name: 'shows an error panel naming the problem for a dataset that breaks the contract',
    allowConsoleErrors: [/timeline\.json|JSON|dataset|invalid|Failed to load/i],
    run: async ({ page, baseUrl, screenshot }) => {
      await page.route('**/data/timeline.json*', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ version: 1, sources: [], actors: [], events: [{ id: 'x', title: 'No dates' }] }) }),
      );
      await page.goto(`${baseUrl}/`);
      const alert = page.getByRole('alert').first();
      await alert.waitFor({ state: 'visible' });
      const text = await alert.innerText();
      assert.match(text, /events|start|x/i, `the error panel does not say what is wrong: "${text}"`);
      await screenshot('invalid-contract');
    },
  },
];
