import { describe, expect, it } from 'vitest';
import { compatibleTypes, datesOverlap, findMatchingEvent } from '../../../src/lib/workspace/matchEvent';
import { baseDataset, userEvent, userSource } from './fixtures';

describe('findMatchingEvent(event, existing)', () => {
  const base = baseDataset();
  const src = userSource('s', 'S', 'Some words here.');
  it('finds the curated event for an overlapping, same-actor, same-type user event', () => {
    expect(findMatchingEvent(userEvent('u', src), base.events)?.id).toBe('ev-meet');
  });
  it('returns null without a shared actor', () => {
    expect(findMatchingEvent(userEvent('u', src, { actors: ['cn'] }), base.events)).toBeNull();
  });
  it('does not merge a meeting with a different counterpart (one shared actor out of many)', () => {
    const call = { ...base.events[0]!, id: 'blinken-wang', actors: ['antony-blinken', 'wang-yi', 'us', 'cn'] };
    expect(findMatchingEvent(userEvent('u', src, { actors: ['antony-blinken', 'sergei-lavrov', 'ua'] }), [call])).toBeNull();
  });
  it('prefers the candidate sharing more actors', () => {
    const other = { ...base.events[0]!, id: 'ev-2', actors: ['us', 'qin-gang', 'cn'] };
    expect(findMatchingEvent(userEvent('u', src, { actors: ['us', 'qin-gang', 'cn'] }), [base.events[0]!, other])?.id).toBe('ev-2');
  });
});

describe('compatibleTypes(a, b) and datesOverlap(a, b)', () => {
  it('groups statement-like types and separates unrelated ones', () => {
    expect(compatibleTypes('STATEMENT', 'ACCUSE')).toBe(true);
    expect(compatibleTypes('CONSULT', 'SANCTION')).toBe(false);
  });
  it('treats ranges as closed', () => {
    expect(datesOverlap({ start: '2022-01-01', end: '2022-01-02' }, { start: '2022-01-02', end: '2022-01-09' })).toBe(true);
    expect(datesOverlap({ start: '2022-01-01', end: '2022-01-01' }, { start: '2022-01-02', end: '2022-01-09' })).toBe(false);
  });
});
