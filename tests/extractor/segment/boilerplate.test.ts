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

  it('keeps a last paragraph cut off mid-sentence, and a later year, when nothing shows another story', () => {
    const cut = 'Moon said he would meet Kim again at the border village of Panmunjom on May 26 and that the two leaders had';
    const later = 'Elections due in 2027 will test the coalition, which then reviews the treaty.';
    expect(flagged([body1, body2, later, cut].join('\n'))).toEqual([]);
  });

  it('flags trailing teasers only on positive evidence: a list of headlines or a "Read more" marker', () => {
    const list = ['Trump calls off Singapore summit with Kim', 'Pompeo to meet North Korean envoy in New York', 'China says it welcomes talks'];
    const out = flagged([body1, body2, ...list].join('\n'));
    expect(out.map((x) => x[1])).toEqual(list);
    expect(out.filter((x) => x[0] === 'teaser')).toHaveLength(2);
    const one = 'South Korea, US begin joint drills despite warning from Pyongyang';
    // the headline after the marker is flagged (as a teaser or as a headline next to boilerplate)
    expect(flagged([body1, body2, 'Read more', one].join('\n')).map((x) => x[1])).toEqual(['Read more', one]);
  });

  it('never flags publication stamps or datelines (Reuters, VOA, Yonhap, SCMP, AP and readout styles)', () => {
    const stamps = [
      'Published : 26 May 2018',
      'May 28, 2018 09:35',
      'Updated 10:35 GMT',
      'Last Updated: June 1, 2018, 4:12 p.m.',
      'SEOUL, March 9 (Yonhap)',
      'Published: 8:45pm, 14 Jul, 2020',
    ];
    for (const st of stamps) expect(flagged([st, body1, body2].join('\n'))).toEqual([]);
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

  it('flags bylines and page furniture, but not the timestamp between them', () => {
    const lines = ['By Jane Roe and John Doe, Reuters', 'Updated 10:31 a.m. ET, Fri March 3, 2023', 'Watch: Leaders arrive for the summit', 'Continue reading the main story'];
    const text = [lines[0], lines[1], body1, lines[2], body2, lines[3]].join('\n');
    expect(flagged(text)).toEqual([lines[0], lines[2], lines[3]].map((l) => ['widget', l]));
  });
});

