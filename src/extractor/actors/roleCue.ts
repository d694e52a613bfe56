/**
 * The role written next to a person's name, and the country it names:
 * - before the name: "Secretary of State Mike Pompeo", "North Korean official Kim Yong-chol", "South Korea's national
 *   security adviser Suh Hoon", "Chinese Foreign Ministry spokesman Zhao Lijian", "his Malaysian counterpart …";
 * - after it: "Kim Jong-un, the North Korean leader", "Getachew Reda, a spokesman for …", "Benjamin Netanyahu of Israel".
 * The country comes from a country name, adjective or possessive inside the role phrase (ISO 3166-1 alpha-2).
 */
import { tokenize, type Token } from '../tokens';
import { countryMatcher } from './countryTable';
import { ORG_WORDS, PERSON_TITLES } from './lexicon';

/** A role phrase next to a name. */
export interface RoleCue {
  /** The role in lower case, without its country ("secretary of state", "national security adviser"). */
  role: string;
  country: string | null;
  /** Where the whole cue starts (before the name) or ends (after it). */
  edge: number;
}

/** Head nouns of roles: the word right before a name that makes the phrase a role cue. */
export const ROLE_HEADS = new Set([
  ...PERSON_TITLES.flatMap((t) => t.split(' ')).filter((w) => w !== 'of'),
  'chief', 'negotiator', 'envoy', 'counterpart', 'leader', 'commander', 'premier', 'spokesperson', 'emir', 'crown',
  'ruler', 'dictator', 'ministers', 'chairperson', 'secretary-general', 'mediator', 'delegate', 'head', 'aide',
]);

/** Modifiers that may stand inside a role phrase ("spy chief", "top diplomat", "Foreign Ministry spokesman"). */
const ROLE_WORDS = new Set([
  ...ROLE_HEADS,
  'of', 'spy', 'top', 'senior', 'national', 'security', 'foreign', 'defense', 'defence', 'affairs', 'ministry', 'state',
  'deputy', 'vice', 'former', 'lead', 'presidential', 'press', 'government', 'special', 'intelligence', 'nuclear', 'trade',
  'finance', 'economy', 'commerce', 'interior', 'military', 'army', 'navy', 'party', 'opposition', 'acting', 'then',
  'assistant', 'undersecretary', 'under', 'general', 'supreme', 'chief', 'executive', 'cabinet', 'white', 'house',
  'unification', 'health', 'energy', 'treasury', 'justice', 'council', 'office', 'agency', 'service',
  'union', 'african', 'european', 'nations', 'united', 'crown', 'prince', 'first', 'lady', 'new', 'incoming', 'outgoing',
  'veteran', 'hardline', 'hard-line', 'influential', 'powerful', 'exiled', 'ousted', 'elected', 'longtime', 'north', 'south',
]);

const SPACE = /^[ \t]+$|^[ \t]*\n[ \t]*$/;

/** The role phrase ending right before token `i` (the first token of a name), or null. */
export function roleCueBefore(text: string, tokens: readonly Token[], i: number): RoleCue | null {
  const head = tokens[i - 1];
  const name = tokens[i];
  if (!head || !name || !SPACE.test(text.slice(head.end, name.start))) return null;
  if (!ROLE_HEADS.has(head.text.toLowerCase())) return null;
  const cm = countryMatcher();
  let country: string | null = null;
  let from = i - 1;
  let roleFrom = i - 1;
  for (let k = i - 2; k >= 0 && k >= i - 9; k--) {
    const t = tokens[k] as Token;
    const next = tokens[from] as Token;
    const gap = text.slice(t.end, next.start);
    // a country form ending at k ("North Korean", "U.S.", "South Korea's")
    let c: { first: number; code: string } | null = null;
    for (let j = Math.max(0, k - 3); j <= k && !c; j++) {
      const m = cm.matchAt(text, tokens as Token[], j, undefined, k);
      if (m && m.last === k && m.value.kind !== 'capital') c = { first: j, code: m.value.code };
    }
    if (t.text === 's' && k > 0 && /^['’]$/.test(text.slice((tokens[k - 1] as Token).end, t.start)) && SPACE.test(gap)) {
      // "Russia's chief negotiator", "South Korea's national security adviser": a country before the apostrophe
      let owner: { first: number; code: string } | null = null;
      for (let j = Math.max(0, k - 4); j <= k - 1 && !owner; j++) {
        const m = cm.matchAt(text, tokens as Token[], j, undefined, k - 1);
        if (m && m.last === k - 1 && m.value.kind !== 'capital') owner = { first: j, code: m.value.code };
      }
      if (owner) {
        country ??= owner.code;
        from = owner.first;
      }
      break;
    }
    if (!SPACE.test(gap) && !(t.text.length === 1 && /^\.\s*$/.test(gap))) break;
    if (c) {
      country ??= c.code;
      from = c.first;
      k = c.first;
      continue;
    }
    const lower = t.text.toLowerCase();
    if (!ROLE_WORDS.has(lower) && !(ORG_WORDS.has(lower) && /^\p{Lu}/u.test(t.text))) break;
    from = k;
    if (country === null) roleFrom = k;
  }
  const role = text
    .slice((tokens[roleFrom] as Token).start, head.end)
    .toLowerCase()
    .replace(/^(?:of|the)\s+/, '')
    .replace(/\s+/g, ' ');
  return { role, country, edge: (tokens[from] as Token).start };
}

const AFTER = /^,\s+(?:the|a|an|his|her|its|their)\s+/;
const OF_COUNTRY = /^\s+of\s+((?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})/u;

/** The role phrase after a name ending at `end` (", the North Korean leader"; " of Israel"), or null. */
export function roleCueAfter(text: string, end: number): RoleCue | null {
  const rest = text.slice(end, end + 100);
  const of = OF_COUNTRY.exec(rest);
  if (of) {
    const code = countryIn(of[1] ?? '');
    if (code) return { role: '', country: code, edge: end + of[0].length };
  }
  const m = AFTER.exec(rest);
  if (!m) return null;
  // the first role head within six words: ", the North Korean leader", ", a spokesman for the Tigray …"
  const words = tokenize(rest.slice(m[0].length, m[0].length + 70));
  const at = words.slice(0, 6).findIndex((w) => ROLE_HEADS.has(w.text.toLowerCase()));
  const head = words[at];
  if (!head) return null;
  const phraseEnd = m[0].length + head.end;
  const phrase = rest.slice(m[0].length, phraseEnd);
  if (/[,.;:]/.test(phrase)) return null;
  const tail = /^\s+(?:for|of|to|from)\s+(?:the\s+)?((?:\p{Lu}[\p{L}.’'-]*\s*){1,3})/u.exec(rest.slice(phraseEnd));
  const country = countryIn(phrase) ?? (tail ? countryIn(tail[1] ?? '') : null);
  return { role: head.text.toLowerCase(), country, edge: end + phraseEnd };
}

/** The first country named (not by its capital) in a short phrase. */
function countryIn(phrase: string): string | null {
  const cm = countryMatcher();
  const toks = tokenize(phrase);
  for (let k = 0; k < toks.length; k++) {
    const m = cm.matchAt(phrase, toks, k);
    if (m && m.value.kind !== 'capital') return m.value.code;
  }
  return null;
}
