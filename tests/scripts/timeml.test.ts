import { describe, expect, it } from 'vitest';
import { compareTimexes, figures, parseTimeml, prf } from '../../scripts/lib/timeml';

const TML = `<?xml version="1.0" ?>
<TimeML><DOCID>X</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-08" functionInDocument="CREATION_TIME">August 8</TIMEX3></DCT>
<TEXT>
Iran <EVENT eid="e1">condemned</EVENT> it <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> &amp; <TIMEX3 tid="t2" type="DURATION" value="P3M">three months</TIMEX3> on.
</TEXT></TimeML>`;

describe('parseTimeml', () => {
  it('reads the DCT, the plain text of <TEXT> (tags removed, entities decoded) and gold offsets into it', () => {
    const doc = parseTimeml(TML);
    expect(doc.dct).toBe('1998-08-08');
    expect(doc.text).toBe('\nIran condemned it Friday & three months on.\n');
    expect(doc.gold.map((g) => [doc.text.slice(g.start, g.end), g.type, g.value])).toEqual([
      ['Friday', 'DATE', '1998-08-07'], ['three months', 'DURATION', 'P3M'],
    ]);
  });
  it('a document without a creation time has dct null; one without <TEXT> throws', () => {
    expect(parseTimeml('<TimeML><TEXT>x</TEXT></TimeML>').dct).toBeNull();
    expect(() => parseTimeml('<TimeML></TimeML>')).toThrow(/TEXT/);
  });
});

describe('compareTimexes (TempEval-3 style)', () => {
  const gold = [
    { start: 0, end: 6, type: 'DATE', value: '1998-08-07' },
    { start: 10, end: 22, type: 'DURATION', value: 'P3M' },
    { start: 30, end: 35, type: 'SET', value: 'P1W' },
  ];
  const system = [
    { start: 0, end: 6, type: 'DATE', value: '1998-08-07' }, // strict, right value
    { start: 10, end: 16, type: 'DATE', value: 'P3M' }, // relaxed only, right value, wrong type
    { start: 40, end: 45, type: 'DATE', value: '1998' }, // spurious
  ];
  it('counts relaxed (overlap) and strict (exact) matches one-to-one, values on relaxed matches, types', () => {
    const { overall, byType } = compareTimexes(gold, system);
    expect(overall).toEqual({ gold: 3, system: 3, relaxed: 2, strict: 1, value: 2, type: 1 });
    expect(byType.SET).toMatchObject({ gold: 1, relaxed: 0 });
    const f = figures(overall);
    expect(f.relaxed.f1).toBeCloseTo(66.67, 1);
    expect(f.strict.p).toBeCloseTo(33.33, 1);
    expect(f.typeAccuracy).toBe(50);
  });
  it('a system timex is matched to one gold timex at most', () => {
    const c = compareTimexes([{ start: 0, end: 4, type: 'DATE', value: 'a' }, { start: 5, end: 9, type: 'DATE', value: 'b' }], [{ start: 0, end: 9, type: 'DATE', value: 'a' }]);
    expect(c.overall.relaxed).toBe(1);
  });
  it('prf is 0 without predictions or gold', () => {
    expect(prf(0, 0, 5)).toEqual({ p: 0, r: 0, f1: 0 });
  });
});
