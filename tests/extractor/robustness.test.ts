import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extract } from '../../src/extractor/index';
import { decodeInput } from '../../src/extractor/decode';
import { GAZETTEER } from './fixtures/gazetteer';

function checkOffsets(text: string, r: ReturnType<typeof extract>): void {
  const within = (s: { start: number; end: number }) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length;
  for (const t of r.timexes) expect(within(t) && text.slice(t.start, t.end) === t.text).toBe(true);
  for (const m of r.mentions) {
    expect(within(m) && text.slice(m.start, m.end) === m.text).toBe(true);
    expect(m.confidence >= 0 && m.confidence <= 1).toBe(true);
    if (m.timex !== null) expect(r.timexes[m.timex]).toBeDefined();
  }
  for (const a of r.newActors ?? []) expect(within(a)).toBe(true);
  for (const b of r.boilerplate ?? []) expect(within(b)).toBe(true);
}

describe('extract robustness', () => {
  it('never throws on random Unicode and keeps every offset inside the text', () => {
    const words = fc.constantFrom('Mr.', 'U.S.', 'met', 'Nov. 15', 'on Monday', 'Beijing', 'said', '\n', '\n\n', 'Photo:', 'the ambassador', 'Emmanuel Macron', 'J.', '“', '.', ' ');
    const mixed = fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), words), { maxLength: 40 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), mixed), (text) => {
        const r = extract(text, { published: '2022-02-25', actors: GAZETTEER });
        checkOffsets(text, r);
      }),
      { numRuns: 300 },
    );
  });

  it('decodes any bytes without throwing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const d = decodeInput(bytes);
        if (d.ok) expect(typeof d.text).toBe('string');
        else expect(d.reason).toMatch(/binary/);
      }),
    );
  });

  it('completes on 1 MB of news text', () => {
    const para =
      'On Tuesday, Emmanuel Macron met Olaf Scholz in Berlin, aides said. Days later, Mr. Scholz spoke with Sergei Lavrov by phone about the U.S. proposal. ' +
      'The Kremlin rejected the plan on Nov. 15, and French officials shared intelligence with NATO allies in late January.\n';
    const text = para.repeat(Math.ceil(1_000_000 / para.length));
    const r = extract(text, { published: '2022-02-25', actors: GAZETTEER });
    expect(r.mentions.length).toBeGreaterThan(1000);
    checkOffsets(text, r);
  }, 60000);

  it('completes on 1 MB without any sentence punctuation or line breaks', () => {
    const text = 'the minister said that Macron met him in Beijing and '.repeat(20_000);
    const r = extract(text, { published: '2022-02-25', actors: GAZETTEER });
    expect(r.mentions).toEqual([]);
    expect(r.warnings.some((w) => /too long/.test(w))).toBe(true);
  }, 60000);
});
