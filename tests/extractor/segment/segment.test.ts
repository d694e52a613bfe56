import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/extractor/segment/segment';

const sentencesOf = (text: string) => segment(text).sentences.map((s) => text.slice(s.start, s.end));

describe('segment(text)', () => {
  it('does not split after titles, initials or month abbreviations before a day', () => {
    const text =
      'Mr. Okafor met Dr. Lindqvist and Gen. Ramos on Sept. 12 in Oslo. Sen. Hale and Rep. Ito later joined Lt. Col. Vance. ' +
      'Ms. Duarte said Prime Minister Anna K. Berg would travel on Jan. 3. The talks ended.';
    expect(sentencesOf(text)).toEqual([
      'Mr. Okafor met Dr. Lindqvist and Gen. Ramos on Sept. 12 in Oslo.',
      'Sen. Hale and Rep. Ito later joined Lt. Col. Vance.',
      'Ms. Duarte said Prime Minister Anna K. Berg would travel on Jan. 3.',
      'The talks ended.',
    ]);
  });

  it('keeps dotted acronyms inside sentences but splits when a sentence opener follows', () => {
    const text = 'The U.S. envoy met U.N. staff at 9 a.m. Tuesday in Geneva. Aid went to the U.S. The talks resumed.';
    expect(sentencesOf(text)).toEqual([
      'The U.S. envoy met U.N. staff at 9 a.m. Tuesday in Geneva.',
      'Aid went to the U.S.',
      'The talks resumed.',
    ]);
  });

  it('treats a line break inside a sentence of hard-wrapped text as a space, and keeps offsets into the original', () => {
    const text = 'The minister flew to\nNairobi on Monday, aides\nsaid. She met the\npresident there.\n';
    const seg = segment(text);
    expect(seg.hardWrapped).toBe(true);
    expect(seg.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'The minister flew to\nNairobi on Monday, aides\nsaid.',
      'She met the\npresident there.',
    ]);
  });

  it('makes every line a paragraph in one-paragraph-per-line text, and splits on blank lines', () => {
    const long = 'The foreign ministers of both countries met for several hours on Tuesday to discuss trade and security.';
    const text = `${long}\nRelated coverage\n${long.replace('Tuesday', 'Friday')}\n\n${long.replace('Tuesday', 'Sunday')}`;
    const seg = segment(text);
    expect(seg.hardWrapped).toBe(false);
    expect(seg.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      long,
      'Related coverage',
      long.replace('Tuesday', 'Friday'),
      long.replace('Tuesday', 'Sunday'),
    ]);
  });

  it('splits after closing quotes and question marks', () => {
    const text = '“We will respond,” she said. “Is that a threat?” He did not answer.';
    expect(sentencesOf(text)).toEqual(['“We will respond,” she said.', '“Is that a threat?”', 'He did not answer.']);
  });

  it('keeps headline, byline and dateline lines apart at the top of hard-wrapped text', () => {
    const text = 'Leaders agree on a new grain deal\nBy Jane Roe\nMarch 11, 2023\nANKARA — The two leaders agreed on\nFriday to extend the deal, and\nofficials welcomed it.\n';
    const seg = segment(text);
    expect(seg.hardWrapped).toBe(true);
    expect(seg.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      'Leaders agree on a new grain deal',
      'By Jane Roe',
      'March 11, 2023',
      'ANKARA — The two leaders agreed on\nFriday to extend the deal, and\nofficials welcomed it.',
    ]);
  });

  it('attaches a parenthetical credit at the end of a line to the sentence before it', () => {
    const text = 'Two ministers shake hands in\nAnkara, Turkey, Friday, March 10, 2023. (AP Photo/Jo Doe)\nThe talks went on for\nthree more hours and ended late.\n';
    expect(sentencesOf(text)).toEqual([
      'Two ministers shake hands in\nAnkara, Turkey, Friday, March 10, 2023. (AP Photo/Jo Doe)',
      'The talks went on for\nthree more hours and ended late.',
    ]);
  });
});


describe('segment — the one sentence splitter (the timex stage uses it too)', () => {
  it('splits at sentence ends but not after titles, acronyms or a month abbreviation before a day', () => {
    const text = 'Mr. Li met U.S. officials on Nov. 15 in Lima. They talked. A deal followed!';
    expect(sentencesOf(text)).toEqual(['Mr. Li met U.S. officials on Nov. 15 in Lima.', 'They talked.', 'A deal followed!']);
  });
  it('a headline line without a full stop is its own sentence', () => {
    const text = 'Headline without period\n\nBody text.';
    expect(sentencesOf(text)).toEqual(['Headline without period', 'Body text.']);
  });
});
