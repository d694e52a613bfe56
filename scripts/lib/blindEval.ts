/**
 * The blind half of `npm run eval`: compiles each story of tests/gold/blind/ the way
 * `npm run build:data -- --data DIR` does (its sources, the built-in actors copied beside them, zero
 * curated events, the extractor's parse stage), then scores dates, events and participants against the
 * hand-written gold with the rules of blindScore.ts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileDataset } from '../../src/lib/compile/compileDataset';
import type { ParseStage } from '../../src/lib/compile/mergeParsedStep';
import type { ExtractResult } from '../../src/lib/model/extraction';
import type { Actor } from '../../src/lib/model/types';
import { checkParticipants, placeOccurrence, type StoryGold } from './blindGold';
import {
  addCounted,
  addDateScores,
  addEventFigures,
  countDatedByPublication,
  emptyDateScore,
  scoreDates,
  scoreEvents,
  scoreMentionParticipants,
  type Counted,
  type DateScore,
  type EventFigures,
  type MentionParticipantScore,
  type Party,
  type PlacedGoldEvent,
} from './blindScore';
import { extractorParseStage } from './extractorParseStage';
import { sourceReader } from './sourceReader';

export const BLIND_DIR = 'tests/gold/blind';

export interface BlindStoryResult {
  story: string;
  reports: number;
  dates: DateScore;
  datedByPublication: number;
  events: EventFigures;
  mentions: MentionParticipantScore;
}

export interface BlindResult {
  stories: BlindStoryResult[];
  total: Omit<BlindStoryResult, 'story'>;
}

/** Names and countries the gazetteer gives for actor ids, plus names as written. */
function partyOf(ids: readonly string[], written: readonly string[], countries: readonly string[], byId: ReadonlyMap<string, Actor>): Party {
  const actors = ids.map((id) => byId.get(id)).filter((a): a is Actor => a !== undefined);
  return {
    names: [...written, ...ids, ...actors.flatMap((a) => [a.name, ...a.aliases])],
    countries: [...countries, ...actors.filter((a) => a.kind === 'state' && a.country).map((a) => a.country as string)],
  };
}

/** Compiles and scores one story folder. */
export function evaluateStory(root: string, dir: string): BlindStoryResult {
  const file = (name: string) => join(dir, name);
  const gold = JSON.parse(readFileSync(join(root, file('gold.json')), 'utf8')) as StoryGold;
  checkParticipants(gold, file('gold.json'));

  const results = new Map<string, ExtractResult>();
  const stage = extractorParseStage();
  const recording: ParseStage = {
    extract: (text, opts) => {
      const r = stage.extract(text, opts);
      if (opts.sourceId) results.set(opts.sourceId, r);
      return r;
    },
    merge: stage.merge,
  };
  const compiled = compileDataset({
    sourcesJson: readFileSync(join(root, file('sources.json')), 'utf8'),
    actorsJson: readFileSync(join(root, file('actors.json')), 'utf8'),
    eventsJson: readFileSync(join(root, file('events.json')), 'utf8'),
    readSource: sourceReader(root),
    files: { sources: file('sources.json'), actors: file('actors.json'), events: file('events.json') },
    parse: recording,
  });
  if (!compiled.ok) throw new Error(`${dir}: compile failed:\n${compiled.errors.join('\n')}`);
  const { dataset } = compiled;
  const byId = new Map(dataset.actors.map((a) => [a.id, a] as const));
  const texts = new Map(dataset.sources.map((s) => [s.id, s.text] as const));
  const textOf = (source: string, where: string) => {
    const t = texts.get(source);
    if (t === undefined) throw new Error(`${where}: field "source": unknown source id "${source}"`);
    return t;
  };

  let dates = emptyDateScore();
  let datedByPublication = 0;
  gold.reports.forEach((report, i) => {
    const where = `${file('gold.json')}: reports[${i}] ("${report.source}")`;
    const text = textOf(report.source, where);
    const placed = report.dates.map((d, j) => ({ ...d, ...placeOccurrence(text, d.text, d.occurrence, `${where}: dates[${j}]: field "text"`) }));
    const r = results.get(report.source);
    if (!r) throw new Error(`${where}: the extractor produced no result for this source`);
    dates = addDateScores(dates, scoreDates(placed, r.timexes));
    const mentions = r.mentions.map((m) => ({ timexSpan: m.timex === null ? null : (r.timexes[m.timex] ?? null), dated: m.date !== null, boilerplate: m.boilerplate }));
    datedByPublication += countDatedByPublication(
      placed.filter((d) => d.role === 'publication'),
      mentions,
    );
  });

  const events: PlacedGoldEvent[] = gold.events.map((e, i) => ({
    ...e,
    mentions: e.mentions.map((m, j) => {
      const where = `${file('gold.json')}: events[${i}] ("${e.id}"): mentions[${j}]`;
      return { ...m, ...placeOccurrence(textOf(m.source, where), m.quote, m.occurrence ?? 1, `${where}: field "quote"`) };
    }),
  }));
  const parsed = dataset.events.map((e) => ({
    id: e.id,
    start: e.start,
    end: e.end,
    type: e.type,
    party: partyOf(e.actors, [e.title], e.countries, byId),
    citations: e.citations,
  }));
  const eventFigures = scoreEvents(events, gold.participants, parsed);

  let mentions: MentionParticipantScore = { right: 0, total: 0, goldPassages: 0 };
  for (const report of gold.reports) {
    const r = results.get(report.source) as ExtractResult;
    const predicted = r.mentions.map((m) => ({ start: m.start, end: m.end, dated: m.date !== null, boilerplate: m.boilerplate, party: partyOf(m.actorIds, m.actors, m.countries, byId) }));
    const passages = events.flatMap((e) => e.mentions.filter((m) => m.source === report.source));
    const s = scoreMentionParticipants(passages, gold.participants, predicted);
    mentions = { ...addCounted(mentions, s), goldPassages: mentions.goldPassages + s.goldPassages };
  }

  return { story: gold.story, reports: gold.reports.length, dates, datedByPublication, events: eventFigures, mentions };
}

/** Every story folder (one with a gold.json) under `dir`, sorted. */
export function blindStories(root: string, dir = BLIND_DIR): string[] {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, dir, d.name, 'gold.json')))
    .map((d) => join(dir, d.name))
    .sort();
}

/** Scores the whole blind set. */
export function evaluateBlindSet(root: string, dir = BLIND_DIR): BlindResult {
  const stories = blindStories(root, dir).map((d) => evaluateStory(root, d));
  const total = stories.reduce<Omit<BlindStoryResult, 'story'>>(
    (t, s) => ({
      reports: t.reports + s.reports,
      dates: addDateScores(t.dates, s.dates),
      datedByPublication: t.datedByPublication + s.datedByPublication,
      events: addEventFigures(t.events, s.events),
      mentions: { ...addCounted(t.mentions, s.mentions), goldPassages: t.mentions.goldPassages + s.mentions.goldPassages },
    }),
    {
      reports: 0,
      dates: emptyDateScore(),
      datedByPublication: 0,
      events: { found: zero(), foundOutsideBackground: zero(), merged: zero(), unmatched: zero(), perEvent: [], unmatchedIds: [] },
      mentions: { right: 0, total: 0, goldPassages: 0 },
    },
  );
  return { stories, total };
}

const zero = (): Counted => ({ right: 0, total: 0 });

const pct = (c: Counted) => (c.total ? `${((100 * c.right) / c.total).toFixed(1)}%` : 'n/a');
const xy = (c: Counted) => `${c.right}/${c.total}`;

/** The blind section of `npm run eval`'s text output. */
export function formatBlind(b: BlindResult): string[] {
  const t = b.total;
  const row = (name: string, c: Counted, extra = '') => `  ${name.padEnd(46)} ${xy(c).padStart(7)}  ${pct(c).padStart(6)}${extra}`;
  const perStory = (f: (s: BlindStoryResult) => Counted) => `   (${b.stories.map((s) => `${s.story} ${xy(f(s))}`).join(', ')})`;
  return [
    `Blind set: ${b.stories.length} stories, ${t.reports} reports (${BLIND_DIR}/; gold written by hand before any extractor run; never tuned to)`,
    row('date expressions right (exact day range)', t.dates.dated, perStory((s) => s.dates.dated)),
    row('  … narrative dates', t.dates.narrative),
    row('  … publication evidence (datelines, stamps)', t.dates.publication),
    row('TIMEX3 values right (durations included)', t.dates.values),
    row('date expressions found (span overlap)', t.dates.spans),
    `  ${'mentions dated by a dateline or stamp'.padEnd(46)} ${String(t.datedByPublication).padStart(7)}${t.datedByPublication === 0 ? '' : '   <-- should be 0'}`,
    row('real events found', t.events.found, perStory((s) => s.events.found)),
    row('  … background events left out', t.events.foundOutsideBackground),
    row('multi-outlet events merged into one', t.events.merged, perStory((s) => s.events.merged)),
    row('parsed events matching no real event', t.events.unmatched, perStory((s) => s.events.unmatched)),
    row('dated mentions with all their participants', t.mentions, `   (${t.mentions.total} of ${t.mentions.goldPassages} gold passages naming participants have a dated mention)`),
  ];
}
