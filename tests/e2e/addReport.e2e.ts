/**
 * Issue 11: a typical short wire report on a story the built-in data does not hold goes through Add report,
 * "Accept all" and "Add to timeline" with no hand fixes. The headline is the title suggestion, not an event;
 * the dateline is publication evidence; the main event comes first with a headline title, cites the new
 * source, and survives a reload.
 */
import assert from 'node:assert/strict';
import { eventsList, findListItem, openApp } from './lib/app';
import type { E2ETest } from './lib/types';

const HEADLINE = 'Japan and South Korea foreign ministers hold talks in Tokyo';
const ARTICLE = `${HEADLINE}

TOKYO, March 6, 2023 (Wire) - Japanese Foreign Minister Yoshimasa Hayashi met South Korean Foreign Minister Park Jin in Tokyo on Monday for talks on compensation for wartime labour, the foreign ministry said.

The meeting lasted about 90 minutes. During the talks, the two ministers agreed to speed up work on the dispute, a Japanese official said.

Park told reporters after the meeting that Seoul would announce a compensation plan soon.

Relations between the two countries soured in 2018 after a South Korean court ordered Japanese firms to pay compensation.
`;

export const tests: E2ETest[] = [
  {
    name: 'an unseen wire report: Accept all, Add to timeline, no fixes; headline title, cites the source, survives reload',
    timeout: 120_000,
    run: async ({ page, baseUrl, screenshot, log }) => {
      await openApp(page, baseUrl);
      await page.getByRole('button', { name: 'Add report' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add report' });
      await dialog.waitFor({ state: 'visible' });
      await dialog.getByLabel('Report text').fill(ARTICLE);
      // the headline is the title suggestion
      assert.equal(await dialog.getByLabel('Title').inputValue(), HEADLINE);
      await dialog.getByLabel('Outlet').fill('Tokyo Wire');
      await dialog.getByRole('button', { name: 'Use 2023-03-06' }).click();
      await dialog.getByRole('button', { name: 'Extract events' }).click();
      await dialog.getByRole('button', { name: 'Accept all' }).waitFor({ timeout: 30_000 });

      const items = dialog.getByRole('listitem', { name: /^Event \d+:/ });
      const first = items.first();
      const label = (await first.getAttribute('aria-label')) ?? '';
      log(`main event: ${label}`);
      const title = label.replace(/^Event 1: /, '');
      assert.match(title, /^Hayashi meets Park/, 'the main event comes first with a headline title');
      assert.ok(!ARTICLE.includes(title), 'the title is not a sentence prefix');
      const dateOf = await first.getByLabel('Event 1 start').inputValue();
      assert.equal(dateOf, '2023-03-06', 'dated by "on Monday", not by the dateline stamp');
      const proposedText = (await dialog.getByRole('status').first().textContent()) ?? '';
      assert.match(proposedText, /^1 event proposed/, `one happening proposed: ${proposedText}`);
      await dialog.getByText(/^Not proposed \(\d+\)/).click();
      await dialog.getByText('Not proposed: The headline: suggested as the report’s title, not an event.').waitFor();
      await screenshot('review');

      await dialog.getByRole('button', { name: 'Accept all' }).click();
      await dialog.getByRole('button', { name: 'Add to timeline' }).click();
      await dialog.waitFor({ state: 'detached', timeout: 10_000 });
      const status = page.locator('.ws-status');
      await status.getByText(`Added “${HEADLINE}” (Tokyo Wire) with 1 event.`).waitFor();

      const card = page.locator('article.event-card');
      await card.getByRole('heading', { name: title }).waitFor();
      const citations = card.getByRole('region', { name: 'Citations' });
      assert.match((await citations.textContent()) ?? '', /Tokyo Wire/, 'the main event cites the new source');
      assert.match((await citations.textContent()) ?? '', /two ministers agreed/, 'the follow-on sentences are further citations');
      await screenshot('card');

      await page.reload();
      await page.getByRole('region', { name: 'Timeline' }).waitFor({ state: 'visible' });
      await page.getByText('My reports (1)').waitFor();
      assert.ok(await findListItem(await eventsList(page), title), `after reload the list still has "${title}"`);
    },
  },
];
