/**
 * Finds people who are not in the gazetteer, by pattern:
 * - a title or role word before the name ("Mr. Hua", "spokesman Zhao Lijian", "a spokesman, Wang Wenbin,");
 * - a middle initial ("Richard M. Nixon");
 * - an apposition after the name ("Hua Chunying, a Foreign Ministry spokeswoman", "Liu Pengyu, spokesman for…");
 * - a speech verb next to the name ("said Evan Medeiros", "Jen Psaki said");
 * - the name written in Chinese, Japanese or Korean script in parentheses ("Yang Jiechi (楊潔篪)").
 * Capitalised runs are cut after their last organisation word ("… Commission Director Yang Jiechi"),
 * so organisations and places are not reported as people. Later surname-only references
 * ("Ms. Hua", "Sullivan said") resolve to the full name found earlier.
 */
import { isNameGap, type Token } from '../tokens';
import { CALENDAR_WORDS, HONORIFICS, ORG_WORDS, PERSON_TITLES, STOP_CAPS } from './lexicon';

/** A person found by pattern: display name as first written in full. */
export interface UnknownPersonMention {
  start: number;
  end: number;
  name: string;
}

/** The result of `findUnknownPeople`. */
export interface UnknownPeople {
  mentions: UnknownPersonMention[];
  people: UnknownPersonMention[];
}

const TITLE_WORDS = new Set(PERSON_TITLES.flatMap((t) => t.split(' ')).filter((w) => w !== 'of'));
const TITLE_HEADS = new Set(PERSON_TITLES.filter((t) => !t.includes(' ')));
const SPEECH_AFTER = /^,?\s+(?:said|says|told|added|wrote|noted|stated|warned|argued|insisted|replied|explained)\b/;
const SPEECH_BEFORE = /(?:\b(?:said|says|according to|told)\s+)$/;
const APPOSITION = new RegExp(`^,\\s+(?:a|an|the|${[...TITLE_HEADS].join('|')})\\b`, 'i');
/** Role words too generic to make a lone capitalised word a person ("official Xinhua"). */
const GENERIC_ROLES = new Set(['official', 'diplomat', 'leader', 'counterpart', 'lawmaker', 'journalist', 'columnist', 'analyst', 'actress', 'actor', 'professor', 'director', 'chairman', 'speaker', 'justice', 'judge', 'general', 'representative']);
const CJK_PAREN = /^\s*[(（][\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Whether two name tokens belong to one name: a dot may only follow an initial ("Kofi R. Mensah"). */
function joinable(text: string, a: Token, b: Token): boolean {
  if (!isNameGap(text, a.end, b.start)) return false;
  return a.text.length === 1 || !text.slice(a.end, b.start).includes('.');
}

/** Lower-case particles inside names. */
const PARTICLES = new Set(['bin', 'bint', 'ibn', 'al', 'el', 'de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'du', 'la', 'le', 'dos', 'das']);

function isNameToken(t: Token): boolean {
  const w = t.text;
  if (!/^\p{Lu}/u.test(w)) return false;
  if (w.length > 1 && w === w.toUpperCase()) return false; // acronyms: NATO, TSMC
  if (/\d/.test(w)) return false;
  const lower = w.toLowerCase();
  return !STOP_CAPS.has(lower) && !CALENDAR_WORDS.has(lower);
}

/** Finds unknown people; `covered[i]` marks tokens already recognised as known actors or countries. */
export function findUnknownPeople(text: string, tokens: Token[], covered: Uint8Array): UnknownPeople {
  const mentions: UnknownPersonMention[] = [];
  const people: UnknownPersonMention[] = [];
  const byShort = new Map<string, string>();
  const taken = new Uint8Array(tokens.length);

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (covered[i] || !isNameToken(t)) continue;
    // a run of capitalised tokens joined by name gaps
    const runStart = i;
    let j = i;
    for (;;) {
      const nx = tokens[j + 1];
      if (nx && !covered[j + 1] && isNameToken(nx) && joinable(text, tokens[j] as Token, nx)) j++;
      // lower-case name particles between capitalised words: "Faisal bin Farhan", "Ursula von der Leyen"
      else if (nx && PARTICLES.has(nx.text) && text.slice((tokens[j] as Token).end, nx.start) === ' ') {
        let k = j + 1;
        while (tokens[k + 1] && PARTICLES.has((tokens[k + 1] as Token).text)) k++;
        const after = tokens[k + 1];
        if (after && !covered[k + 1] && isNameToken(after) && text.slice((tokens[k] as Token).end, after.start) === ' ') j = k + 1;
        else break;
      } else break;
    }
    const runEnd = j;
    i = runEnd;
    // cut after the last organisation or title word
    let first = runStart;
    let title: string | null = null;
    for (let k = runStart; k <= runEnd; k++) {
      const lw = (tokens[k] as Token).text.toLowerCase();
      if (ORG_WORDS.has(lw)) {
        first = k + 1;
        title = null;
      } else if (TITLE_WORDS.has(lw)) {
        first = k + 1;
        title = lw;
      }
    }
    if (first > runEnd) continue;
    const prev = tokens[first - 1];
    if (first === runStart && prev) {
      // a title just before the run: "spokesman Zhao Lijian", "Mr. Hua"
      const gap = text.slice(prev.end, (tokens[first] as Token).start);
      const lw = prev.text.toLowerCase();
      if (/^\.?\s+$/.test(gap) && (TITLE_WORDS.has(lw) || HONORIFICS.has(lw))) title = lw;
      // a role then the name in apposition: "a ministry spokesman, Wang Wenbin,"
      else if (/^,\s+$/.test(gap) && TITLE_HEADS.has(lw)) title = lw;
    }
    const nameTokens = tokens.slice(first, runEnd + 1);
    const words = nameTokens.filter((x) => x.text.length > 1);
    if (words.length === 0 || nameTokens.length > 4) continue;
    const start = (nameTokens[0] as Token).start;
    const end = (nameTokens[nameTokens.length - 1] as Token).end;
    const after = text.slice(end, end + 60);
    const before = text.slice(Math.max(0, start - 20), start);
    const isFull = words.length >= 2;
    const hasInitial = nameTokens.length >= 3 && nameTokens.slice(1, -1).some((x) => x.text.length === 1);
    const strongTitle = title !== null && (HONORIFICS.has(title) || TITLE_HEADS.has(title)) && !GENERIC_ROLES.has(title);
    const evidence =
      hasInitial ||
      strongTitle ||
      (isFull && title !== null) ||
      (isFull && (APPOSITION.test(after) || SPEECH_AFTER.test(after) || SPEECH_BEFORE.test(before) || CJK_PAREN.test(after)));
    const shortKey = words.length === 1 ? (words[0] as Token).text : null;
    const known = shortKey ? byShort.get(shortKey) : undefined;
    if (known) {
      mentions.push({ start, end, name: known });
      for (let k = first; k <= runEnd; k++) taken[k] = 1;
      continue;
    }
    const name0 = text.slice(start, end).replace(/\s+/g, ' ');
    if (!evidence && !people.some((p) => p.name === name0)) continue;
    const name = text.slice(start, end).replace(/\s+/g, ' ');
    mentions.push({ start, end, name });
    for (let k = first; k <= runEnd; k++) taken[k] = 1;
    if (!people.some((p) => p.name === name)) {
      people.push({ start, end, name });
      const ws = words.map((x) => x.text);
      const last = ws[ws.length - 1];
      if (last && ws.length >= 2 && !byShort.has(last)) byShort.set(last, name);
      // family-name-first names ("Yoon Suk Yeol" → "Mr. Yoon") and given-name-first ones alike
      if (ws[0] && ws.length >= 2 && !byShort.has(ws[0])) byShort.set(ws[0], name);
    }
  }

  // second pass: bare surnames of people found above ("Sullivan said")
  if (byShort.size > 0) {
    const firstSeen = new Map<string, number>();
    for (const p of people) firstSeen.set(p.name, p.start);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (covered[i] || taken[i]) continue;
      const full = byShort.get(t.text);
      if (!full || (firstSeen.get(full) ?? Infinity) > t.start) continue;
      const nextTok = tokens[i + 1];
      if (nextTok && isNameToken(nextTok) && isNameGap(text, t.end, nextTok.start)) continue;
      mentions.push({ start: t.start, end: t.end, name: full });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, people };
}
