/**
 * Citation-level attribution: finds where a passage says its fact comes from another outlet
 * ("according to The New York Times", "first reported on Friday by …", "Reuters reported",
 * "according to the newspaper" or "reportedly" after the report named the outlet). Pure string work.
 */
import type { Span } from './types';

/** Major outlets (canonical name first, then other spellings) recognised besides the dataset's own. */
export const MAJOR_OUTLETS: readonly (readonly string[])[] = [
  ['The New York Times', 'New York Times', 'NYT', 'N.Y. Times'],
  ['The Washington Post', 'Washington Post'],
  ['The Wall Street Journal', 'Wall Street Journal', 'WSJ'],
  ['Reuters'],
  ['Associated Press', 'The Associated Press', 'AP'],
  ['Agence France-Presse', 'AFP'],
  ['Bloomberg', 'Bloomberg News'],
  ['BBC'],
  ['CNN'],
  ['The Guardian'],
  ['Financial Times', 'The Financial Times', 'FT'],
  ['Politico'],
  ['Axios'],
  ['NBC News'],
  ['CBS News'],
  ['ABC News'],
  ['Fox News'],
  ['Al Jazeera'],
  ['Xinhua', 'Xinhua News Agency'],
  ['China Central Television', 'CCTV'],
  ['Global Times', 'The Global Times'],
  ['TASS'],
  ['RIA Novosti'],
  ['Interfax'],
  ['Kyodo', 'Kyodo News'],
  ['Nikkei', 'Nikkei Asia'],
  ['South China Morning Post', 'SCMP', 'The South China Morning Post'],
  ['Daily Mail', 'The Daily Mail'],
  ['The Times'],
];

/** What the detector knows besides the passage. */
export interface AttributionContext {
  /** Outlet names from the dataset's sources (`outlet` and `basedOn`); a trailing "(…)" note is ignored. */
  knownOutlets?: readonly string[];
  /** The outlet the citing report itself stands for (`basedOn ?? outlet`): attributions to it are not reported. */
  ownOutlet?: string;
  /** The outlet the report is based on, if any: resolves "The Times" and "the newspaper". */
  basedOn?: string | null;
  /** The report's text before the passage: resolves "The Times" and "the newspaper" to the outlet named earlier. */
  preceding?: string;
}

const NYT = 'The New York Times';
const REFERRING = String.raw`the (?:newspaper|paper|daily|outlet|publication|broadcaster|news agency|agency)`;
const VERBS = String.raw`(?:first |originally |previously |earlier |also |initially )?(?:reported|reports|said|says|quoted|quotes|cited|cites|wrote|writes|revealed|reveals|disclosed)`;
const REPORT_OF = String.raw`(?:(?:a|the|an earlier|an) )?(?:report|reports|reporting|story|article|account)s? (?:by|in|from) `;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An outlet name without a trailing parenthesised note: "Bloomberg (Taipei Times)" → "Bloomberg". */
export function outletName(outlet: string): string {
  return outlet.replace(/\s*\([^)]*\)\s*$/, '').trim();
}

/** Case- and "The"-insensitive key of an outlet name. */
function key(name: string): string {
  return outletName(name).toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ');
}

interface Lexicon {
  /** Spelling as written → canonical name. */
  canonical: Map<string, string>;
  pattern: RegExp;
  /** Any outlet name except the ambiguous "The Times". */
  anyName: RegExp;
}

const lexicons = new Map<string, Lexicon>();

function lexicon(known: readonly string[]): Lexicon {
  const cacheKey = known.join('\u0000');
  const hit = lexicons.get(cacheKey);
  if (hit) return hit;
  const canonical = new Map<string, string>();
  const byKey = new Map<string, string>();
  for (const k of known) {
    const name = outletName(k);
    if (name) byKey.set(key(name), name);
  }
  for (const group of MAJOR_OUTLETS) {
    const name = byKey.get(key(group[0]!)) ?? group[0]!;
    for (const alias of group) canonical.set(alias, name);
  }
  for (const name of byKey.values()) if (!canonical.has(name)) canonical.set(name, name);
  const spellings = new Set<string>();
  for (const s of canonical.keys()) {
    spellings.add(s);
    if (s.startsWith('The ')) spellings.add(`the ${s.slice(4)}`);
  }
  const names = [...spellings].filter((s) => s.length > 1).sort((a, b) => b.length - a.length).map(escape).join('|');
  const outlet = String.raw`(?<![\w-])(?:${names}|${REFERRING})(?![\w-])`;
  const pattern = new RegExp(
    [
      String.raw`[Aa]ccording to (?:${REPORT_OF})?(?<a>${outlet})`,
      String.raw`(?:reported|revealed|disclosed)(?: [\w’'.]+){0,4}? by (?<b>${outlet})`,
      String.raw`(?<c>${outlet}),? ${VERBS}(?![\w-])`,
      String.raw`(?<![\w-])(?<d>[Rr]eportedly)(?![\w-])`,
    ].join('|'),
    'g',
  );
  const plain = [...canonical.keys()].filter((s) => s !== 'The Times' && s.length > 1).sort((a, b) => b.length - a.length).map(escape).join('|');
  const anyName = new RegExp(String.raw`(?<![\w-])(?:${plain})(?![\w-])`, 'g');
  const lex = { canonical, pattern, anyName };
  lexicons.set(cacheKey, lex);
  return lex;
}

/** The last outlet the text names (canonical), if any. */
function lastNamed(text: string, lex: Lexicon): string | undefined {
  let last: string | undefined;
  for (const m of text.matchAll(lex.anyName)) last = lex.canonical.get(m[0]);
  return last;
}

function resolve(written: string, before: string, ctx: AttributionContext, lex: Lexicon): string | undefined {
  const w = written.replace(/^the /, 'The ');
  if (/^The (?:newspaper|paper|daily|outlet|publication|broadcaster|news agency|agency|report)$/.test(w)) {
    return lastNamed(before, lex) ?? (ctx.basedOn ? outletName(ctx.basedOn) : undefined);
  }
  if (w === 'The Times') {
    const basedOnNyt = ctx.basedOn !== undefined && ctx.basedOn !== null && key(ctx.basedOn) === key(NYT);
    return basedOnNyt || /New York Times/.test(before) ? (lex.canonical.get(NYT) ?? NYT) : 'The Times';
  }
  return lex.canonical.get(w) ?? lex.canonical.get(written) ?? written;
}

/**
 * The outlet a passage attributes its fact to, or undefined. `ctx.preceding` is the report's text
 * before the passage. Attributions to the report's own outlet are not reported.
 */
export function detectAttribution(passage: string, ctx: AttributionContext = {}): string | undefined {
  const lex = lexicon(ctx.knownOutlets ?? []);
  const preceding = ctx.preceding ?? '';
  for (const m of passage.matchAll(lex.pattern)) {
    const g = m.groups ?? {};
    const written = g.a ?? g.b ?? g.c ?? (g.d ? 'the report' : undefined);
    if (!written) continue;
    const outlet = resolve(written, preceding + passage.slice(0, m.index), ctx, lex);
    if (!outlet) continue;
    if (ctx.ownOutlet && key(outlet) === key(ctx.ownOutlet)) continue;
    return outlet;
  }
  return undefined;
}

const ABBREVIATION = /(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|St|Jr|Sr|Inc|Co|Corp|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z])$/;

/** The sentence (or sentences) of `text` containing `span`: bounded by sentence ends and blank lines. */
export function sentenceAround(text: string, span: Span): Span {
  const isEnd = (i: number): boolean => {
    // i is the index just after a terminator run; a sentence ends there when whitespace follows.
    const ch = text[i - 1];
    if (ch === undefined) return false;
    let j = i - 1;
    while (j >= 0 && /["”’')\]]/.test(text[j]!)) j--;
    if (j < 0 || !/[.!?]/.test(text[j]!)) return false;
    if (text[j] === '.' && ABBREVIATION.test(text.slice(Math.max(0, j - 6), j))) return false;
    return /\s/.test(text[i] ?? ' ');
  };
  let start = span.start;
  while (start > 0) {
    if (text[start - 1] === '\n' && /\n\s*$/.test(text.slice(Math.max(0, start - 40), start - 1))) break;
    if (/\s/.test(text[start - 1]!) && isEnd(start - 1)) break;
    start--;
  }
  while (start < span.start && /\s/.test(text[start]!)) start++;
  let end = span.end;
  while (end < text.length) {
    if (text[end] === '\n' && /^\n\s*\n/.test(text.slice(end, end + 40))) break;
    if (isEnd(end)) break;
    end++;
  }
  return { start, end: Math.max(end, span.end) };
}

/**
 * The outlet a cited span of a report attributes its fact to: the passage first, then its sentence.
 * `ctx.preceding` is filled in from `text`.
 */
export function attributionAt(text: string, span: Span, ctx: Omit<AttributionContext, 'preceding'> = {}): string | undefined {
  const inPassage = detectAttribution(text.slice(span.start, span.end), { ...ctx, preceding: text.slice(0, span.start) });
  if (inPassage) return inPassage;
  const s = sentenceAround(text, span);
  return detectAttribution(text.slice(s.start, s.end), { ...ctx, preceding: text.slice(0, s.start) });
}

/** The outlet a cited span of `source` attributes its fact to, unless that is the source's own (`basedOn ?? outlet`). */
export function citationAttribution(
  source: { text: string; outlet: string; basedOn: string | null },
  span: Span,
  knownOutlets: readonly string[] = source.basedOn ? [source.outlet, source.basedOn] : [source.outlet],
): string | undefined {
  return attributionAt(source.text, span, { knownOutlets, ownOutlet: source.basedOn ?? source.outlet, basedOn: source.basedOn });
}
