import { compileFixture, errorsOf, eventById, loadFixture } from './fixture';

const MEETING = '2022-03-14-rome-meeting';
const EV = `data/events.json: event "${MEETING}"`;

describe('compileDataset(input) on bad input: one line naming file, record and field', () => {
  it('reports malformed JSON with line and column', () => {
    const errors = errorsOf(compileFixture(loadFixture(), { actorsJson: '[\n  { "id": "a",\n    "kind": "person" "country": "US" }\n]' }));
    expect(errors).toEqual([`data/actors.json: malformed JSON at line 3, column 22: unexpected "\\"", expected ',' or '}'`]);
  });

  it('reports truncated JSON at its end', () => {
    const errors = errorsOf(compileFixture(loadFixture(), { eventsJson: '[{"id": "x"' }));
    expect(errors).toEqual(['data/events.json: malformed JSON at line 1, column 12: unexpected end of input, expected \',\' or \'}\'']);
  });

  it('reports a file that is not an array', () => {
    expect(errorsOf(compileFixture(loadFixture(), { eventsJson: '{}' }))).toEqual(['data/events.json: expected a JSON array of events']);
  });

  it('reports a missing field', () => {
    const data = loadFixture();
    delete eventById(data, MEETING).title;
    expect(errorsOf(compileFixture(data))).toEqual([`${EV}: title: missing (expected string)`]);
  });

  it('reports a wrong type', () => {
    const data = loadFixture();
    eventById(data, MEETING).actors = 'ann-smith';
    expect(errorsOf(compileFixture(data))).toEqual([`${EV}: actors: expected array, received string`]);
  });

  it('reports a misspelt key in a nested record', () => {
    const data = loadFixture();
    eventById(data, MEETING).citations[0] = { source: 'alpha', quote: 'Ann Smith met', occurence: 1 };
    expect(errorsOf(compileFixture(data))).toEqual([`${EV}: citations[0].occurence: unknown field "occurence"`]);
  });

  it('reports an unknown enum value', () => {
    const data = loadFixture();
    eventById(data, MEETING).type = 'MEETING';
    expect(errorsOf(compileFixture(data))[0]).toMatch(new RegExp(`^${EV}: type: must be one of "CONSULT", "STATEMENT"`));
  });

  it('names a record without an id by its index', () => {
    const data = loadFixture();
    delete data.actors[1]?.id;
    const errors = errorsOf(compileFixture(data));
    expect(errors).toContain('data/actors.json: actor at index 1: id: missing (expected string)');
  });

  it('reports unknown actors in actors and initiator', () => {
    const data = loadFixture();
    const e = eventById(data, MEETING);
    e.actors = ['ann-smith', 'li-wie'];
    e.initiator = 'anne-smith';
    expect(errorsOf(compileFixture(data))).toEqual([`${EV}: actors[1]: unknown actor "li-wie"`, `${EV}: initiator: unknown actor "anne-smith"`]);
  });

  it('reports an unknown source id in a citation', () => {
    const data = loadFixture();
    eventById(data, MEETING).citations[1] = { source: 'delta', quote: 'Ann Smith met Li Wei' };
    expect(errorsOf(compileFixture(data))).toEqual([`${EV}: citations[1].source: unknown source "delta"`]);
  });

  it('reports a country code in the wrong format, in events and actors', () => {
    const data = loadFixture();
    eventById(data, MEETING).countries = ['US', 'China'];
    (data.actors[0] as Record<string, unknown>).country = 'usa';
    const errors = errorsOf(compileFixture(data));
    expect(errors).toContain('data/actors.json: actor "ann-smith": country: must be an ISO 3166-1 alpha-2 code such as "US"');
    expect(errors).toContain(`${EV}: countries[1]: must be an ISO 3166-1 alpha-2 code such as "US"`);
  });

  it('reports an impossible date and a date in the wrong format', () => {
    const data = loadFixture();
    const e = eventById(data, MEETING);
    e.start = '2022-02-30';
    e.end = 'March 14';
    expect(errorsOf(compileFixture(data))).toEqual([
      `${EV}: start: "2022-02-30" is not a real calendar day`,
      `${EV}: end: "March 14" is not a date written YYYY-MM-DD`,
    ]);
  });

  it('reports an end before its start, for events and date claims', () => {
    const data = loadFixture();
    const e = eventById(data, MEETING);
    e.start = '2022-03-14';
    e.end = '2022-03-13';
    e.dateClaims[0] = { ...e.dateClaims[0], start: '2022-03-14', end: '2022-03-01' };
    expect(errorsOf(compileFixture(data))).toEqual([`${EV}: end: 2022-03-13 is before start 2022-03-14`, `${EV}: dateClaims[0].end: 2022-03-01 is before start 2022-03-14`]);
  });

  it('reports an event that does not span all its date claims', () => {
    const data = loadFixture();
    const e = eventById(data, MEETING);
    e.dateClaims[1] = { ...e.dateClaims[1], start: '2022-03-13', end: '2022-03-13' };
    expect(errorsOf(compileFixture(data))).toEqual([
      `${EV}: dateClaims[1]: claim 2022-03-13..2022-03-13 lies outside the event's start..end 2022-03-14..2022-03-14; the event must span all its date claims`,
    ]);
  });

  it('reports a date claim naming an unknown source', () => {
    const data = loadFixture();
    const e = eventById(data, MEETING);
    e.dateClaims[0] = { ...e.dateClaims[0], source: 'omega' };
    expect(errorsOf(compileFixture(data))).toEqual([`${EV}: dateClaims[0].source: unknown source "omega"`]);
  });

  it('reports a quote not found in its source', () => {
    const data = loadFixture();
    eventById(data, MEETING).citations[2] = { source: 'gamma', quote: 'Smith met Li in Paris' };
    expect(errorsOf(compileFixture(data))).toEqual([`${EV}: citations[2].quote: not found in source "gamma"`]);
  });

  it('reports a quote found twice without occurrence', () => {
    const data = loadFixture();
    eventById(data, '2022-03-15-li-statement').citations[0] = { source: 'alpha', quote: 'the talks  were candid' };
    expect(errorsOf(compileFixture(data))).toEqual([
      'data/events.json: event "2022-03-15-li-statement": citations[0].quote: ambiguous (found 2 times in source "alpha"; add occurrence)',
    ]);
  });

  it('reports an occurrence out of range', () => {
    const data = loadFixture();
    eventById(data, '2022-03-15-li-statement').citations[0] = { source: 'alpha', quote: 'the talks were candid', occurrence: 3 };
    expect(errorsOf(compileFixture(data))).toEqual([
      'data/events.json: event "2022-03-15-li-statement": citations[0].quote: occurrence 3 out of range (found 2 times in source "alpha")',
    ]);
  });

  it('reports a citation that lies in boilerplate', () => {
    const data = loadFixture();
    eventById(data, MEETING).citations[0] = { source: 'alpha', quote: 'Other story on March 3' };
    expect(errorsOf(compileFixture(data))).toEqual([`${EV}: citations[0].quote: lies in boilerplate of source "alpha", which is not evidence`]);
  });

  it('reports duplicate event, actor and source ids', () => {
    const data = loadFixture();
    data.events.push({ ...eventById(data, MEETING) });
    data.actors.push({ ...data.actors[0] });
    data.sources.push({ ...data.sources[2] });
    const errors = errorsOf(compileFixture(data));
    expect(errors).toContain(`${EV}: id: duplicate event id (first used at index 1)`);
    expect(errors).toContain('data/actors.json: actor "ann-smith": id: duplicate actor id (first used at index 0)');
    expect(errors).toContain('data/sources.json: source "gamma": id: duplicate source id (first used at index 2)');
    expect(errors).toHaveLength(3);
  });

  it('reports an unreadable source file and a boilerplate quote that is not there', () => {
    const data = loadFixture();
    (data.sources[2] as Record<string, unknown>).file = 'tests/fixtures/compile/valid/sources/missing.txt';
    (data.sources[1] as Record<string, unknown>).boilerplate = [{ quote: 'Subscribe now' }];
    const errors = errorsOf(compileFixture(data));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toBe('data/sources.json: source "beta": boilerplate[0].quote: not found in source "beta"');
    expect(errors[1]).toMatch(/^data\/sources\.json: source "gamma": file: cannot read "tests\/fixtures\/compile\/valid\/sources\/missing\.txt": ENOENT/);
  });

  it('reports publication evidence that only appears in boilerplate', () => {
    const data = loadFixture();
    (data.sources[0] as { publishedEvidence: { quotes: string[] } }).publishedEvidence.quotes = ['on March 3, 2022'];
    expect(errorsOf(compileFixture(data))).toEqual(['data/sources.json: source "alpha": publishedEvidence.quotes[0]: lies in boilerplate, which is not evidence']);
  });

  it('reports a kind that contradicts basedOn', () => {
    const data = loadFixture();
    (data.sources[1] as Record<string, unknown>).basedOn = null;
    expect(errorsOf(compileFixture(data))).toEqual(['data/sources.json: source "beta": basedOn: must name the outlet a re-report repeats']);
  });

  it('rejects fields the build computes', () => {
    const data = loadFixture();
    eventById(data, MEETING).corroboration = { reports: 9, independentOutlets: 9 };
    expect(errorsOf(compileFixture(data))).toEqual([`${EV}: corroboration: is computed by the build; remove it`]);
  });

  it('collects every error instead of stopping at the first, with no stack traces', () => {
    const data = loadFixture();
    const e = eventById(data, MEETING);
    e.start = '2022-13-01';
    e.actors = ['nobody'];
    e.citations[0] = { source: 'alpha', quote: 'not in the text' };
    delete (data.actors[2] as Record<string, unknown>).aliases;
    const errors = errorsOf(compileFixture(data));
    expect(errors).toHaveLength(5);
    for (const line of errors) {
      expect(line).not.toMatch(/\n|\s+at\s/);
      expect(line).toMatch(/^data\/(events|actors)\.json: (event|actor) "[^"]+": \S/);
    }
  });

  it('does not report references to a record that failed its own validation a second time', () => {
    const data = loadFixture();
    (data.actors[0] as Record<string, unknown>).kind = 'human';
    expect(errorsOf(compileFixture(data))).toEqual(['data/actors.json: actor "ann-smith": kind: must be one of "person", "organization", "state"']);
  });
});
