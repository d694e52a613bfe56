/**
 * Finds organisations that are not in the gazetteer: a run of capitalised words ending in an
 * organisation head word ("Treasury Department", "Astellas Pharma Inc", "Bank of Korea",
 * "Ministry of Foreign Affairs"), not overlapping a known actor or country. Reported as new actors
 * of kind `organization`; they are not attached to mentions.
 */
import type { Token } from '../tokens';
import { CALENDAR_WORDS, STOP_CAPS } from './lexicon';

/** An organisation found by pattern (first occurrence). */
export interface UnknownOrganization {
  name: string;
  start: number;
  end: number;
}

/** Head words that end an organisation's name. */
const ORG_HEADS = new Set([
  'ministry', 'department', 'agency', 'council', 'commission', 'committee', 'bank', 'party', 'organization',
  'organisation', 'union', 'embassy', 'fund', 'institute', 'university', 'corporation', 'corp', 'company', 'inc',
  'group', 'office', 'army', 'navy', 'parliament', 'congress', 'assembly', 'court', 'service', 'association',
  'federation', 'alliance', 'guard', 'times', 'post', 'television', 'authority', 'bureau', 'administration',
  'secretariat', 'foundation', 'pharma', 'airlines', 'airways', 'consulate',
]);
const CONNECTORS = new Set(['of', 'for']);

const isCap = (t: Token) => /^\p{Lu}/u.test(t.text) && !STOP_CAPS.has(t.text.toLowerCase()) && !CALENDAR_WORDS.has(t.text.toLowerCase());

/** Finds unknown organisations; `covered[i]` marks tokens of known actors, countries and people. */
export function findUnknownOrganizations(text: string, tokens: Token[], covered: Uint8Array): UnknownOrganization[] {
  const out: UnknownOrganization[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (covered[i] || !isCap(t)) continue;
    // extend over capitalised words and inner connectors ("Bank of Korea")
    let j = i;
    let lastHead = -1;
    while (j < tokens.length) {
      const tk = tokens[j] as Token;
      if (covered[j]) break;
      if (j > i && !/^[ \t]*\n?[ \t]*$/.test(text.slice((tokens[j - 1] as Token).end, tk.start)) || (j > i && (tokens[j - 1] as Token).end === tk.start)) break;
      const lower = tk.text.toLowerCase();
      const nextTok = tokens[j + 1];
      if (isCap(tk) || (j > i && CONNECTORS.has(lower) && tk.text === lower && nextTok !== undefined && !covered[j + 1] && isCap(nextTok))) {
        if (ORG_HEADS.has(lower) && isCap(tk)) lastHead = j;
        // "Ministry of Foreign Affairs": a head may come first, followed by "of" and capitalised words
        j++;
        if (j - i > 8) break;
      } else break;
    }
    let end = lastHead;
    const first = tokens[i] as Token;
    if (ORG_HEADS.has(first.text.toLowerCase()) && tokens[i + 1]?.text === 'of') {
      // head-first names run to the last capitalised word
      end = j - 1;
      while (end > i && !isCap(tokens[end] as Token)) end--;
    }
    // a place name right before belongs to the name ("China Central Television", "Kenya Airways")
    const before = tokens[i - 1];
    const placed = !!before && !!covered[i - 1] && /^\p{Lu}/u.test(before.text) && /^[ \t]*\n?[ \t]*$/.test(text.slice(before.end, first.start)) && before.end < first.start;
    if (end < 0 || (end === i && !placed)) {
      i = Math.max(i, j - 1);
      continue;
    }
    const last = tokens[end] as Token;
    const start = placed && before ? before.start : first.start;
    const name = text.slice(start, last.end).replace(/\s+/g, ' ');
    if (!seen.has(name)) {
      seen.add(name);
      out.push({ name, start, end: last.end });
    }
    i = Math.max(i, j - 1);
  }
  return out;
}
