/**
 * The timeline (issue 3): scrub with the keyboard and with the Time slider and check the
 * highlighted and selected event; zoom with the wheel and the buttons; phone width.
 * The expected order and nearest-event rule are computed here from the served dataset.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { headlineEvents, loadDataset, openApp } from './lib/app';
import type { E2ETest } from './lib/types';
import type { Dataset, TimelineEvent } from '../../src/lib/model/types';

const DAY = 86_400_000;
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Events in the timeline's date order: start, then end, then id. */
function inDateOrder(dataset: Dataset): TimelineEvent[] {
  return [...dataset.events].sort((a, b) => (a.start !== b.start ? (a.start < b.start ? -1 : 1) : a.end !== b.end ? (a.end < b.end ? -1 : 1) : a.id < b.id ? -1 : 1));
}

/** The event at or nearest time t (the scrubber's rule): the latest-starting one containing t, else the closest. */
function nearest(events: TimelineEvent[], t: number): TimelineEvent {
  let best: TimelineEvent | undefined;
  let bestDist = Infinity;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    const s = ms(e.start);
    const end = ms(e.end) + DAY;
    const d = t < s ? s - t : t < end ? 0 : t - end;
    if (d === 0 && s <= t) {
      // Latest start containing t wins: the first found scanning backwards among those starting before t.
      if (bestDist > 0 || (best && ms(best.start) > t)) {
        best = e;
        bestDist = 0;
      }
      continue;
    }
    if (d < bestDist || (d === bestDist && s <= t && best && ms(best.start) > t)) {
      best = e;
      bestDist = d;
    }
  }
  return best!;
}

async function selectedText(page: Page): Promise<string> {
  return (await page.getByRole('region', { name: 'Timeline' }).getByRole('status').textContent()) ?? '';
}

async function expectSelected(page: Page, ev: TimelineEvent, how: string): Promise<void> {
  await page.waitForFunction(
    (title) => Array.from(document.querySelectorAll('[role="status"]')).some((n) => n.textContent?.startsWith(`Selected: ${title},`)),
    ev.title,
    { timeout: 5000 },
  ).catch(() => undefined);
  const text = await selectedText(page);
  assert.ok(text.startsWith(`Selected: ${ev.title},`), `${how}: expected "${ev.title}" selected, timeline says "${text}"`);
  // The highlighted mark is the selected one, and its card is shown.
  const mark = page.getByRole('button', { name: `${ev.title},`, exact: false }).and(page.locator('[aria-current="true"]'));
  assert.equal(await mark.count(), 1, `${how}: the mark of "${ev.title}" is not highlighted`);
  assert.ok(await page.getByRole('article', { name: ev.title }).isVisible(), `${how}: no card for "${ev.title}"`);
}

export const tests: E2ETest[] = [
  {
    name: 'scrubs with the keyboard: Home, →, ←, End select events in date order',
    run: async ({ page, baseUrl, screenshot, log }) => {
      const events = inDateOrder(await loadDataset(baseUrl));
      assert.ok(events.length >= 4, 'the dataset has fewer than 4 events');
      const timeline = await openApp(page, baseUrl);
      await timeline.getByRole('group', { name: 'Timeline chart' }).focus();
      // Home is the story's first event: background facts (a 2014 annexation) do not steer the view; → and ← still reach them.
      const first = events.findIndex((e) => !e.background);
      await page.keyboard.press('Home');
      await expectSelected(page, events[first]!, 'Home');
      for (let i = 1; i <= 3; i++) {
        await page.keyboard.press('ArrowRight');
        await expectSelected(page, events[first + i]!, `→ ×${i}`);
      }
      await page.keyboard.press('ArrowLeft');
      await expectSelected(page, events[first + 2]!, '←');
      const slider = timeline.getByRole('slider', { name: 'Time' });
      assert.match((await slider.getAttribute('aria-valuetext')) ?? '', /^\d{1,2} [A-Z][a-z]{2} \d{4}$/);
      await page.keyboard.press('End');
      await expectSelected(page, events.at(-1)!, 'End');
      log(`first "${events[0]!.title}", last "${events.at(-1)!.title}"`);
      await screenshot('keyboard-end');
      // Typing in a text field never scrubs.
      const search = page.getByRole('searchbox').or(page.getByRole('textbox')).first();
      await search.click();
      await page.keyboard.press('Home');
      await expectSelected(page, events.at(-1)!, 'Home typed in a text field');
    },
  },
  {
    name: 'scrubs with the Time slider: the event nearest the playhead is highlighted and its card shown',
    run: async ({ page, baseUrl, screenshot, log }) => {
      const events = inDateOrder(await loadDataset(baseUrl));
      const timeline = await openApp(page, baseUrl);
      const target = events.find((e) => e.start === '2022-02-04') ?? events[Math.floor(events.length / 2)]!;
      // Zoom to about two months around the target so one slider pixel is well under a day.
      await timeline.getByRole('group', { name: 'Timeline chart' }).focus();
      const i = events.indexOf(target) - events.findIndex((e) => !e.background);
      await page.keyboard.press('Home');
      for (let k = 0; k < i; k++) await page.keyboard.press('ArrowRight');
      await expectSelected(page, target, 'stepping to the target');
      const slider = timeline.getByRole('slider', { name: 'Time' });
      for (let k = 0; k < 8; k++) {
        const span = Number(await slider.getAttribute('aria-valuemax')) - Number(await slider.getAttribute('aria-valuemin'));
        if (span < 70 * DAY) break;
        await page.keyboard.press('+');
      }
      const box = (await slider.boundingBox())!;
      const y = box.y + box.height / 2;
      // Drag the thumb (from the left end) to a fraction of the track; returns the playhead time.
      const dragTo = async (frac: number) => {
        await page.mouse.move(box.x + 4, y);
        await page.mouse.down();
        for (let s = 1; s <= 10; s++) await page.mouse.move(box.x + 4 + ((box.width - 8) * frac * s) / 10, y);
        await page.mouse.up();
        return Number(await slider.getAttribute('aria-valuenow'));
      };
      for (const frac of [0.5, 0.25]) {
        const min = Number(await slider.getAttribute('aria-valuemin'));
        const max = Number(await slider.getAttribute('aria-valuemax'));
        const goal = min + frac * (max - min);
        const now = await dragTo(frac);
        assert.ok(Math.abs(now - goal) < (max - min) * 0.03, `the slider did not move near ${new Date(goal).toISOString()} (${new Date(now).toISOString()})`);
        const expected = nearest(events, now);
        await expectSelected(page, expected, `slider at ${new Date(now).toISOString()}`);
        log(`slider at ${await slider.getAttribute('aria-valuetext')}: "${expected.title}"`);
      }
      // And onto the target itself.
      const min = Number(await slider.getAttribute('aria-valuemin'));
      const max = Number(await slider.getAttribute('aria-valuemax'));
      const now = await dragTo((ms(target.start) + DAY / 2 - min) / (max - min));
      const expected = nearest(events, now);
      await expectSelected(page, expected, `slider on ${target.start}`);
      assert.equal(new Date(now).toISOString().slice(0, 10), target.start, 'the slider did not reach the target day');
      log(`slider at ${await slider.getAttribute('aria-valuetext')}: "${expected.title}"`);
      await screenshot('slider');
    },
  },
  {
    name: 'zooms with the wheel and the buttons; Fit all restores the whole range',
    run: async ({ page, baseUrl, screenshot }) => {
      const timeline = await openApp(page, baseUrl);
      const slider = timeline.getByRole('slider', { name: 'Time' });
      const span = async () => Number(await slider.getAttribute('aria-valuemax')) - Number(await slider.getAttribute('aria-valuemin'));
      // The app opens on where the events are (focusWindow), which may be narrower than Fit all.
      await timeline.getByRole('button', { name: 'Fit all', exact: true }).click();
      const fit = await span();
      const canvas = timeline.locator('canvas').first();
      const box = (await canvas.boundingBox())!;
      await page.mouse.move(box.x + box.width * 0.8, box.y + 80);
      for (let k = 0; k < 5; k++) await page.mouse.wheel(0, -200);
      await page.waitForTimeout(200);
      assert.ok((await span()) < fit * 0.8, 'wheel did not zoom in');
      const zoomed = await span();
      await timeline.getByRole('button', { name: 'Zoom out' }).click();
      assert.ok(Math.abs((await span()) - zoomed * 2) < zoomed * 0.05, 'Zoom out did not double the window');
      await timeline.getByRole('button', { name: 'Zoom in' }).click();
      await timeline.getByRole('button', { name: 'Fit all' }).click();
      assert.ok(Math.abs((await span()) - fit) < fit * 0.01, 'Fit all did not restore the window');
      // The overview brush drives the main view: brushing the first quarter of the overview
      // selects that quarter (at "Fit all" no window is drawn, so a drag anywhere starts one).
      const brush = timeline.getByRole('img', { name: /^Overview/ });
      await brush.scrollIntoViewIfNeeded();
      const ob = (await brush.boundingBox())!;
      await page.mouse.move(ob.x + ob.width * 0.02, ob.y + ob.height / 2);
      await page.mouse.down();
      await page.mouse.move(ob.x + ob.width * 0.12, ob.y + ob.height / 2, { steps: 5 });
      await page.mouse.move(ob.x + ob.width * 0.27, ob.y + ob.height / 2, { steps: 5 });
      await page.mouse.up();
      const brushed = await span();
      assert.ok(brushed < fit * 0.4 && brushed > fit * 0.15, `brushing a quarter of the overview gave ${(brushed / fit).toFixed(2)} of the window`);
      await screenshot('brushed');
      await timeline.getByRole('button', { name: 'Fit all' }).click();
      const marks = Number(await canvas.getAttribute('data-marks'));
      const bins = Number(await canvas.getAttribute('data-bins'));
      assert.ok(marks + bins > 0, 'nothing drawn on the canvas');
      await screenshot('fit-all');
    },
  },
  {
    name: 'works on a 375 px phone screen',
    viewport: { width: 375, height: 812 },
    run: async ({ page, baseUrl, screenshot }) => {
      const events = inDateOrder(await loadDataset(baseUrl));
      const timeline = await openApp(page, baseUrl);
      await timeline.getByRole('group', { name: 'Timeline chart' }).focus();
      await page.keyboard.press('End');
      await expectSelected(page, events.at(-1)!, 'End on a phone');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 1, `the page scrolls sideways by ${overflow} px`);
      for (const name of ['Zoom in', 'Zoom out', 'Fit all', 'Play']) assert.ok(await timeline.getByRole('button', { name, exact: true }).isVisible(), `${name} not visible`);
      await screenshot('phone');
    },
  },
  {
    name: 'cluster badges are keyboard buttons that zoom to their own events; a URL-selected event is in view',
    run: async ({ page, baseUrl, screenshot }) => {
      const timeline = await openApp(page, baseUrl);
      const slider = timeline.getByRole('slider', { name: 'Time' });
      const window = async () => [Number(await slider.getAttribute('aria-valuemin')), Number(await slider.getAttribute('aria-valuemax'))] as const;
      await timeline.getByRole('button', { name: 'Fit all', exact: true }).click();
      const [f0, f1] = await window();
      const badges = timeline.getByRole('button', { name: /^\d+ events?, .+, zoom to (them|it)$/ });
      // With stacking, the built-in data may fit without any badge at Fit all; a badge, when there is one, zooms in.
      if ((await badges.count()) === 0) return;
      const badge = badges.first();
      const label = (await badge.getAttribute('aria-label'))!;
      await badge.focus();
      await page.keyboard.press('Enter');
      await page.waitForTimeout(200);
      const [z0, z1] = await window();
      assert.ok(z1 - z0 < (f1 - f0) * 0.5, `"${label}" did not zoom in: ${(z1 - z0) / (f1 - f0)} of the window`);
      await screenshot('after-badge');
      // A shared link to an event opens with that event on screen, highlighted.
      await page.goto(`${baseUrl}/?event=2022-02-24-russia-invades-ukraine`);
      await page.getByRole('region', { name: 'Timeline' }).waitFor();
      const mark = page.locator('button.tl-mark[aria-current="true"]');
      await mark.waitFor({ timeout: 5000 });
      const [w0, w1] = await window();
      const t = Date.parse('2022-02-24T00:00:00Z');
      assert.ok(w0 < t && t < w1, 'the selected event is outside the window');
      await screenshot('url-event');
    },
  },
  {
    name: 'crowded days: clicking any badge ends with its members individually clickable (marks after the zoom, or rows of its list)',
    run: async ({ page, baseUrl, screenshot, log }) => {
      // The built-in data plus 30 events on one day and 36 over three days: more than a lane's rows.
      const dataset = await loadDataset(baseUrl);
      const base = dataset.events.find((e) => e.start === '2022-02-04') ?? dataset.events[0]!;
      const extra = (id: string, title: string, day: string): TimelineEvent => ({ ...base, id, title, start: day, end: day, precision: 'day' });
      const crowded: Dataset = {
        ...dataset,
        events: [
          ...dataset.events,
          ...Array.from({ length: 30 }, (_, k) => extra(`crowd-day-${k}`, `Envoys meet in Geneva, round ${k + 1}`, '2022-02-10')),
          ...Array.from({ length: 36 }, (_, k) => extra(`crowd-span-${k}`, `Sanctions talks session ${k + 1}`, `2022-03-0${2 + (k % 3)}`)),
        ],
      };
      await page.route((url) => url.pathname === '/data/crowded.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(crowded) }));
      const open = async () => {
        const timeline = await openApp(page, baseUrl, '?data=/data/crowded.json');
        await timeline.locator('[data-marks]').first().waitFor();
        await page.waitForTimeout(300);
        return timeline;
      };
      let timeline = await open();
      const badges = timeline.locator('button.tl-badge');
      const n = await badges.count();
      assert.ok(n > 0, 'the crowded dataset shows no badge at the opening view');
      let listed = 0;
      for (let k = 0; k < n; k++) {
        if (k > 0) timeline = await open();
        let badge = badges.nth(k);
        let done = false;
        for (let step = 0; step < 6 && !done; step++) {
          const label = (await badge.getAttribute('aria-label'))!;
          const count = Number(/^(\d+) events?/.exec(label)?.[1]);
          await badge.click();
          await page.waitForTimeout(250);
          const dialog = timeline.getByRole('dialog');
          if (await dialog.isVisible()) {
            // Listed: each member is a button named "<title>, <date>".
            const rows = dialog.getByRole('button', { name: /, \d{1,2} [A-Z][a-z]{2} \d{4}$/ });
            assert.equal(await rows.count(), count, `"${label}": the list shows ${await rows.count()} of ${count} events`);
            if (listed++ === 0) await screenshot('badge-list');
            const first = (await rows.first().textContent())!;
            await rows.first().click();
            const status = (await timeline.getByRole('status').textContent()) ?? '';
            assert.ok(status.startsWith(`Selected: ${first}`), `"${label}": picking "${first}" selected "${status}"`);
            done = true;
          } else if ((await badges.count()) === 0) {
            // Zoomed: no badge is left, every event in view is its own mark.
            done = true;
          } else {
            badge = badges.first();
          }
        }
        assert.ok(done, `badge ${k} did not end with its members individually clickable after 6 clicks`);
      }
      log(`${n} badges at the opening view; ${listed} opened as lists`);
      assert.ok(listed > 0, 'no badge opened as a list (30 events on one day cannot separate)');
    },
  },
  {
    name: 'opening view: clicking the mark of each key event opens its card; every mark receives a click at its centre',
    run: async ({ page, baseUrl, screenshot, log }) => {
      const keys = headlineEvents(await loadDataset(baseUrl));
      const timeline = await openApp(page, baseUrl);
      const chart = timeline.locator('[data-marks]').first();
      await page.waitForFunction(() => Number(document.querySelector('[data-marks]')?.getAttribute('data-marks')) > 0);
      const marks = Number(await chart.getAttribute('data-marks'));
      const labels = Number(await chart.getAttribute('data-labels'));
      const bins = Number(await chart.getAttribute('data-bins'));
      log(`marks ${marks}, labels ${labels}, bins ${bins}`);
      assert.equal(bins, 0, 'the opening view aggregates events');
      assert.ok(labels >= 0.8 * marks, `only ${labels} of ${marks} marks are titled`);
      const covered = await page.evaluate(() =>
        Array.from(document.querySelectorAll('[aria-label="Timeline"] button[data-event-id]'))
          .map((b) => {
            const r = b.getBoundingClientRect();
            const x = r.left + r.width / 2;
            const y = r.top + r.height / 2;
            if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return null;
            return document.elementFromPoint(x, y) === b ? null : b.getAttribute('aria-label');
          })
          .filter((x) => x !== null),
      );
      assert.deepEqual(covered, [], 'marks covered by something else');
      for (const { label, event } of keys) {
        // Each from the opening view (selecting an event may move the view).
        const region = await openApp(page, baseUrl);
        const mark = region.locator(`button[data-event-id="${event.id}"]`);
        await mark.scrollIntoViewIfNeeded();
        const box = (await mark.boundingBox())!;
        assert.ok(box, `${label}: no mark on screen`);
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        await expectSelected(page, event, `clicking the mark of ${label}`);
      }
      await screenshot('key-events');
    },
  },
];
