import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isHardWrapped, reflowText } from '../../../src/lib/format/reflowText';

const WRAPPED = [
  'WASHINGTON — Over three months,',
  'senior officials held half a dozen urgent meetings with',
  'top Chinese officials, according to U.S.',
  'officials.',
  'Each time, the Chinese officials',
  'rebuffed the Americans.',
].join('\n');

describe('isHardWrapped(text)', () => {
  it('is true when most line breaks fall mid-sentence', () => {
    expect(isHardWrapped(WRAPPED)).toBe(true);
  });
  it('is false for one paragraph per line', () => {
    expect(isHardWrapped('First paragraph ends.\nSecond one too.\nThird as well!\nAnd a fourth.')).toBe(false);
  });
  it('is false with too few lines to judge', () => {
    expect(isHardWrapped('a line\nanother')).toBe(false);
  });
});

describe('reflowText(text)', () => {
  it('keeps the length, so every offset stays valid, and changes only newlines', () => {
    const out = reflowText(WRAPPED);
    expect(out).toHaveLength(WRAPPED.length);
    for (let i = 0; i < WRAPPED.length; i++) if (WRAPPED[i] !== '\n') expect(out[i]).toBe(WRAPPED[i]);
  });
  it('joins mid-sentence breaks and keeps a sentence end before a capitalised line (no blank lines)', () => {
    expect(reflowText(WRAPPED)).toBe(
      'WASHINGTON — Over three months, senior officials held half a dozen urgent meetings with top Chinese officials, according to U.S. officials.\nEach time, the Chinese officials rebuffed the Americans.',
    );
  });
  it('with blank lines, only blank lines break paragraphs', () => {
    const t = 'One wrapped\nline here and\nthere.\nStill the same\n\nNew paragraph\nwrapped too';
    expect(reflowText(t)).toBe('One wrapped line here and there. Still the same\n\nNew paragraph wrapped too');
  });
  it('leaves text that is not hard-wrapped unchanged', () => {
    const t = 'First paragraph ends.\nSecond one too.\nThird as well!\nAnd a fourth.';
    expect(reflowText(t)).toBe(t);
  });
  it('reflows the hard-wrapped NYT blog copy, not the one-paragraph-per-line Taipei Times text', () => {
    const nyt = readFileSync('data/sources/nyt-blog-copy.txt', 'utf8');
    const tt = readFileSync('data/sources/taipei-times-bloomberg.txt', 'utf8');
    const out = reflowText(nyt);
    expect(out).toHaveLength(nyt.length);
    expect(out).toContain('stunned some current and former U.S. officials');
    expect(reflowText(tt)).toBe(tt);
  });
});
