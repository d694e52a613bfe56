/**
 * `npm run eval [-- --json]`: scores the extractor against the gold annotations in tests/gold/<source-id>.json.
 *
 * Prints precision / recall / F1 for
 * - timex spans (a predicted span overlapping a gold span, matched one to one);
 * - resolved dates (a matched timex whose day range equals the gold range exactly);
 * - event mentions matched to curated events (the extractor's mention, mapped to a curated event with the
 *   same rule `mergeParsed` uses, overlaps a gold mention of that event); recall also on the gold sentences
 *   that contain a date (only those can yield a dated mention);
 * - actors (gold participants of each gold mention vs the actors of the best-matching overlapping dated
 *   predicted mention),
 *   plus the share of those mentions whose actors include every gold participant;
 * and the number of parsed events citing a passage that lies mostly inside gold boilerplate (must be 0).
 *
 * Then, apart, the blind set (tests/gold/blind/, hand-written gold; scripts/lib/blindEval.ts): date
 * expressions right (narrative dates and publication evidence separately) and the event-level figures of
 * each story compiled with zero curated events and the built-in actors. `--json` adds them under "blind".
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/extractor/index';
import { bestCurated, mergeParsed } from '../src/extractor/merge/merge';
import type { ExtractResult, Mention } from '../src/lib/model/extraction';
import type { Actor, Source, TimelineEvent } from '../src/lib/model/types';
import { evaluateBlindSet, formatBlind } from './lib/blindEval';

/** One gold file. */
interface Gold {
  source: string;
  published: string;
  timexes: { text: string; start: number; end: number; range: { start: string; end: string } | null }[];
  mentions: { event: string | null; type: string; start: number; end: number; quote: string; actors: string[] }[];
  boilerplate: { quote: string; start: number; end: number }[];
}

/** Counts behind one precision/recall/F1 line. */
interface Score {
  tpPred: number;
  pred: number;
  tpGold: number;
  gold: number;
}

const root = process.cwd();
const readJson = <T>(p: string): T => JSON.parse(readFileSync(join(root, p), 'utf8')) as T;

function prf(s: Score): { p: number; r: number; f1: number } {
  const p = s.pred ? s.tpPred / s.pred : 0;
  const r = s.gold ? s.tpGold / s.gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
const add = (a: Score, b: Score): Score => ({ tpPred: a.tpPred + b.tpPred, pred: a.pred + b.pred, tpGold: a.tpGold + b.tpGold, gold: a.gold + b.gold });
const zero = (): Score => ({ tpPred: 0, pred: 0, tpGold: 0, gold: 0 });
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Checks a gold file against its source text; throws naming file, record and field. */
function checkGold(g: Gold, text: string, file: string): void {
  const check = (kind: string, i: number, x: { start: number; end: number }, expected: string, field: string) => {
    if (text.slice(x.start, x.end) !== expected) throw new Error(`${file}: ${kind}[${i}]: field "${field}" does not match text.slice(${x.start}, ${x.end})`);
  };
  g.timexes.forEach((t, i) => check('timexes', i, t, t.text, 'text'));
  g.mentions.forEach((m, i) => check('mentions', i, m, m.quote, 'quote'));
  g.boilerplate.forEach((b, i) => check('boilerplate', i, b, b.quote, 'quote'));
}

function scoreTimexes(g: Gold, r: ExtractResult): { spans: Score; dates: Score } {
  const used = new Set<number>();
  let tp = 0;
  let correct = 0;
  for (const gt of g.timexes) {
    const k = r.timexes.findIndex((pt, i) => !used.has(i) && overlap(pt, gt));
    if (k < 0) continue;
    used.add(k);
    tp++;
    const pt = r.timexes[k];
    if (gt.range && pt?.range && pt.range.start === gt.range.start && pt.range.end === gt.range.end) correct++;
  }
  return {
    spans: { tpPred: tp, pred: r.timexes.length, tpGold: tp, gold: g.timexes.length },
    dates: { tpPred: correct, pred: r.timexes.filter((t) => t.range).length, tpGold: correct, gold: g.timexes.filter((t) => t.range).length },
  };
}

function usable(m: Mention): boolean {
  return !m.boilerplate && m.date !== null && m.confidence >= 0.5;
}

function scoreMentions(g: Gold, r: ExtractResult, curated: TimelineEvent[], kinds: Map<string, string>, datedOnly = false): Score {
  const pred = r.mentions.filter(usable).map((m) => ({ m, event: bestCurated(m, curated, kinds)?.id ?? null })).filter((x) => x.event);
  const gold = g.mentions.filter((m) => m.event && (!datedOnly || g.timexes.some((t) => t.range && t.start >= m.start && t.end <= m.end)));
  const tpPred = pred.filter((p) => gold.some((gm) => gm.event === p.event && overlap(gm, p.m))).length;
  const tpGold = gold.filter((gm) => pred.some((p) => gm.event === p.event && overlap(gm, p.m))).length;
  return { tpPred, pred: pred.length, tpGold, gold: gold.length };
}

function scoreActors(g: Gold, r: ExtractResult): { score: Score; right: number; total: number } {
  const score = zero();
  let right = 0;
  let total = 0;
  for (const gm of g.mentions) {
    if (gm.actors.length === 0) continue;
    // the dated predicted mention of this sentence that best covers this gold mention's participants
    const cands = r.mentions.filter((m) => !m.boilerplate && m.date && overlap(m, gm));
    if (cands.length === 0) continue;
    const hits = (m: Mention) => gm.actors.filter((a) => m.actorIds.includes(a)).length;
    const pm = cands.reduce((x, y) => (hits(y) > hits(x) ? y : x));
    total++;
    const hit = hits(pm);
    if (hit === gm.actors.length) right++;
    score.tpGold += hit;
    score.gold += gm.actors.length;
    score.tpPred += hit;
    score.pred += pm.actorIds.length;
  }
  return { score, right, total };
}

function main(): void {
  const asJson = process.argv.includes('--json');
  const goldDir = join(root, 'tests/gold');
  const sourcesInput = readJson<{ id: string; outlet: string; title: string; file: string; published: string; kind: Source['kind']; basedOn: string | null }[]>('data/sources.json');
  const actors = existsSync(join(root, 'data/actors.json')) ? readJson<Actor[]>('data/actors.json') : [];
  const kinds = new Map(actors.map((a) => [a.id, a.kind] as const));
  const curatedInput = existsSync(join(root, 'data/events.json')) ? readJson<TimelineEvent[]>('data/events.json') : [];
  const curated = curatedInput.map((e) => ({ ...e, citations: [], dateClaims: [], origin: 'curated' as const, corroboration: { reports: 0, independentOutlets: 0 } }));

  const totals = { spans: zero(), dates: zero(), mentions: zero(), datedMentions: zero(), actors: zero() };
  let right = 0;
  let attributed = 0;
  let boilerplateEvents = 0;
  const rows: Record<string, unknown>[] = [];
  const results: { source: Source; result: ExtractResult }[] = [];
  const golds: Gold[] = [];
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
    const g = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as Gold;
    const s = sourcesInput.find((x) => x.id === g.source);
    if (!s) throw new Error(`tests/gold/${file}: field "source": unknown source id "${g.source}"`);
    const text = readFileSync(join(root, s.file), 'utf8');
    checkGold(g, text, `tests/gold/${file}`);
    const r = extract(text, { published: s.published, actors, sourceId: s.id });
    const tx = scoreTimexes(g, r);
    const mn = scoreMentions(g, r, curated, kinds);
    const dm = scoreMentions(g, r, curated, kinds, true);
    const ac = scoreActors(g, r);
    totals.spans = add(totals.spans, tx.spans);
    totals.dates = add(totals.dates, tx.dates);
    totals.mentions = add(totals.mentions, mn);
    totals.datedMentions = add(totals.datedMentions, dm);
    totals.actors = add(totals.actors, ac.score);
    right += ac.right;
    attributed += ac.total;
    rows.push({ source: s.id, timexSpans: prf(tx.spans), dates: prf(tx.dates), mentions: prf(mn), actors: prf(ac.score) });
    results.push({ source: { id: s.id, outlet: s.outlet, title: s.title, published: s.published, kind: s.kind, basedOn: s.basedOn, text, boilerplate: [] }, result: r });
    golds.push(g);
  }
  // events drawn from (gold) boilerplate: merge with the extractor's own boilerplate detection only
  const parsed = mergeParsed({ curated: [], results, actors });
  for (const ev of parsed) {
    const bad = ev.citations.some((c) =>
      golds.find((g) => g.source === c.source)?.boilerplate.some((b) => 2 * (Math.min(b.end, c.end) - Math.max(b.start, c.start)) >= c.end - c.start),
    );
    if (bad) boilerplateEvents++;
  }

  const fmt = (x: number) => x.toFixed(3);
  const line = (name: string, s: Score) => {
    const { p, r, f1 } = prf(s);
    return `${name.padEnd(34)} P ${fmt(p)}  R ${fmt(r)}  F1 ${fmt(f1)}   (pred ${s.pred}, gold ${s.gold})`;
  };
  const summary = {
    timexSpans: prf(totals.spans),
    resolvedDates: prf(totals.dates),
    eventMentions: prf(totals.mentions),
    eventMentionsDatedGold: prf(totals.datedMentions),
    actors: prf(totals.actors),
    mentionsWithAllGoldActors: attributed ? right / attributed : 0,
    parsedEvents: parsed.length,
    eventsFromBoilerplate: boilerplateEvents,
    perSource: rows,
  };
  const blind = evaluateBlindSet(root);
  if (asJson) {
    process.stdout.write(`${JSON.stringify({ ...summary, blind }, null, 2)}\n`);
    return;
  }
  const out = [
    `Extractor evaluation on ${golds.length} gold files (tests/gold/)`,
    line('timex spans (overlap)', totals.spans),
    line('resolved dates (exact range)', totals.dates),
    line('event mentions → curated events', totals.mentions),
    line('  … gold sentences with a date', totals.datedMentions),
    line('actors of dated mentions', totals.actors),
    `${'dated mentions with all gold actors'.padEnd(34)} ${fmt(summary.mentionsWithAllGoldActors)}   (${right}/${attributed})`,
    `${'parsed events (no curated join)'.padEnd(34)} ${parsed.length}`,
    `${'events drawn from boilerplate'.padEnd(34)} ${boilerplateEvents}${boilerplateEvents === 0 ? '' : '   <-- must be 0'}`,
  ];
  if (blind.stories.length > 0) out.push('', ...formatBlind(blind));
  process.stdout.write(`${out.join('\n')}\n`);
}

main();
