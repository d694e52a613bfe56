/**
 * `npm run --silent measure:events [-- DIR]` — event-level figures on a development set (default
 * tests/fixtures/events-dev): DIR holds sources.json, actors.json, an empty events.json and truth.json,
 * a hand-written list of the real events with, per source, fragments of the sentences that report them.
 *
 * Figures: real events found (a parsed event cites one of the event's fragments and its dates overlap the
 * event's), events reported by several sources merged into one, parsed events matching no real event
 * (background events excluded and counted apart), and dated mentions of a real event carrying all its participants.
 * Development material only: never point it at a blind set.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compileDataset } from '../src/lib/compile/compileDataset';
import { extract } from '../src/extractor/index';
import { extractorParseStage } from './lib/extractorParseStage';
import { sourceReader } from './lib/sourceReader';
import type { Actor, Source } from '../src/lib/model/types';

interface TruthEvent {
  id: string;
  start: string;
  end: string;
  participants: string[];
  fragments: Record<string, string[]>;
}
interface Truth {
  events: TruthEvent[];
  background: { id: string; fragments: Record<string, string[]> }[];
}

const dir = process.argv[2] ?? 'tests/fixtures/events-dev';
const read = (f: string) => readFileSync(join(dir, f), 'utf8');
const truth = JSON.parse(read('truth.json')) as Truth;
const result = compileDataset({
  sourcesJson: read('sources.json'),
  actorsJson: read('actors.json'),
  eventsJson: read('events.json'),
  readSource: sourceReader(resolve('.')),
  files: { sources: join(dir, 'sources.json'), actors: join(dir, 'actors.json'), events: join(dir, 'events.json') },
  parse: extractorParseStage(),
});
if (!result.ok) {
  console.error(result.errors.join('\n'));
  process.exit(1);
}
const { dataset } = result;
const squash = (s: string) => s.replace(/\s+/g, ' ');
const cites = (quote: string, source: string, frags: Record<string, string[]>) => (frags[source] ?? []).some((f) => squash(quote).includes(f));
const overlaps = (a: { start: string; end: string }, b: { start: string; end: string }) => a.start <= b.end && b.start <= a.end;

const parsed = dataset.events.filter((e) => e.origin !== 'curated');
const matchesOf = (t: TruthEvent) => parsed.filter((e) => overlaps(e, t) && e.citations.some((c) => cites(c.quote, c.source, t.fragments)));
const found = truth.events.filter((t) => matchesOf(t).length > 0);
const multi = truth.events.filter((t) => Object.keys(t.fragments).length > 1);
const merged = multi.filter((t) => matchesOf(t).some((e) => new Set(e.citations.filter((c) => cites(c.quote, c.source, t.fragments)).map((c) => c.source)).size === Object.keys(t.fragments).length));
const isBackground = (e: (typeof parsed)[number]) => e.background === true;
const junk = parsed.filter((e) => !isBackground(e) && !truth.events.some((t) => overlaps(e, t) && e.citations.some((c) => cites(c.quote, c.source, t.fragments))));
const background = parsed.filter(isBackground);
const backgroundRight = truth.background.filter((b) => background.some((e) => e.citations.some((c) => cites(c.quote, c.source, b.fragments))));
// split events: one real event spread over several parsed events
const split = truth.events.filter((t) => matchesOf(t).length > 1);

// dated mentions of a real event with all its participants
const actors = JSON.parse(read('actors.json')) as Actor[];
let dated = 0;
let complete = 0;
const missing: string[] = [];
for (const s of JSON.parse(read('sources.json')) as (Source & { file: string })[]) {
  const text = readFileSync(s.file, 'utf8');
  const r = extract(text, { published: s.published, actors, sourceId: s.id });
  for (const m of r.mentions) {
    if (!m.date || m.confidence < 0.5) continue;
    const t = truth.events.find((x) => cites(m.text, s.id, x.fragments) && overlaps(m.date as { start: string; end: string }, x));
    if (!t) continue;
    dated++;
    const names = [...m.actors, ...m.actorIds.map((id) => actors.find((a) => a.id === id)?.name ?? id)].join(' | ');
    const lacking = t.participants.filter((p) => !names.includes(p));
    if (lacking.length === 0) complete++;
    else missing.push(`${t.id} (${s.id}): lacks ${lacking.join(', ')}; has ${names || 'nobody'}`);
  }
}

const pct = (a: number, b: number) => `${a}/${b} (${b ? Math.round((100 * a) / b) : 0}%)`;
console.log(`Event figures on ${dir} (${dataset.sources.length} reports, ${truth.events.length} real events)`);
console.log(`real events found                     ${pct(found.length, truth.events.length)}`);
console.log(`multi-source events merged into one   ${pct(merged.length, multi.length)}`);
console.log(`parsed events matching no real event  ${pct(junk.length, parsed.length)}`);
console.log(`real events split over several events ${split.length}`);
console.log(`background events (apart)             ${background.length}; background facts flagged ${pct(backgroundRight.length, truth.background.length)}`);
console.log(`dated mentions with all participants  ${pct(complete, dated)}`);
if (process.argv.includes('--verbose') || process.env.VERBOSE) {
  console.log('\nmissed:', truth.events.filter((t) => !found.includes(t)).map((t) => t.id).join(', '));
  console.log('not merged:', multi.filter((t) => !merged.includes(t)).map((t) => t.id).join(', '));
  console.log('split:', split.map((t) => `${t.id}×${matchesOf(t).length}`).join(', '));
  console.log('\nparsed events:');
  for (const e of parsed) console.log(`  ${e.start}..${e.end} ${e.type}/${e.mode ?? ''}${e.background ? ' [background]' : ''} ${junk.includes(e) ? '[JUNK] ' : ''}“${e.title}” ← ${e.citations.map((c) => c.source).join(',')}`);
  console.log('\nmentions lacking participants:');
  for (const m of missing) console.log(`  ${m}`);
}
