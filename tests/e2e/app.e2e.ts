/**
 * App shell (issue 3): filter by country then actor and check the visible events and counts;
 * open the Feb 4 joint statement, follow a citation, check the <mark> holds the quote and is in
 * view; reload restores the view; Back closes the reader. The desktop shell never scrolls the
 * document; "Group by" survives a reload. No console errors (the harness checks).
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { eventsList, findListItem, headlineEvents, loadDataset, openApp } from './lib/app';
import type { E2ETest } from './lib/types';
import type { Dataset, TimelineEvent } from '../../src/lib/model/types';

const has = (e: TimelineEvent, facet: 'countries' | 'actors', v: string) => e[facet].includes(v);

async function resultCount(page: Page): Promise<string> {
  return ((await page.locator('.result-count').textContent()) ?? '').trim();
}

async function openJointStatementCitation(page: Page, dataset: Dataset) {
  const joint = headlineEvents(dataset).find((h) => h.label.startsWith('Feb 4'))!.event;
  const list = await eventsList(page);
  const item = await findListItem(list, joint.title);
  assert.ok(item, `no list item for "${joint.title}"`);
  await item.getByRole('button').click();
  const card = page.getByRole('article', { name: joint.title });
  await card.waitFor({ state: 'visible' });
  const citation = joint.citations[0]!;
  await card.getByRole('region', { name: 'Citations' }).getByRole('button').filter({ hasText: citation.quote.slice(0, 30) }).first().click();
  return { joint, citation };
}

async function assertMarkInView(page: Page, quote: string) {
  const reader = page.getByRole('region', { name: 'Source' });
  await reader.waitFor({ state: 'visible' });
  const mark = reader.locator('mark.mark-main');
  assert.equal(await mark.count(), 1, 'exactly one main <mark>');
  // Hard-wrapped reports are reflowed for display: each "\n" shows as " " (offsets unchanged).
  assert.equal(await mark.textContent(), quote.replace(/\n/g, ' '), 'the <mark> holds the quote');
  await page.waitForTimeout(300);
  const inView = await mark.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const box = el.closest('.reader-text')!.getBoundingClientRect();
    return r.bottom > Math.max(0, box.top) && r.top < Math.min(window.innerHeight, box.bottom) && r.height > 0;
  });
  assert.ok(inView, 'the <mark> is scrolled into view');
}

export const tests: E2ETest[] = [
  {
    name: 'filters by Russia, then by an actor, with matching counts',
    run: async ({ page, baseUrl, screenshot, log }) => {
      const dataset = await loadDataset(baseUrl);
      await openApp(page, baseUrl);
      const ru = dataset.events.filter((e) => has(e, 'countries', 'RU'));
      const countries = page.getByRole('group', { name: 'Countries' });
      const russia = countries.getByRole('checkbox', { name: new RegExp(`^Russia ${ru.length}$`) });
      await russia.check();
      assert.equal(await resultCount(page), `Showing ${ru.length} of ${dataset.events.length} events`);
      // The actor with most Russia events (e.g. Vladimir Putin), and its count under the country filter.
      const perActor = new Map<string, number>();
      for (const e of ru) for (const a of new Set(e.actors)) perActor.set(a, (perActor.get(a) ?? 0) + 1);
      const person = dataset.actors.filter((a) => a.kind === 'person' && perActor.has(a.id)).sort((a, b) => perActor.get(b.id)! - perActor.get(a.id)!)[0]!;
      const n = perActor.get(person.id)!;
      const actors = page.getByRole('group', { name: 'Actors' });
      await actors.getByRole('searchbox').fill(person.name.split(' ').pop()!);
      await actors.getByRole('checkbox', { name: new RegExp(`^${person.name} ${n}$`) }).check();
      const expected = ru.filter((e) => has(e, 'actors', person.id));
      assert.equal(await resultCount(page), `Showing ${expected.length} of ${dataset.events.length} events`);
      // Country counts now honour the actor filter.
      const ruUnderActor = dataset.events.filter((e) => has(e, 'actors', person.id) && has(e, 'countries', 'RU')).length;
      assert.ok(await countries.getByRole('checkbox', { name: `Russia ${ruUnderActor}` }).isChecked());
      const list = await eventsList(page);
      const items = list.getByRole('listitem');
      assert.equal(await items.count(), expected.length);
      const shown = await items.locator('.row-title').allTextContents();
      const want = [...expected].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : a.id < b.id ? -1 : 1)).map((e) => e.title);
      assert.deepEqual(shown, want);
      log(`Russia ${ru.length} → + ${person.name} ${expected.length}`);
      await screenshot('filtered');
      await page.getByRole('button', { name: 'Clear all' }).click();
      assert.equal(await resultCount(page), `All ${dataset.events.length} events`);
    },
  },
  {
    name: 'opens the Feb 4 joint statement and follows a citation to the marked passage; reload restores; Back closes',
    run: async ({ page, baseUrl, screenshot }) => {
      const dataset = await loadDataset(baseUrl);
      await openApp(page, baseUrl, '?country=RU');
      const { joint, citation } = await openJointStatementCitation(page, dataset);
      await assertMarkInView(page, citation.quote);
      await screenshot('reader');
      const url = new URL(page.url());
      assert.equal(url.searchParams.get('event'), joint.id);
      assert.equal(url.searchParams.get('passage'), `${citation.source}:${citation.start}-${citation.end}`);
      assert.equal(url.searchParams.get('country'), 'RU');

      await page.reload();
      await assertMarkInView(page, citation.quote);
      assert.ok(await page.getByRole('group', { name: 'Countries' }).getByRole('checkbox', { name: /^Russia/ }).isChecked());

      await page.goBack();
      await page.getByRole('article', { name: joint.title }).waitFor({ state: 'visible' });
      assert.equal(await page.getByRole('region', { name: 'Source' }).count(), 0, 'Back closes the reader');

      await page.getByRole('article', { name: joint.title }).getByRole('region', { name: 'Citations' }).getByRole('button').first().click();
      await page.getByRole('button', { name: /Back to timeline/ }).click();
      await page.getByRole('region', { name: 'Timeline' }).waitFor({ state: 'visible' });
      assert.equal(await page.getByRole('region', { name: 'Source' }).count(), 0);
    },
  },
  {
    name: 'card and reader on a 375 px phone',
    viewport: { width: 375, height: 812 },
    run: async ({ page, baseUrl, screenshot }) => {
      const dataset = await loadDataset(baseUrl);
      await openApp(page, baseUrl);
      await page.getByRole('button', { name: 'Filters' }).click();
      assert.ok(await page.getByRole('group', { name: 'Countries' }).isVisible(), 'the filters open from the toggle');
      await page.getByRole('button', { name: 'Hide filters' }).click();
      const { citation } = await openJointStatementCitation(page, dataset);
      await assertMarkInView(page, citation.quote);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 1, `the page scrolls sideways by ${overflow} px`);
      await screenshot('phone-reader');
    },
  },
  {
    name: 'ignores invalid link parameters with a visible notice',
    run: async ({ page, baseUrl }) => {
      await openApp(page, baseUrl, '?actor=no-such-actor&from=2022-02-31&to=2022-03-01&event=missing');
      const notices = page.getByRole('status', { name: 'Notices' });
      await notices.getByText(/unknown actor "no-such-actor"/).waitFor();
      assert.match(await notices.innerText(), /time window/);
      assert.match(await notices.innerText(), /unknown event "missing"/);
    },
  },
  {
    name: 'refuses a cross-origin ?data= with an error panel',
    run: async ({ page, baseUrl }) => {
      await page.goto(`${baseUrl}/?data=https://example.com/evil.json`);
      const alert = page.getByRole('alert');
      await alert.waitFor({ state: 'visible' });
      assert.match(await alert.innerText(), /another origin/);
    },
  },
  {
    name: 'desktop shell: opening the reader and scrubbing never scroll the document; hard-wrapped text is reflowed',
    run: async ({ page, baseUrl, screenshot }) => {
      const dataset = await loadDataset(baseUrl);
      await openApp(page, baseUrl);
      const { citation } = await openJointStatementCitation(page, dataset);
      await assertMarkInView(page, citation.quote);
      const scroll = await page.evaluate(() => ({ y: window.scrollY, h: document.documentElement.scrollHeight, vh: window.innerHeight }));
      assert.equal(scroll.y, 0, 'the document did not scroll');
      assert.ok(scroll.h <= scroll.vh, `the document is no taller than the window (${scroll.h} > ${scroll.vh})`);
      const text = (await page.getByRole('group', { name: /^Text of the report/ }).textContent()) ?? '';
      assert.ok(text.includes('stunned some current and former U.S. officials'), 'hard-wrapped lines are joined');
      await screenshot('reader-reflowed');
      await page.getByRole('button', { name: /Back to timeline/ }).click();
      const chart = page.getByRole('button', { name: 'Chart' });
      if (await chart.count()) await chart.click();
      const slider = page.getByRole('slider', { name: /Time/ });
      await slider.focus();
      await page.keyboard.press('Home');
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(200);
      assert.equal(await page.evaluate(() => window.scrollY), 0, 'keyboard scrubbing did not scroll the document');
    },
  },
  {
    name: 'Group by is part of the URL: reload restores it',
    run: async ({ page, baseUrl }) => {
      await openApp(page, baseUrl);
      await page.getByRole('radio', { name: 'Event type' }).check();
      await page.waitForFunction(() => new URLSearchParams(location.search).get('group') === 'type');
      await page.reload();
      await page.getByRole('region', { name: 'Timeline' }).waitFor({ state: 'visible' });
      assert.ok(await page.getByRole('radio', { name: 'Event type' }).isChecked(), 'Event type lanes after reload');
    },
  },
];
