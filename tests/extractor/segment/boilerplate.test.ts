import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/extractor/segment/segment';
import { detectBoilerplate } from '../../../src/extractor/segment/boilerplate';

const body1 = 'The prime minister of Norway met the Kenyan president in Oslo on Tuesday to discuss climate finance.';
const body2 = 'Officials from both governments said the talks would continue next month in Nairobi, according to a statement.';

function flagged(text: string, published = '2023-05-10') {
  return detectBoilerplate(text, segment(text), published).map((b) => [b.reason, text.slice(b.start, b.end)]);
}

describe('detectBoilerplate(text, segmentation, published)', () => {
  it('flags ads and share/comment widgets', () => {
    const text = ['Advertisement', body1, 'Share this article', body2, 'Sign up for our newsletter', 'Leave a Comment', 'Your email address will not be published.'].join('\n');
    expect(flagged(text)).toEqual([
      ['widget', 'Advertisement'],
      ['widget', 'Share this article'],
      ['widget', 'Sign up for our newsletter'],
      ['widget', 'Leave a Comment'],
      ['widget', 'Your email address will not be published.'],
    ]);
  });

  it('flags short non-sentence lines such as video timestamps and stray numbers', () => {
    const text = [body1, '02:17', body2, '318'].join('\n');
    expect(flagged(text)).toEqual([
      ['non-sentence', '02:17'],
      ['non-sentence', '318'],
    ]);
  });

  it('flags photo captions with credits and captions ending in a full date', () => {
    const caption = 'The Kenyan president arrives at the palace. Photo: Harald Moe/AFP';
    const dated = 'Farmers harvest maize near Eldoret, Kenya, Monday, May 8, 2023. Prices rose sharply this spring.';
    const text = [body1, caption, body2, dated].join('\n');
    expect(flagged(text)).toEqual([
      ['caption', caption],
      ['caption', dated],
    ]);
  });

  it('flags the second occurrence of a duplicated paragraph, ignoring quote style and spacing', () => {
    const dup = 'The ministers agreed to meet again in ‘early autumn’ to review progress.';
    const text = [body1, dup, body2, dup.replace(/[‘’]/g, "'").replace(' to ', '  to ')].join('\n');
    const out = flagged(text);
    expect(out).toHaveLength(1);
    expect(out[0]?.[0]).toBe('duplicate');
  });

  it('flags trailing teasers that are cut off mid-sentence or dated years after publication', () => {
    const cut = 'In an unrelated column, a writer argued that the city council should reconsider its plans for the harbour and';
    const later = 'Elections held in 2027 brought a new coalition to power, which then reviewed the treaty.';
    const text = [body1, body2, later, cut].join('\n');
    expect(flagged(text)).toEqual([
      ['teaser', later],
      ['teaser', cut],
    ]);
  });

  it('leaves ordinary articles alone', () => {
    expect(flagged([body1, body2].join('\n'))).toEqual([]);
  });

  it('flags a headline-like line next to other boilerplate, such as a video title after its timestamp', () => {
    const text = [body1, '04:12', 'Ministers pose for a family photo at the summit venue', body2].join('\n');
    expect(flagged(text)).toEqual([
      ['non-sentence', '04:12'],
      ['non-sentence', 'Ministers pose for a family photo at the summit venue'],
    ]);
  });

  it('flags wire bylines and credits', () => {
    const text = [body1, body2, 'Reporting by Jane Roe; Editing by John Doe', 'Our Standards: The Trust Principles.'].join('\n');
    expect(flagged(text).map((x) => x[0])).toEqual(['widget', 'widget']);
  });

  it('flags bylines, timestamps and page furniture', () => {
    const lines = ['By Jane Roe and John Doe, Reuters', 'Updated 10:31 a.m. ET, Fri March 3, 2023', 'Watch: Leaders arrive for the summit', 'Continue reading the main story'];
    const text = [lines[0], lines[1], body1, lines[2], body2, lines[3]].join('\n');
    expect(flagged(text)).toEqual(lines.map((l) => ['widget', l]));
  });
});

