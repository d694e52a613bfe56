/**
 * Scores person recognition on the hand-written development passages: people found whole, with the right
 * country; sentences whose recognised people include every expected one; people flagged in a sentence that
 * does not name them. Used by the dev-passage test and printable with `npx tsx tests/extractor/actors/scoreDevPassages.ts`.
 */
import { segment } from '../../../src/extractor/segment/segment';
import { recognizeActors, type ActorMention } from '../../../src/extractor/actors/recognizeActors';
import type { Actor } from '../../../src/lib/model/types';
import { DEV_PASSAGES, type DevPassage } from './devPassages';

/** A comparison key for a person's name: lower case, no initials, no "Jr.", hyphens as spaces. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[-‐]/g, ' ')
    .split(/[\s.,]+/)
    .filter((w) => w.length > 1 && w !== 'jr')
    .join(' ');
}

export interface DevScore {
  people: number;
  found: number;
  countryRight: number;
  sentences: number;
  sentencesComplete: number;
  strayPeople: number;
  misses: string[];
}

function personKeys(ms: readonly ActorMention[], gaz: readonly Actor[]): string[] {
  return ms.filter((m) => m.kind === 'person').map((m) => nameKey(gaz.find((a) => a.id === m.actorId)?.name ?? m.name));
}

/** Whether a recognised name key stands for the expected one (a gazetteer may spell a first name differently). */
function same(got: string, want: string): boolean {
  if (got === want) return true;
  const g = got.split(' ');
  const w = want.split(' ');
  // a person written by one name only in the whole report ("President Trump")
  if (g.length === 1 && w.length >= 2 && (g[0] === w[w.length - 1] || g[0] === w[0])) return true;
  return g.length >= 2 && w.length >= 2 && g[g.length - 1] === w[w.length - 1] && g[0]?.slice(0, 3) === w[0]?.slice(0, 3);
}

export function scorePassage(p: DevPassage, gaz: readonly Actor[] = []): DevScore {
  const r = recognizeActors(p.text, gaz);
  const persons = r.mentions.filter((m) => m.kind === 'person');
  const s: DevScore = { people: 0, found: 0, countryRight: 0, sentences: 0, sentencesComplete: 0, strayPeople: 0, misses: [] };
  for (const want of p.people) {
    s.people++;
    const k = nameKey(want.name);
    const hit = persons.find((m) => same(nameKey(gaz.find((a) => a.id === m.actorId)?.name ?? m.name), k));
    if (hit) {
      s.found++;
      if (hit.country === want.country) s.countryRight++;
      else s.misses.push(`${p.id}: country of ${want.name}: ${String(hit.country)}`);
    } else s.misses.push(`${p.id}: not found: ${want.name}`);
  }
  const seg = segment(p.text);
  for (const sent of p.sentences) {
    const at = p.text.indexOf(sent.contains);
    const span = seg.sentences.find((x) => x.start <= at && at < x.end);
    if (!span) throw new Error(`${p.id}: no sentence holds "${sent.contains}"`);
    const got = personKeys(r.mentions.filter((m) => m.start >= span.start && m.start < span.end), gaz);
    const want = sent.people.map(nameKey);
    s.sentences++;
    const missing = want.filter((w) => !got.some((g) => same(g, w)));
    if (missing.length === 0) s.sentencesComplete++;
    else s.misses.push(`${p.id}: "${sent.contains}" lacks ${missing.join(', ')}`);
    const stray = [...new Set(got.filter((g) => !want.some((w) => same(g, w))))];
    s.strayPeople += stray.length;
    for (const x of stray) s.misses.push(`${p.id}: "${sent.contains}" has stray ${x}`);
  }
  return s;
}

export function scoreAll(gaz: readonly Actor[] = []): DevScore {
  const total: DevScore = { people: 0, found: 0, countryRight: 0, sentences: 0, sentencesComplete: 0, strayPeople: 0, misses: [] };
  for (const p of DEV_PASSAGES) {
    const s = scorePassage(p, gaz);
    total.people += s.people;
    total.found += s.found;
    total.countryRight += s.countryRight;
    total.sentences += s.sentences;
    total.sentencesComplete += s.sentencesComplete;
    total.strayPeople += s.strayPeople;
    total.misses.push(...s.misses);
  }
  return total;
}

const isMain = typeof process !== 'undefined' && process.argv[1]?.endsWith('scoreDevPassages.ts');
if (isMain) {
  const { readFileSync } = await import('node:fs');
  const gaz = process.argv.includes('--gazetteer') ? (JSON.parse(readFileSync('data/actors.json', 'utf8')) as Actor[]) : [];
  const s = scoreAll(gaz);
  console.log(`people found whole ${s.found}/${s.people}; country right ${s.countryRight}/${s.people}; sentences with every person ${s.sentencesComplete}/${s.sentences}; stray people ${s.strayPeople}`);
  if (process.argv.includes('-v')) for (const m of s.misses) console.log('  ' + m);
}
