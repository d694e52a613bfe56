/**
 * Finds people who are not in the gazetteer, by pattern:
 * - a title or role before the name ("Mr. Hua", "Secretary of State Mike Pompeo", "North Korean official Kim
 *   Yong-chol", "spy chief Suh Hoon", "a spokesman, Wang Wenbin,");
 * - a middle initial ("Richard M. Nixon");
 * - an apposition after the name ("Hua Chunying, a Foreign Ministry spokeswoman", "Kim Jong-un, the North Korean leader");
 * - a speech verb next to the name ("said Evan Medeiros", "Jen Psaki said");
 * - the name written in Chinese, Japanese or Korean script in parentheses ("Yang Jiechi (楊潔篪)").
 * Hyphenated given names stay whole ("Moon Jae-in", "Kim Jong-un"); spellings that differ only in hyphens, spaces
 * or case are one person ("Kim Jong Un" = "Kim Jong-Un"), with the stable id `person:<slug>` (see `personId`).
 * The country comes from the role ("North Korean official" → KP) at any full or surname mention.
 * Capitalised runs are cut after their last organisation word ("… Commission Director Yang Jiechi"),
 * so organisations and places are not reported as people. Later references by one part of the name
 * ("Ms. Hua", "Sullivan said", "Mr. Moon") resolve to the full name found earlier, unless two people share
 * that part ("Kim" after "Kim Yong-chol" and "Kim Jong Un"): then it names no one.
 */
import { isNameGap, type Token } from '../tokens';
import { CALENDAR_WORDS, HONORIFICS, ORG_WORDS, PERSON_TITLES, STOP_CAPS } from './lexicon';
import { personId, personKey } from './personIdentity';
import { roleCueAfter, roleCueBefore } from './roleCue';

/** A person found by pattern: display name as first written in full. */
export interface UnknownPersonMention {
  start: number;
  end: number;
  name: string;
  /** Stable id `person:<slug>`. */
  id: string;
  /** ISO 3166-1 alpha-2 code taken from a role or adjective at any mention of the person, or null. */
  country: string | null;
  /** The role written next to the person's first cued mention ("secretary of state"), or null. */
  role: string | null;
}

/** The result of `findUnknownPeople`. */
export interface UnknownPeople {
  mentions: UnknownPersonMention[];
  /** Each person once, at their first full mention. */
  people: UnknownPersonMention[];
}

const TITLE_WORDS = new Set(PERSON_TITLES.flatMap((t) => t.split(' ')).filter((w) => w !== 'of'));
const TITLE_HEADS = new Set(PERSON_TITLES.filter((t) => !t.includes(' ')));
const SPEECH_AFTER = /^,?\s+(?:said|says|told|added|wrote|noted|stated|warned|argued|insisted|replied|explained)\b/;
const SPEECH_BEFORE = /(?:\b(?:said|says|according to|told)\s+)$/;
const APPOSITION = new RegExp(`^,\\s+(?:a|an|the|${[...TITLE_HEADS].join('|')})\\b`, 'i');
/** Role words too generic to make a lone capitalised word a person ("official Xinhua"). */
const GENERIC_ROLES = new Set(['official', 'diplomat', 'leader', 'counterpart', 'lawmaker', 'journalist', 'columnist', 'analyst', 'actress', 'actor', 'professor', 'director', 'chairman', 'speaker', 'justice', 'judge', 'general', 'representative', 'chief', 'head', 'aide', 'negotiator', 'envoy', 'commander']);
const CJK_PAREN = /^\s*[(（][\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Whether two name tokens belong to one name: a dot may only follow an initial ("Kofi R. Mensah"). */
function joinable(text: string, a: Token, b: Token): boolean {
  if (!isNameGap(text, a.end, b.start)) return false;
  return a.text.length === 1 || !text.slice(a.end, b.start).includes('.');
}

/** A lower-case syllable hyphenated to a name part: "Jong-un", "Jae-in", "Yong-chol". */
function hyphenTail(text: string, a: Token, b: Token | undefined): boolean {
  return !!b && text.slice(a.end, b.start) === '-' && /^\p{Ll}{1,5}$/u.test(b.text);
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

interface Person {
  name: string;
  id: string;
  country: string | null;
  role: string | null;
  start: number;
  end: number;
}

/** Finds unknown people; `covered[i]` marks tokens already recognised as known actors or countries. */
export function findUnknownPeople(text: string, tokens: Token[], covered: Uint8Array): UnknownPeople {
  const found: { start: number; end: number; key: string }[] = [];
  const persons = new Map<string, Person>();
  /** One part of a name → the person's key, or null when two people share it. */
  const byShort = new Map<string, string | null>();
  const taken = new Uint8Array(tokens.length);
  const learn = (p: Person, cue: { country: string | null; role: string } | null) => {
    if (!cue) return;
    if (!p.country && cue.country) p.country = cue.country;
    if (!p.role && cue.role) p.role = cue.role;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (covered[i] || !isNameToken(t)) continue;
    // a run of capitalised tokens joined by name gaps
    const runStart = i;
    let j = i;
    for (;;) {
      const cur = tokens[j] as Token;
      const nx = tokens[j + 1];
      if (hyphenTail(text, cur, nx)) j++;
      else if (nx && !covered[j + 1] && isNameToken(nx) && joinable(text, cur, nx)) j++;
      // lower-case name particles between capitalised words: "Faisal bin Farhan", "Ursula von der Leyen"
      else if (nx && PARTICLES.has(nx.text) && text.slice(cur.end, nx.start) === ' ') {
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
    const cue = roleCueBefore(text, tokens, first);
    if (cue) title = cue.role.split(' ').pop() ?? title;
    const prev = tokens[first - 1];
    if (first === runStart && prev && !cue) {
      // an honorific just before the run: "Mr. Hua"
      const gap = text.slice(prev.end, (tokens[first] as Token).start);
      const lw = prev.text.toLowerCase();
      if (/^\.?\s+$/.test(gap) && (TITLE_WORDS.has(lw) || HONORIFICS.has(lw))) title = lw;
      // a role then the name in apposition: "a ministry spokesman, Wang Wenbin,"
      else if (/^,\s+$/.test(gap) && TITLE_HEADS.has(lw)) title = lw;
    }
    const nameTokens = tokens.slice(first, runEnd + 1);
    const start = (nameTokens[0] as Token).start;
    const end = (nameTokens[nameTokens.length - 1] as Token).end;
    const name = text.slice(start, end).replace(/\s+/g, ' ');
    // name parts: hyphenated syllables belong to the part before them ("Jong-un")
    const parts = name.split(' ').filter((w) => w.replace(/\W/g, '').length > 1);
    if (parts.length === 0 || parts.length > 4) continue;
    const after = text.slice(end, end + 60);
    const before = text.slice(Math.max(0, start - 20), start);
    const isFull = parts.length >= 2;
    const hasInitial = nameTokens.length >= 3 && nameTokens.slice(1, -1).some((x) => x.text.length === 1 && /^\p{Lu}$/u.test(x.text));
    const strongTitle = title !== null && (HONORIFICS.has(title) || TITLE_HEADS.has(title)) && !GENERIC_ROLES.has(title);
    const cueAfter = roleCueAfter(text, end);
    const evidence =
      hasInitial ||
      strongTitle ||
      (isFull && title !== null) ||
      (isFull && (cueAfter !== null || APPOSITION.test(after) || SPEECH_AFTER.test(after) || SPEECH_BEFORE.test(before) || CJK_PAREN.test(after)));
    const key = personKey(name);
    const short = !isFull ? byShort.get(parts[0] as string) : undefined;
    if (!isFull && byShort.has(parts[0] as string)) {
      // one part of a name found earlier: that person, or no one when the part is shared ("Mr. Kim")
      if (short) {
        found.push({ start, end, key: short });
        learn(persons.get(short) as Person, cue);
        learn(persons.get(short) as Person, cueAfter);
      }
      for (let k = first; k <= runEnd; k++) taken[k] = 1;
      continue;
    }
    if (!evidence && !persons.has(key)) continue;
    let person = persons.get(key);
    if (!person) {
      person = { name, id: personId(name), country: null, role: null, start, end };
      persons.set(key, person);
      // given-name-first and family-name-first names alike: "Sullivan said", "Mr. Moon", "Yoon, the first …"
      const shortKeys = new Set([parts[parts.length - 1] as string, parts[0] as string].filter((w) => !w.includes('-') || w === parts[0]));
      if (!isFull) shortKeys.clear();
      for (const w of shortKeys) byShort.set(w, byShort.has(w) && byShort.get(w) !== key ? null : key);
    }
    learn(person, cue);
    learn(person, cueAfter);
    found.push({ start, end, key });
    for (let k = first; k <= runEnd; k++) taken[k] = 1;
  }

  // second pass: bare name parts of people found above ("Sullivan said"), after their first full mention
  if (byShort.size > 0) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (covered[i] || taken[i]) continue;
      const key = byShort.get(t.text);
      if (!key || (persons.get(key)?.start ?? Infinity) > t.start) continue;
      const nextTok = tokens[i + 1];
      if (nextTok && (isNameToken(nextTok) || hyphenTail(text, t, nextTok)) && isNameGap(text, t.end, nextTok.start)) continue;
      // part of a longer capitalised name ("Camp David"), not the person
      const prevTok = tokens[i - 1];
      if (prevTok && isNameToken(prevTok) && /^ $/.test(text.slice(prevTok.end, t.start)) && !HONORIFICS.has(prevTok.text.toLowerCase()) && !ROLE_OR_TITLE.has(prevTok.text.toLowerCase())) {
        if (!/[.!?"“:]\s*$/.test(text.slice(Math.max(0, prevTok.start - 3), prevTok.start)) && prevTok.start > 0) continue;
      }
      found.push({ start: t.start, end: t.end, key });
    }
  }
  found.sort((a, b) => a.start - b.start);
  const asMention = (x: { start: number; end: number }, p: Person): UnknownPersonMention => ({ start: x.start, end: x.end, name: p.name, id: p.id, country: p.country, role: p.role });
  const mentions = found.map((f) => asMention(f, persons.get(f.key) as Person));
  const people = [...persons.values()].map((p) => asMention(p, p));
  return { mentions, people };
}

const ROLE_OR_TITLE = new Set([...TITLE_WORDS, 'leader', 'chief', 'envoy', 'negotiator', 'counterpart']);
