/**
 * The phone timeline (issue 9, item 5): at 375×812 the timeline runs vertically, one readable
 * row per event. Bars on the opening view with the built-in data: every event button on screen
 * takes a click at its centre, data-labels ≥ 80 % of data-marks, data-bins = 0; a tap on each
 * of the five key events' rows opens that event's card.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { headlineEvents, loadDataset, openApp } from './lib/app';
import type { E2ETest } from './lib/types';

const PHONE = { width: 375, height: 812 };

interface Bars {
  tag: string;
  marks: number;
  bins: number;
  labels: number;
  onScreen: number;
  covered: string[];
}

/** Reads the contract attributes of the first [data-marks] in "Timeline" and hit-tests every event button on screen. */
async function measureBars(page: Page): Promise<Bars> {
  return page.evaluate(() => {
    const region = document.querySelector('[role="region"][aria-label="Timeline"]');
    const el = region?.querySelector<HTMLElement>('[data-marks]');
    if (!region || !el) throw new Error('no [data-marks] inside the region "Timeline"');
    let onScreen = 0;
    const covered: string[] = [];
    for (const b of Array.from(region.querySelectorAll<HTMLElement>('button[data-event-id]'))) {
      const r = b.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (r.width === 0 || r.height === 0 || x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      onScreen++;
      const hit = document.elementFromPoint(x, y);
      if (!hit || !(hit === b || b.contains(hit))) covered.push(b.getAttribute('aria-label') ?? b.dataset.eventId ?? '?');
    }
    return { tag: el.tagName, marks: Number(el.dataset.marks), bins: Number(el.dataset.bins), labels: Number(el.dataset.labels), onScreen, covered };
  });
}

function assertBars(bars: Bars): void {
  assert.ok(bars.marks > 0, 'no event drawn individually');
  assert.ok(bars.onScreen > 0, 'no event button on screen');
  assert.deepEqual(bars.covered, [], 'event buttons whose centre is covered');
  assert.ok(bars.labels >= 0.8 * bars.marks, `data-labels ${bars.labels} < 80 % of data-marks ${bars.marks}`);
  assert.equal(bars.bins, 0, 'data-bins at the opening view');
}

function barsTest(colorScheme: 'light' | 'dark'): E2ETest {
  return {
    name: `opening view at 375×812 (${colorScheme}): every event button takes a click, titles drawn, no groups`,
    viewport: PHONE,
    colorScheme,
    run: async ({ page, baseUrl, screenshot, log }) => {
      const timeline = await openApp(page, baseUrl);
      await timeline.locator('[data-marks]').first().waitFor();
      await page.waitForFunction(() => Number(document.querySelector('[role="region"][aria-label="Timeline"] [data-marks]')?.getAttribute('data-marks')) > 0);
      const bars = await measureBars(page);
      log(`${bars.tag}: marks ${bars.marks}, labels ${bars.labels}, bins ${bars.bins}, buttons on screen ${bars.onScreen}, covered ${bars.covered.length}`);
      assert.equal(bars.tag, 'DIV', 'at ≤ 600 px the vertical list carries data-marks, not the canvas');
      assertBars(bars);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 1, `the page scrolls sideways by ${overflow} px`);
      await screenshot(`opening-${colorScheme}`);
    },
  };
}

export const tests: E2ETest[] = [
  barsTest('light'),
  barsTest('dark'),
  {
    name: 'tapping the rows of the five key events opens their cards',
    viewport: PHONE,
    run: async ({ page, baseUrl, screenshot }) => {
      const keys = headlineEvents(await loadDataset(baseUrl));
      const timeline = await openApp(page, baseUrl);
      for (const { label, event } of keys) {
        const row = timeline.locator(`button[data-event-id="${event.id}"]`);
        assert.equal(await row.count(), 1, `${label}: no row for "${event.title}"`);
        const name = (await row.getAttribute('aria-label')) ?? '';
        assert.ok(name.startsWith(`${event.title}, `), `${label}: row named "${name}"`);
        await row.scrollIntoViewIfNeeded();
        // The centre of the row is the row itself (nothing covers it), then a real tap there.
        const hitsRow = await row.evaluate((b) => {
          const r = b.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return hit === b || b.contains(hit);
        });
        assert.ok(hitsRow, `${label}: the centre of the row is covered`);
        await row.click();
        const card = page.getByRole('article', { name: event.title });
        await card.waitFor({ state: 'visible', timeout: 5000 });
        assert.equal(await row.getAttribute('aria-current'), 'true', `${label}: the row is not marked as selected`);
      }
      await screenshot('card-open');
    },
  },
];
