// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { WorkspaceBar } from '../../../src/components/workspace/WorkspaceBar';
import { fakeRunner, renderWithStore } from './helpers';

const PARAS = [
  'BEIJING, Feb. 4 — Xi Jinping and Vladimir Putin issued a joint statement on Friday declaring that the friendship between their two states has no limits.',
  'The statement, released as the Winter Olympics opened, said there were no forbidden areas of cooperation between China and Russia.',
  'Western officials said the declaration amounted to the most forceful statement yet of a partnership aimed at challenging the United States.',
];
const PAGE = `<!DOCTYPE html><html><head><title>Xi and Putin declare a partnership</title></head><body>
<div class="menu"><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></div>
<div class="article-body">${PARAS.map((p) => `<p>${p}</p>`).join('')}</div>
<div class="newsletter">Sign up for our newsletter</div></body></html>`;

describe('Add report: a pasted web page', () => {
  it('keeps the article of a pasted HTML page, not its markup or menus', async () => {
    const user = userEvent.setup();
    renderWithStore(<WorkspaceBar makeStorage={() => null} />, fakeRunner(() => ({ published: '2022-02-04', timexes: [], warnings: [], mentions: [], newActors: [] })).runner);
    await user.click(screen.getByRole('button', { name: 'Add report' }));
    const dialog = screen.getByRole('dialog', { name: 'Add report' });
    await user.click(within(dialog).getByLabelText('Report text'));
    await user.paste(PAGE);
    expect(await within(dialog).findByText(/Took the article out of the pasted HTML page/)).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Report text')).toHaveValue(PARAS.join('\n\n'));
    expect(within(dialog).getByLabelText('Title')).toHaveValue('Xi and Putin declare a partnership');
  });

  it('leaves pasted article text as it is', async () => {
    const user = userEvent.setup();
    renderWithStore(<WorkspaceBar makeStorage={() => null} />, fakeRunner(() => ({ published: '2022-02-04', timexes: [], warnings: [], mentions: [], newActors: [] })).runner);
    await user.click(screen.getByRole('button', { name: 'Add report' }));
    const box = within(screen.getByRole('dialog', { name: 'Add report' })).getByLabelText('Report text');
    await user.click(box);
    await user.paste('Officials said <b> is a tag.');
    expect(box).toHaveValue('Officials said <b> is a tag.');
  });
});
