/**
 * `npm run eval:timeml -- DIR [--json FILE] [--errors N]`: scores the extractor's timex stage on a folder
 * of TimeML `.tml` files (walked recursively), TempEval-3 style. Each file's DCT (the TIMEX3 with
 * functionInDocument="CREATION_TIME") is the publication date; a file without one is reported and skipped.
 * Prints span P/R/F1 relaxed (overlap) and strict (exact), value F1 (identical value on a relaxed match),
 * type accuracy, and a table per type. `--json FILE` also writes the figures and every error as JSON;
 * `--errors N` prints the first N disagreements.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { segment } from '../src/extractor/segment/segment';
import { findTimexes } from '../src/extractor/timex/index';
import {
  TIMEX_TYPES, addCounts, compareTimexes, emptyCounts, figures, parseTimeml, type ScoredTimex, type TimexCounts,
} from './lib/timeml';

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (name.endsWith('.tml')) out.push(p);
  }
  return out;
}

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dir = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1]?.startsWith('--')));
if (!dir) {
  console.error('usage: npm run eval:timeml -- DIR [--json FILE] [--errors N]');
  process.exit(2);
}
const jsonFile = flag('--json');
const showErrors = Number(flag('--errors') ?? 0);

const files = walk(dir);
if (files.length === 0) {
  console.error(`eval:timeml: no .tml files under ${dir}`);
  process.exit(1);
}
let overall = emptyCounts();
const byType: Record<string, TimexCounts> = {};
const skipped: string[] = [];
const errors: { file: string; context: string; gold: ScoredTimex | null; system: ScoredTimex | null }[] = [];
let docs = 0;
for (const file of files) {
  const name = relative(dir, file);
  let doc;
  try {
    doc = parseTimeml(readFileSync(file, 'utf8'));
  } catch (err) {
    console.log(`skipped ${name}: ${err instanceof Error ? err.message : String(err)}`);
    skipped.push(name);
    continue;
  }
  const dct = doc.dct?.slice(0, 10) ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dct)) {
    console.log(`skipped ${name}: no document creation time (TIMEX3 functionInDocument="CREATION_TIME")`);
    skipped.push(name);
    continue;
  }
  docs++;
  const system: ScoredTimex[] = findTimexes(doc.text, dct, { sentences: segment(doc.text).sentences }).map((t) => ({
    start: t.start, end: t.end, type: t.type, value: t.value, ...(t.mod ? { mod: t.mod } : {}),
  }));
  const cmp = compareTimexes(doc.gold, system);
  overall = addCounts(overall, cmp.overall);
  for (const [t, c] of Object.entries(cmp.byType)) byType[t] = addCounts(byType[t] ?? emptyCounts(), c);
  for (const a of cmp.alignments) {
    const ok = a.gold && a.system && a.gold.value === a.system.value && a.gold.start === a.system.start && a.gold.end === a.system.end;
    if (ok) continue;
    const at = a.gold ?? a.system;
    if (!at) continue;
    const context = doc.text.slice(Math.max(0, at.start - 60), at.end + 40).replace(/\s+/g, ' ');
    errors.push({ file: name, context, gold: a.gold && { ...a.gold, text: doc.text.slice(a.gold.start, a.gold.end) } as ScoredTimex, system: a.system && { ...a.system, text: doc.text.slice(a.system.start, a.system.end) } as ScoredTimex });
  }
}

const f = figures(overall);
const pct = (x: number) => x.toFixed(1).padStart(5);
console.log(`\nTimeML timex evaluation: ${docs} documents (${skipped.length} skipped), ${overall.gold} gold timexes, ${overall.system} system timexes`);
console.log(`                 P      R     F1`);
console.log(`span relaxed  ${pct(f.relaxed.p)}  ${pct(f.relaxed.r)}  ${pct(f.relaxed.f1)}`);
console.log(`span strict   ${pct(f.strict.p)}  ${pct(f.strict.r)}  ${pct(f.strict.f1)}`);
console.log(`value         ${pct(f.value.p)}  ${pct(f.value.r)}  ${pct(f.value.f1)}`);
console.log(`type accuracy ${pct(f.typeAccuracy)} (of relaxed matches)`);
console.log(`\ntype       gold  system  relaxed-P  relaxed-R  relaxed-F1  value-F1  type-acc`);
const perType: Record<string, ReturnType<typeof figures> & { gold: number; system: number }> = {};
for (const t of TIMEX_TYPES) {
  const c = byType[t] ?? emptyCounts();
  const g = figures(c);
  perType[t] = { ...g, gold: c.gold, system: c.system };
  console.log(
    `${t.padEnd(9)} ${String(c.gold).padStart(5)}  ${String(c.system).padStart(6)}      ${pct(g.relaxed.p)}      ${pct(g.relaxed.r)}       ${pct(g.relaxed.f1)}     ${pct(g.value.f1)}     ${pct(g.typeAccuracy)}`,
  );
}
console.log('(per type: gold counts and matches by gold type, system counts by system type)');
if (showErrors > 0) {
  console.log(`\nfirst ${showErrors} of ${errors.length} disagreements (gold | system):`);
  for (const e of errors.slice(0, showErrors)) {
    const show = (t: ScoredTimex | null) => (t ? `"${(t as ScoredTimex & { text: string }).text}" ${t.type} ${t.value}${t.mod ? ` ${t.mod}` : ''}` : '-');
    console.log(`${e.file}: ${show(e.gold)} | ${show(e.system)}   … ${e.context} …`);
  }
}
if (jsonFile) {
  writeFileSync(jsonFile, JSON.stringify({ documents: docs, skipped, overall: { ...f, gold: overall.gold, system: overall.system }, perType, errors }, null, 2) + '\n');
  console.log(`\nwrote ${jsonFile}`);
}
