import { describe, expect, it } from 'vitest';
import { DatasetError, validateDataset } from '../../../src/lib/model/validate';
import { miniDataset } from '../../fixtures/miniDataset';

function errorOf(fn: () => unknown): DatasetError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DatasetError) return e;
    throw e;
  }
  throw new Error('expected a DatasetError');
}

describe('validateDataset(data, file)', () => {
  it('accepts a valid dataset and returns it', () => {
    const ds = miniDataset();
    expect(validateDataset(ds, 'x.json')).toBe(ds);
  });

  it('names file, record and field for a bad event field', () => {
    const ds = miniDataset();
    (ds.events[2] as unknown as Record<string, unknown>).start = '4 Feb 2022';
    const e = errorOf(() => validateDataset(ds, 'data/timeline.json'));
    expect(e.file).toBe('data/timeline.json');
    expect(e.record).toBe('event "ev-joint"');
    expect(e.field).toBe('start');
    expect(e.message).toContain('data/timeline.json');
    expect(e.message).toContain('4 Feb 2022');
  });

  it('rejects a citation whose quote does not match the source text at its offsets', () => {
    const ds = miniDataset();
    ds.events[2]!.citations[1]!.start += 1;
    const e = errorOf(() => validateDataset(ds, 'f.json'));
    expect(e.record).toBe('event "ev-joint"');
    expect(e.field).toBe('citations[1].quote');
  });

  it('rejects a citation attributed to an empty outlet name', () => {
    const ds = miniDataset();
    (ds.events[2]!.citations[0] as unknown as Record<string, unknown>).attributedTo = ' ';
    const e = errorOf(() => validateDataset(ds, 'f.json'));
    expect(e.record).toBe('event "ev-joint"');
    expect(e.field).toBe('citations[0].attributedTo');
  });

  it('rejects references to unknown actors and sources', () => {
    const a = miniDataset();
    a.events[0]!.actors.push('ghost');
    expect(errorOf(() => validateDataset(a, 'f.json')).field).toBe('actors[1]');
    const b = miniDataset();
    b.events[1]!.citations[0]!.source = 'nowhere';
    expect(errorOf(() => validateDataset(b, 'f.json')).field).toBe('citations[0].source');
  });

  it('names nested date-claim fields', () => {
    const ds = miniDataset();
    ds.events[3]!.dateClaims[1]!.start = '2022-02-30x';
    const e = errorOf(() => validateDataset(ds, 'f.json'));
    expect(e.record).toBe('event "ev-invasion"');
    expect(e.field).toBe('dateClaims[1].start');
    expect(e.detail).toContain('2022-02-30x');
  });

  it('rejects unknown enum values and duplicate ids', () => {
    const a = miniDataset();
    (a.events[0] as unknown as Record<string, unknown>).type = 'PARTY';
    expect(errorOf(() => validateDataset(a, 'f.json')).field).toBe('type');
    const b = miniDataset();
    b.events[1]!.id = 'ev-intel';
    expect(errorOf(() => validateDataset(b, 'f.json')).field).toBe('id');
  });

  it('names a source record and field from the schema check', () => {
    const ds = miniDataset();
    (ds.sources[1] as unknown as Record<string, unknown>).kind = 'rumour';
    const e = errorOf(() => validateDataset(ds, 'f.json'));
    expect(e.record).toBe('source "web"');
    expect(e.field).toBe('kind');
  });

  it('rejects a wrong version or a non-object', () => {
    expect(errorOf(() => validateDataset({ ...miniDataset(), version: 2 }, 'f.json')).field).toBe('version');
    expect(errorOf(() => validateDataset([], 'f.json')).record).toBe('dataset');
  });

  it('names an event by index when it has no id', () => {
    const ds = miniDataset() as unknown as { events: unknown[] };
    ds.events.push({ title: 'x' });
    const e = errorOf(() => validateDataset(ds, 'f.json'));
    expect(e.record).toBe('event #4');
    expect(e.field).toBe('id');
  });
});
