/**
 * Reading TimeML (`.tml`) documents and scoring temporal expressions against them, TempEval-3 style.
 * Pure functions (no file system): `scripts/eval-timeml.ts` does the I/O.
 */

/** A gold or system temporal expression: offsets into the plain text of `<TEXT>`. */
export interface ScoredTimex {
  start: number;
  end: number;
  type: string;
  value: string;
  mod?: string;
}

/** One TimeML document: its creation time and the plain text of `<TEXT>` with its gold TIMEX3s. */
export interface TimemlDoc {
  /** The value of the TIMEX3 whose functionInDocument is CREATION_TIME, or null when there is none. */
  dct: string | null;
  text: string;
  gold: ScoredTimex[];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Attributes of an XML start tag (`<TIMEX3 tid="t1" type="DATE">` → {tid: 't1', type: 'DATE'}). */
export function tagAttributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([A-Za-z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(tag); m !== null; m = re.exec(tag)) out[m[1] ?? ''] = decodeEntities(m[2] ?? m[3] ?? '');
  return out;
}

/**
 * Parses a TimeML document. The text is the content of `<TEXT>` with every tag removed and entities
 * decoded; gold spans are offsets into that text. Throws when there is no `<TEXT>` element.
 */
export function parseTimeml(xml: string): TimemlDoc {
  let dct: string | null = null;
  for (const m of xml.matchAll(/<TIMEX3\b[^>]*>/g)) {
    const a = tagAttributes(m[0]);
    if (a.functionInDocument === 'CREATION_TIME' && a.value) {
      dct = a.value;
      break;
    }
  }
  const open = /<TEXT\b[^>]*>/.exec(xml);
  const close = xml.lastIndexOf('</TEXT>');
  if (!open || close < open.index) throw new Error('no <TEXT> element');
  const body = xml.slice(open.index + open[0].length, close);
  let text = '';
  const gold: ScoredTimex[] = [];
  const stack: { start: number; attrs: Record<string, string> }[] = [];
  let i = 0;
  while (i < body.length) {
    const lt = body.indexOf('<', i);
    const chunkEnd = lt < 0 ? body.length : lt;
    text += decodeEntities(body.slice(i, chunkEnd));
    if (lt < 0) break;
    const gt = body.indexOf('>', lt);
    if (gt < 0) throw new Error(`unclosed tag at offset ${lt} of <TEXT>`);
    const tag = body.slice(lt, gt + 1);
    if (/^<TIMEX3\b/.test(tag) && !tag.endsWith('/>')) stack.push({ start: text.length, attrs: tagAttributes(tag) });
    else if (/^<\/TIMEX3\s*>/.test(tag)) {
      const o = stack.pop();
      if (o) {
        gold.push({
          start: o.start, end: text.length, type: o.attrs.type ?? '', value: o.attrs.value ?? '',
          ...(o.attrs.mod ? { mod: o.attrs.mod } : {}),
        });
      }
    }
    i = gt + 1;
  }
  gold.sort((a, b) => a.start - b.start);
  return { dct, text, gold };
}

/** Counts of one comparison (summable over documents). */
export interface TimexCounts {
  gold: number;
  system: number;
  /** Gold–system pairs that overlap (one-to-one). */
  relaxed: number;
  /** Pairs with identical offsets. */
  strict: number;
  /** Relaxed pairs with an identical value. */
  value: number;
  /** Relaxed pairs with an identical type. */
  type: number;
}

/** A matched pair or an unmatched timex, for error listings. */
export interface TimexAlignment {
  gold: ScoredTimex | null;
  system: ScoredTimex | null;
}

export const TIMEX_TYPES = ['DATE', 'TIME', 'DURATION', 'SET'] as const;

export interface TimexComparison {
  overall: TimexCounts;
  /** By gold type for gold-side counts and by system type for system-side counts. */
  byType: Record<string, TimexCounts>;
  alignments: TimexAlignment[];
}

export function emptyCounts(): TimexCounts {
  return { gold: 0, system: 0, relaxed: 0, strict: 0, value: 0, type: 0 };
}

export function addCounts(a: TimexCounts, b: TimexCounts): TimexCounts {
  return {
    gold: a.gold + b.gold, system: a.system + b.system, relaxed: a.relaxed + b.relaxed,
    strict: a.strict + b.strict, value: a.value + b.value, type: a.type + b.type,
  };
}

function overlap(a: ScoredTimex, b: ScoredTimex): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/**
 * Aligns system timexes to gold ones one-to-one: each gold timex (in text order) takes the unused
 * system timex that overlaps it most. Per-type counts: gold and matches by the gold type; system by the system type.
 */
export function compareTimexes(gold: readonly ScoredTimex[], system: readonly ScoredTimex[]): TimexComparison {
  const used = new Set<number>();
  const overall = emptyCounts();
  const byType: Record<string, TimexCounts> = {};
  const bucket = (t: string): TimexCounts => (byType[t] ??= emptyCounts());
  const alignments: TimexAlignment[] = [];
  for (const g of gold) {
    let best = -1;
    let bestOverlap = 0;
    system.forEach((s, k) => {
      const o = overlap(g, s);
      if (!used.has(k) && o > bestOverlap) {
        best = k;
        bestOverlap = o;
      }
    });
    overall.gold++;
    const b = bucket(g.type);
    b.gold++;
    const s = best >= 0 ? system[best] : undefined;
    if (!s) {
      alignments.push({ gold: g, system: null });
      continue;
    }
    used.add(best);
    alignments.push({ gold: g, system: s });
    const strict = s.start === g.start && s.end === g.end ? 1 : 0;
    const value = s.value === g.value ? 1 : 0;
    const type = s.type === g.type ? 1 : 0;
    for (const c of [overall, b]) {
      c.relaxed++;
      c.strict += strict;
      c.value += value;
      c.type += type;
    }
  }
  system.forEach((s, k) => {
    overall.system++;
    bucket(s.type).system++;
    if (!used.has(k)) alignments.push({ gold: null, system: s });
  });
  return { overall, byType, alignments };
}

/** Precision, recall and F1 (0–100) of `hits` against `system` and `gold` totals. */
export function prf(hits: number, system: number, gold: number): { p: number; r: number; f1: number } {
  const p = system > 0 ? (100 * hits) / system : 0;
  const r = gold > 0 ? (100 * hits) / gold : 0;
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

/** The TempEval-3 figures of summed counts. */
export function figures(c: TimexCounts): {
  relaxed: { p: number; r: number; f1: number };
  strict: { p: number; r: number; f1: number };
  value: { p: number; r: number; f1: number };
  typeAccuracy: number;
} {
  return {
    relaxed: prf(c.relaxed, c.system, c.gold),
    strict: prf(c.strict, c.system, c.gold),
    value: prf(c.value, c.system, c.gold),
    typeAccuracy: c.relaxed > 0 ? (100 * c.type) / c.relaxed : 0,
  };
}
