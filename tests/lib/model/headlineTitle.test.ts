import { describe, expect, it } from 'vitest';
import { HEADLINE_VERBS, headlineTitle, shortName } from '../../../src/lib/model/headlineTitle';

describe('headlineTitle(parts)', () => {
  it('builds the issue’s headlines from initiator, verb of type and mode, other party and object', () => {
    expect(headlineTitle({ type: 'CONSULT', mode: 'video', parties: ['Joe Biden', 'Xi Jinping'], topic: 'Ukraine' })).toBe('Biden and Xi hold video call on Ukraine');
    expect(headlineTitle({ type: 'REJECT', act: 'cancel', parties: ['Donald Trump', 'Kim Jong Un'], object: 'Singapore summit' })).toBe('Trump calls off Singapore summit with Kim');
    expect(headlineTitle({ type: 'CONSULT', mode: 'visit', parties: ['Mike Pompeo', 'Kim Yong-chol'], place: 'New York' })).toBe('Pompeo meets Kim Yong-chol in New York');
    expect(headlineTitle({ type: 'STATEMENT', mode: 'written', act: 'joint', parties: ['China', 'Russia'] })).toBe('China and Russia issue joint statement');
  });
  it('shortens a state to its usual short name and reads without a party', () => {
    expect(headlineTitle({ type: 'SANCTION', mode: 'economic', parties: ['United States', 'Russia'] })).toBe('US sanctions Russia');
    expect(headlineTitle({ type: 'AGREE', parties: [], object: 'nuclear deal', place: 'Vienna' })).toBe('Nuclear deal reached in Vienna');
    expect(headlineTitle({ type: 'STATEMENT', mode: 'briefing', parties: ['Jen Psaki'] })).toBe('Psaki briefs reporters');
  });
  it('is never a sentence prefix: every verb row has its three forms', () => {
    for (const row of HEADLINE_VERBS) {
      expect(row.one).toMatch(/^\{A\} /);
      expect(row.alone).toMatch(/^\{A\} /);
      expect(row.noun).not.toContain('{A}');
    }
  });
});

describe('shortName(full, others)', () => {
  it('uses the family name, first for Chinese and Korean names, whole when two parties share it', () => {
    expect(shortName('Xi Jinping')).toBe('Xi');
    expect(shortName('Moon Jae-in')).toBe('Moon');
    expect(shortName('Antony Blinken')).toBe('Blinken');
    expect(shortName('Kim Yong-chol', ['Kim Yong-chol', 'Kim Jong Un'])).toBe('Kim Yong-chol');
    expect(shortName('Kim Jong Un', ['Donald Trump', 'Kim Jong Un'])).toBe('Kim');
  });
});
