import { describe, expect, it } from 'vitest';
import { attributionAt, detectAttribution, outletName, sentenceAround } from '../../../src/lib/model/attribution';

const NYT = 'The New York Times';

describe('detectAttribution(passage, ctx)', () => {
  it('finds "according to <outlet>"', () => {
    expect(detectAttribution('According to The New York Times, his administration’s contacts with Beijing began in November.')).toBe(NYT);
    expect(detectAttribution('The talks lasted two hours, according to Reuters.')).toBe('Reuters');
    expect(detectAttribution('According to a report by the New York Times, senior officials held urgent meetings.')).toBe(NYT);
  });

  it('finds "first reported by", "<outlet> reported that" and "<outlet> quoted"', () => {
    expect(detectAttribution('The warnings, first reported on Friday by The New York Times, shed new light on the partnership.')).toBe(NYT);
    expect(detectAttribution('The New York Times reported that officials spoke to the ambassador at least three more times.')).toBe(NYT);
    expect(detectAttribution('China sailed an aircraft carrier through the Taiwan Strait, Reuters reported.')).toBe('Reuters');
    expect(detectAttribution('NYT quoted a senior official as saying the talks failed.')).toBe(NYT);
    expect(detectAttribution('The ministry’s remarks were first carried by AFP, which AP reported later.')).toBe('Associated Press');
  });

  it('resolves "The Times" to the NYT only when the report named it earlier or is based on it', () => {
    const s = 'According to The Times, Wang Yi and Qin Gang brushed off US efforts.';
    expect(detectAttribution(s, { preceding: 'The warnings, first reported on Friday by The New York Times, shed new light.' })).toBe(NYT);
    expect(detectAttribution(s, { basedOn: NYT })).toBe(NYT);
    expect(detectAttribution(s, { preceding: 'London officials said on Monday.' })).toBe('The Times');
  });

  it('resolves "the newspaper" to the outlet the report named before', () => {
    const s = 'The meeting lasted more than 90 minutes, according to the newspaper, and officials told the diplomat.';
    expect(detectAttribution(s, { preceding: 'According to The New York Times, contacts began in November.' })).toBe(NYT);
    expect(detectAttribution(s, { preceding: 'Officials said little.' })).toBeUndefined();
  });

  it('resolves "reportedly" to the outlet the report named before, and to none otherwise', () => {
    const s = 'Qin Gang was among the Chinese officials who reportedly rebuffed US attempts.';
    expect(detectAttribution(s, { preceding: 'The warnings, first reported on Friday by The New York Times, shed new light.' })).toBe(NYT);
    expect(detectAttribution('US officials reportedly told Wang Yi in December.', { preceding: 'Diplomacy\n' })).toBeUndefined();
  });

  it('uses the dataset’s spelling of a known outlet', () => {
    expect(detectAttribution('according to The South China Morning Post', { knownOutlets: ['South China Morning Post'] })).toBe('South China Morning Post');
    expect(detectAttribution('Dateline Daily reported that talks were held.', { knownOutlets: ['Dateline Daily (copy)'] })).toBe('Dateline Daily');
  });

  it('ignores attributions to people, documents and the report’s own outlet', () => {
    expect(detectAttribution('Beijing shared the information, according to U.S. officials.')).toBeUndefined();
    expect(detectAttribution('US officials do not know China’s intentions, according to diplomatic correspondence seen by Bloomberg.')).toBeUndefined();
    expect(detectAttribution('Bloomberg reported that the call lasted two hours.', { ownOutlet: 'Bloomberg' })).toBeUndefined();
    expect(detectAttribution('The Times Square rally was large.')).toBeUndefined();
  });
});

describe('sentenceAround(text, span)', () => {
  it('stops at sentence ends but not at abbreviations or wrapped lines', () => {
    const text = 'First one. Mr. Qin said, according to U.S.\nofficials, that talks failed. Last one.';
    const start = text.indexOf('that talks');
    const s = sentenceAround(text, { start, end: start + 4 });
    expect(text.slice(s.start, s.end)).toBe('Mr. Qin said, according to U.S.\nofficials, that talks failed.');
  });
  it('stops at blank lines', () => {
    const text = 'A headline without a stop\n\nThe talks were held on Monday.';
    const start = text.indexOf('talks');
    const s = sentenceAround(text, { start, end: start + 5 });
    expect(text.slice(s.start, s.end)).toBe('The talks were held on Monday.');
  });
});

describe('attributionAt(text, span, ctx)', () => {
  it('looks at the whole sentence of a passage', () => {
    const text = 'The warnings, first reported by The New York Times, were new.\n\nAccording to The Times, Wang Yi and Qin Gang brushed off US efforts. China disagreed.';
    const q = 'Wang Yi and Qin Gang brushed off US efforts';
    const start = text.indexOf(q);
    expect(attributionAt(text, { start, end: start + q.length })).toBe(NYT);
    const c = text.indexOf('China disagreed');
    expect(attributionAt(text, { start: c, end: c + 15 })).toBeUndefined();
  });
});

describe('outletName(outlet)', () => {
  it('drops a trailing note', () => {
    expect(outletName('Bloomberg (Taipei Times)')).toBe('Bloomberg');
    expect(outletName('Reuters')).toBe('Reuters');
  });
});
