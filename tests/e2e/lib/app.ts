import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import type { Dataset, TimelineEvent } from '../../../src/lib/model/types';

/** Opens the app (optionally with a query string such as `?type=CONSULT`) and waits for the "Timeline" region. */
export async function openApp(page: Page, baseUrl: string, query = ''): Promise<Locator> {
  await page.goto(`${baseUrl}/${query}`);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await timeline.waitFor({ state: 'visible' });
  return timeline;
}

/** The list named "Events"; clicks the "List" button first when the list is not shown beside the chart. */
export async function eventsList(page: Page): Promise<Locator> {
  const list = page.getByRole('list', { name: 'Events' });
  if (!(await list.isVisible())) {
    const button = page.getByRole('button', { name: 'List', exact: true });
    if (await button.isVisible()) await button.click();
  }
  await list.waitFor({ state: 'visible' });
  return list;
}

/**
 * The list item whose text contains `text`, scrolling a virtualized list (or the page) step by
 * step until it is rendered. Returns null when the end is reached without finding it.
 */
export async function findListItem(list: Locator, text: string): Promise<Locator | null> {
  const item = list.getByRole('listitem').filter({ hasText: text }).first();
  // One self-contained function (no named inner functions: tsx would wrap them in a helper the page lacks).
  const scroll = (el: Element, reset: boolean) => {
    let s: Element = document.scrollingElement ?? document.documentElement;
    for (let n: Element | null = el; n; n = n.parentElement) {
      const oy = getComputedStyle(n).overflowY;
      if ((oy === 'auto' || oy === 'scroll') && n.scrollHeight > n.clientHeight) {
        s = n;
        break;
      }
    }
    const before = s.scrollTop;
    s.scrollTop = reset ? 0 : before + Math.max(50, s.clientHeight * 0.8);
    return s.scrollTop !== before;
  };
  await list.evaluate(scroll, true);
  for (let step = 0; step < 500; step++) {
    if ((await item.count()) > 0) {
      await item.scrollIntoViewIfNeeded();
      return item;
    }
    if (!(await list.evaluate(scroll, false))) return (await item.count()) > 0 ? item : null;
    await list.page().waitForTimeout(30);
  }
  return null;
}

/** Fetches the dataset the built app serves (`/data/timeline.json`). */
export async function loadDataset(baseUrl: string): Promise<Dataset> {
  const res = await fetch(`${baseUrl}/data/timeline.json`);
  assert.equal(res.status, 200, 'dist/data/timeline.json is not served');
  return (await res.json()) as Dataset;
}

/** How to recognise each of the five headline events of the corpus in the dataset. */
export const HEADLINES: { label: string; day: string; title: RegExp; type?: string }[] = [
  { label: 'Nov 2 2021: Burns in Moscow', day: '2021-11-02', title: /Burns/, type: 'CONSULT' },
  { label: 'Nov 15 2021: Biden–Xi summit', day: '2021-11-15', title: /Biden|Xi/, type: 'CONSULT' },
  { label: 'Feb 4 2022: joint statement', day: '2022-02-04', title: /joint statement|statement/i },
  { label: 'Feb 24 2022: invasion of Ukraine', day: '2022-02-24', title: /invasion|invade|attack/i },
  { label: 'Mar 14 2022: Sullivan–Yang in Rome', day: '2022-03-14', title: /Rome/, type: 'CONSULT' },
];

/** The five headline events in the dataset (asserts each is there, once). */
export function headlineEvents(dataset: Dataset): { label: string; event: TimelineEvent }[] {
  return HEADLINES.map((h) => {
    const matches = dataset.events.filter((e) => e.start <= h.day && h.day <= e.end && h.title.test(e.title) && (h.type === undefined || e.type === h.type));
    assert.ok(matches.length > 0, `dataset has no event for ${h.label}`);
    const exact = matches.filter((e) => e.start === h.day && e.end === h.day);
    const event = (exact[0] ?? matches[0]) as TimelineEvent;
    return { label: h.label, event };
  });
}
