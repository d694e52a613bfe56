// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { WorkspaceBar } from '../../../src/components/workspace/WorkspaceBar';
import { extract } from '../../../src/extractor/index';
import { baseDataset } from '../../lib/workspace/fixtures';
import { fakeRunner, renderWithStore } from './helpers';

const TEXT =
  'Secretary of State Mike Pompeo met North Korean official Kim Yong-chol in New York on Thursday. The U.S. is preparing a summit with North Korea in Singapore.';

describe('Add report — people outside the actor list', () => {
  it('adds the people the accepted events name as actors, with country and role, and titles by them', async () => {
    const fake = fakeRunner((text) => extract(text, { published: '2018-06-01', actors: baseDataset().actors }));
    const user = userEvent.setup();
    const { store } = renderWithStore(<WorkspaceBar makeStorage={() => null} />, fake.runner);
    await user.click(screen.getByRole('button', { name: 'Add report' }));
    const dialog = screen.getByRole('dialog', { name: 'Add report' });
    await user.click(within(dialog).getByLabelText('Report text'));
    await user.paste(TEXT);
    await user.type(within(dialog).getByLabelText('Outlet'), 'Daily');
    await user.type(within(dialog).getByLabelText('Title'), 'Pompeo meets envoy');
    await user.type(within(dialog).getByLabelText('Published'), '2018-06-01');
    await user.click(within(dialog).getByRole('button', { name: 'Extract events' }));
    await act(async () => fake.calls[0]!.finish());

    // known as participants already: not offered as unknown names
    expect(within(dialog).queryByRole('button', { name: 'Add “Mike Pompeo” to actors' })).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Add “Kim Yong-chol” to actors' })).not.toBeInTheDocument();
    const [first] = within(dialog).getAllByRole('listitem', { name: /^Event \d/ });
    expect(within(first!).getByRole('button', { name: 'Remove Mike Pompeo' })).toBeInTheDocument();
    expect(within(first!).getByRole('button', { name: 'Remove Kim Yong-chol' })).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Accept all' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add to timeline' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    const ds = store.getState().dataset!;
    const meeting = ds.events.find((e) => e.origin === 'user' && e.type === 'CONSULT')!;
    expect(meeting.start).toBe('2018-05-31');
    expect(meeting.title).toBe('Pompeo meets Kim Yong-chol in New York');
    expect(meeting.actors).toEqual(expect.arrayContaining(['person:mike-pompeo', 'person:kim-yong-chol']));
    expect(meeting.initiator).toBe('person:mike-pompeo');
    expect(meeting.countries).toEqual(expect.arrayContaining(['KP', 'US']));
    const people = store.getState().workspace.actors.filter((a) => a.id.startsWith('person:'));
    expect(people).toEqual([
      { id: 'person:kim-yong-chol', name: 'Kim Yong-chol', kind: 'person', country: 'KP', role: 'official', aliases: [] },
      { id: 'person:mike-pompeo', name: 'Mike Pompeo', kind: 'person', country: 'US', role: 'secretary of state', aliases: [] },
    ]);
    expect(ds.actors.filter((a) => a.id === 'person:mike-pompeo')).toHaveLength(1);
  });
});
