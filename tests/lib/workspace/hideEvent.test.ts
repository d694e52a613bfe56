import { describe, expect, it } from 'vitest';
import { hiddenEventIds, hideEvent, unhideEvent } from '../../../src/lib/workspace/hideEvent';
import { applyWorkspace } from '../../../src/lib/workspace/applyWorkspace';
import { editEvent } from '../../../src/lib/workspace/workspaceOps';
import { EMPTY_WORKSPACE } from '../../../src/lib/workspace/types';
import { baseDataset } from './fixtures';

describe('hideEvent(ws, eventId) / unhideEvent(ws, eventId)', () => {
  it('leaves a hidden event out of the effective dataset, without touching the base', () => {
    const base = baseDataset();
    const ws = hideEvent(EMPTY_WORKSPACE, 'ev-meet', '2026-01-01T00:00:00Z');
    expect(applyWorkspace(base, ws).events.map((e) => e.id)).toEqual([]);
    expect(base.events.map((e) => e.id)).toEqual(['ev-meet']);
    expect(hiddenEventIds(ws)).toEqual(['ev-meet']);
  });
  it('showing it again keeps the other edits of the same event', () => {
    const base = baseDataset();
    const ws = hideEvent(editEvent(EMPTY_WORKSPACE, 'ev-meet', { title: 'Renamed' }), 'ev-meet');
    const back = unhideEvent(ws, 'ev-meet');
    expect(hiddenEventIds(back)).toEqual([]);
    expect(applyWorkspace(base, back).events[0]).toMatchObject({ id: 'ev-meet', title: 'Renamed', edited: true });
  });
  it('showing it again drops an edit that only hid it', () => {
    expect(unhideEvent(hideEvent(EMPTY_WORKSPACE, 'ev-meet'), 'ev-meet').edits).toEqual({});
  });
});
