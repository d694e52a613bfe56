/**
 * The fast hand-written events loop of validateDataset against the one schema (looseEventSchema):
 * on generated events — valid ones with random field changes — it accepts exactly what the schema
 * accepts and whose references hold (sources, actors, quotes at their offsets, end ≥ start).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateDataset } from '../../../src/lib/model/validate';
import { looseEventSchema } from '../../../src/lib/model/schema';
import type { Dataset, TimelineEvent } from '../../../src/lib/model/types';
import { baseDataset } from '../workspace/fixtures';

const base = baseDataset();
const text = base.sources[0]!.text;

/** The cross-record rules the schema cannot see (what the loop checks beyond it). */
function referencesHold(e: Record<string, unknown>): boolean {
  const sources = new Map(base.sources.map((s) => [s.id, s]));
  const actors = new Set(base.actors.map((a) => a.id));
  const ev = e as unknown as TimelineEvent;
  if (ev.end < ev.start) return false;
  if (!ev.actors.every((a) => actors.has(a)) || (ev.initiator !== undefined && !actors.has(ev.initiator))) return false;
  for (const c of ev.citations) {
    const s = sources.get(c.source);
    if (!s || c.end < c.start || c.end > s.text.length || s.text.slice(c.start, c.end) !== c.quote) return false;
  }
  return ev.dateClaims.every((d) => sources.has(d.source));
}

const event = (): Record<string, unknown> => ({
  id: 'ev-1', title: 'Officials meet', summary: 'They met.', start: '2021-12-01', end: '2021-12-31', precision: 'month', type: 'CONSULT', mode: 'visit',
  actors: ['us', 'qin-gang'], countries: ['CN'], initiator: 'us', origin: 'curated', confidence: 0.5, background: false, mergedFrom: ['ev-0'],
  citations: [{ source: 'nyt', start: 0, end: 6, quote: text.slice(0, 6), occurrence: 1, origin: 'parsed', confidence: 1, attributedTo: 'Reuters' }],
  dateClaims: [{ source: 'nyt', expression: 'in December', start: '2021-12-01', end: '2021-12-31', precision: 'month', resolution: 'explicit', value: '2021-12' }],
  conflicts: [{ field: 'date', note: 'differ', claims: [{ source: 'nyt', claim: 'December', quote: 'x' }, { source: 'blog', claim: 'November' }] }],
  corroboration: { reports: 1, independentOutlets: 1, outlets: ['The New York Times'] },
});

/** Where a generated change lands: a field of the event or of its first nested record. */
const PATHS = [
  ['id'], ['title'], ['summary'], ['start'], ['end'], ['precision'], ['type'], ['mode'], ['actors'], ['countries'], ['initiator'], ['origin'],
  ['confidence'], ['background'], ['edited'], ['mergedFrom'], ['citations'], ['dateClaims'], ['conflicts'], ['corroboration'],
  ['citations', 0, 'source'], ['citations', 0, 'start'], ['citations', 0, 'end'], ['citations', 0, 'quote'], ['citations', 0, 'occurrence'],
  ['citations', 0, 'origin'], ['citations', 0, 'confidence'], ['citations', 0, 'attributedTo'], ['citations', 0, 'extra'],
  ['dateClaims', 0, 'source'], ['dateClaims', 0, 'expression'], ['dateClaims', 0, 'start'], ['dateClaims', 0, 'end'], ['dateClaims', 0, 'precision'],
  ['dateClaims', 0, 'resolution'], ['dateClaims', 0, 'value'], ['conflicts', 0, 'field'], ['conflicts', 0, 'note'], ['conflicts', 0, 'claims'],
  ['corroboration', 'reports'], ['corroboration', 'independentOutlets'], ['corroboration', 'outlets'], ['extra'],
] as const;

const VALUES = fc.oneof(
  fc.constantFrom(undefined, null, true, 0, -1, 1.5, 2, '', ' ', 'x', 'us', 'nyt', 'day', 'month', 'CONSULT', 'visit', 'user', '2021-12-15', '2022-02-30', '2021-13-01', [], ['us'], [1], {}),
  fc.string(),
  fc.integer({ min: -5, max: 80 }),
);

function setAt(obj: Record<string, unknown>, path: readonly (string | number)[], value: unknown): void {
  let cur: Record<string | number, unknown> = obj;
  for (const key of path.slice(0, -1)) cur = cur[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete cur[last];
  else cur[last] = value;
}

function accepts(e: Record<string, unknown>): boolean {
  const ds: Dataset = { ...base, events: [e as unknown as TimelineEvent] };
  try {
    validateDataset(structuredClone(ds), 'gen.json');
    return true;
  } catch {
    return false;
  }
}

describe('validateDataset events loop ≡ looseEventSchema + references', () => {
  it('accepts the valid generated event', () => {
    expect(looseEventSchema.safeParse(event()).success).toBe(true);
    expect(accepts(event())).toBe(true);
  });

  it('agrees with the schema on 2,000 events with one to three changed fields (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...PATHS), VALUES), { minLength: 1, maxLength: 3 }), (changes) => {
        const e = event();
        for (const [path, value] of changes) {
          try {
            setAt(e, path, value);
          } catch {
            return; // the parent was replaced by a non-object earlier: nothing to change there
          }
        }
        const schemaOk = looseEventSchema.safeParse(e).success;
        const expected = schemaOk && referencesHold(e);
        expect(accepts(e)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
