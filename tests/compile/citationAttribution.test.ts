import { describe, expect, it } from 'vitest';
import { compileDataset, type CompileResult } from '../../src/lib/compile/compileDataset';
import { errorsOf, eventById, loadFixture, readSource, type FixtureData } from './fixture';

const MEETING = '2022-03-14-rome-meeting';
const GAMMA = 'BEIJING — Li Wei met Ann Smith in Rome on March 14, 2022, Reuters reported.';

/** Compiles the valid fixture with gamma's text replaced by a passage attributed to Reuters. */
function compile(data: FixtureData, gammaCitation: Record<string, unknown>): CompileResult {
  eventById(data, MEETING).citations[2] = { source: 'gamma', quote: 'Li Wei met Ann Smith in Rome on March 14, 2022', ...gammaCitation };
  return compileDataset({
    sourcesJson: JSON.stringify(data.sources),
    actorsJson: JSON.stringify(data.actors),
    eventsJson: JSON.stringify(data.events),
    readSource: (file) => (file.endsWith('gamma.txt') ? GAMMA : readSource(file)),
  });
}

function meeting(result: CompileResult) {
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.dataset.events.find((e) => e.id === MEETING)!;
}

describe('compileDataset: citation attribution', () => {
  it('detects an attribution phrase in the sentence of a curated citation and counts it for that outlet', () => {
    const ev = meeting(compile(loadFixture(), {}));
    expect(ev.citations[2]?.attributedTo).toBe('Reuters');
    expect(ev.corroboration).toEqual({ reports: 3, independentOutlets: 2, outlets: ['Alpha Times', 'Reuters'] });
  });

  it('does not mark a copy attributing to the outlet it is based on', () => {
    const ev = meeting(compile(loadFixture(), {}));
    expect(ev.citations[1]?.source).toBe('beta');
    expect(ev.citations[1]?.attributedTo).toBeUndefined();
  });

  it('carries the curator’s attributedTo over the detector', () => {
    const ev = meeting(compile(loadFixture(), { attributedTo: 'Alpha Times' }));
    expect(ev.citations[2]?.attributedTo).toBe('Alpha Times');
    expect(ev.corroboration).toEqual({ reports: 3, independentOutlets: 1, outlets: ['Alpha Times'] });
  });

  it('takes attributedTo: null as the report’s own reporting', () => {
    const ev = meeting(compile(loadFixture(), { attributedTo: null }));
    expect(ev.citations[2]).not.toHaveProperty('attributedTo');
    expect(ev.corroboration.outlets).toEqual(['Alpha Times', 'Gamma Post']);
  });

  it('rejects an empty or non-string attributedTo, naming file, record and field', () => {
    const EV = `data/events.json: event "${MEETING}"`;
    expect(errorsOf(compile(loadFixture(), { attributedTo: ' ' }))).toEqual([`${EV}: citations[2].attributedTo: must not be empty`]);
    expect(errorsOf(compile(loadFixture(), { attributedTo: 7 }))[0]).toMatch(new RegExp(`^${EV}: citations\\[2\\]\\.attributedTo: `));
  });
});
