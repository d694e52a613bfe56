/**
 * Actor and country recognition over a whole text.
 *
 * Rules:
 * - Gazetteer names and aliases always match; a person's surname (or, for two-word names, either word,
 *   which covers family-name-first names such as "Xi Jinping") matches after a first full mention, or
 *   when a title precedes it ("Mr. Xi"), or a first name with the same three opening letters ("Anthony Blinken").
 * - Country names, adjectives and capitals/metonyms (Beijing, the Kremlin, the White House) give ISO codes.
 *   If the gazetteer holds a state actor for that code, names and metonyms also name that actor, and so do
 *   adjectives followed by a group noun ("Chinese officials") or plural demonyms ("the Russians").
 * - "the <role>" ("the ambassador") resolves to the one person with that role mentioned earlier in the
 *   discourse (or the most recent such person if mentioned within the last ~400 characters).
 * - Unknown people are found by pattern (see `findUnknownPeople`).
 */
import type { Actor } from '../../lib/model/types';
import { PhraseMatcher } from '../phraseMatcher';
import { tokenize, type Token } from '../tokens';
import { countryForms, countryMatcher, type CountryFormKind } from './countryTable';
import { CALENDAR_WORDS, GROUP_NOUNS, HONORIFICS, ORG_WORDS, PERSON_TITLES, ROLE_NOUNS, STOP_CAPS } from './lexicon';
import { findUnknownPeople, type UnknownPersonMention } from './findUnknownPeople';
import { findUnknownOrganizations } from './findUnknownOrganizations';

/** How an actor mention was recognised. */
export type ActorVia = 'gazetteer' | 'surname' | 'role' | 'country' | 'pattern';

/** One recognised actor or country reference in the text. */
export interface ActorMention {
  start: number;
  end: number;
  /** Display name: the gazetteer name, or the name as written for unknown people. */
  name: string;
  actorId: string | null;
  country: string | null;
  kind: 'person' | 'organization' | 'state' | 'country';
  via: ActorVia;
  /** For a person outside the gazetteer: the stable id `person:<slug>` (see `personId`); `actorId` stays null. */
  personId?: string;
}

/** Everything actor recognition found in one text. */
export interface ActorRecognition {
  mentions: ActorMention[];
  /** Unknown people (first full mention each), with their stable id, country and role where written. */
  newPeople: { name: string; start: number; end: number; id: string; country: string | null; role: string | null }[];
  /** Unknown organisations (first mention each). */
  newOrganizations: { name: string; start: number; end: number }[];
}

interface GazForm {
  actor: Actor;
  derived: boolean;
}

interface Gazetteer {
  forms: PhraseMatcher<GazForm>;
  stateByCountry: Map<string, Actor>;
  persons: Actor[];
}

const gazCache = new WeakMap<readonly Actor[], Gazetteer>();

function buildGazetteer(actors: readonly Actor[]): Gazetteer {
  const cached = gazCache.get(actors);
  if (cached) return cached;
  const forms = new PhraseMatcher<GazForm>();
  const stateByCountry = new Map<string, Actor>();
  const explicit = new Set<string>();
  for (const a of actors) {
    for (const f of [a.name, ...(a.aliases ?? [])]) {
      if (!f || !f.trim()) continue;
      // descriptive aliases of people ("the ambassador", "Chinese ambassador", "China's top diplomat"), which
      // share no word with the name, need the person earlier in the discourse
      const nameWords = new Set(tokenize(a.name).map((t) => t.text.toLowerCase()));
      const descriptive = a.kind === 'person' && (/^the\s/i.test(f.trim()) || !tokenize(f).some((t) => nameWords.has(t.text.toLowerCase())));
      forms.add(f, { actor: a, derived: descriptive });
      if (!descriptive) explicit.add(f);
    }
    if (a.kind === 'state' && a.country && !stateByCountry.has(a.country)) stateByCountry.set(a.country, a);
  }
  // derived short forms for people, dropped when two people share one
  const short = new Map<string, Actor | null>();
  for (const a of actors) {
    if (a.kind !== 'person') continue;
    const words = tokenize(a.name).map((t) => t.text).filter((w) => w.length > 1);
    const cands = new Set<string>();
    const last = words[words.length - 1];
    if (last && words.length >= 2) cands.add(last);
    if (words.length === 2 && words[0]) cands.add(words[0]);
    for (const c of cands) {
      if (explicit.has(c)) continue;
      short.set(c, short.has(c) && short.get(c) !== a ? null : a);
    }
  }
  for (const [form, actor] of short) if (actor) forms.add(form, { actor, derived: true });
  const g = { forms, stateByCountry, persons: actors.filter((a) => a.kind === 'person') };
  gazCache.set(actors, g);
  return g;
}

const countries = countryMatcher;

/** One space, or a line break inside hard-wrapped text. */
const SOFT_SPACE = /^(?: |[ \t]*\n[ \t]*)$/;

/** Whether token `i` is followed (after one space) by a capitalised name word that is not a known form. */
function continuesName(text: string, tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  const cur = tokens[i];
  if (!next || !cur || !SOFT_SPACE.test(text.slice(cur.end, next.start))) return false;
  if (!/^\p{Lu}\p{Ll}/u.test(next.text)) return false;
  const lower = next.text.toLowerCase();
  if (ORG_WORDS.has(lower) || STOP_CAPS.has(lower) || CALENDAR_WORDS.has(lower)) return false;
  return countries().matchAt(text, tokens, i + 1) === null;
}

/** Whether token `i` is preceded (after one space, mid-sentence) by an unknown capitalised word. */
function extendsName(text: string, tokens: Token[], i: number, covered: Uint8Array, actor: Actor): boolean {
  const prev = tokens[i - 1];
  const cur = tokens[i];
  if (!prev || !cur || covered[i - 1] || !SOFT_SPACE.test(text.slice(prev.end, cur.start))) return false;
  if (!/^\p{Lu}\p{Ll}/u.test(prev.text)) return false;
  const lower = prev.text.toLowerCase();
  if (STOP_CAPS.has(lower) || CALENDAR_WORDS.has(lower) || HONORIFICS.has(lower) || TITLE_SET.has(lower) || ORG_WORDS.has(lower)) return false;
  if (/(?:^|[.!?"“”:]\s*)$/.test(text.slice(Math.max(0, prev.start - 3), prev.start))) return false; // sentence start
  if (countries().matchAt(text, tokens, i - 1) !== null) return false;
  const first = tokenize(actor.name)[0]?.text ?? '';
  return !(prev.text.length >= 3 && prev.text.slice(0, 3) === first.slice(0, 3));
}

/** Organisations and countries named inside tokens `[from, to]` of a longer actor match. */
function innerQualifiers(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
  outer: Actor,
  gaz: Gazetteer,
  cm: PhraseMatcher<{ code: string; kind: CountryFormKind }>,
): ActorMention[] {
  const out: ActorMention[] = [];
  for (let k = from; k <= to; k++) {
    const g = gaz.forms.matchAt(text, tokens, k, (v) => v.actor.kind !== 'person' && v.actor.id !== outer.id && !v.derived, to);
    if (g && g.last > to) continue;
    if (g) {
      const a = g.value.actor;
      out.push({ start: g.start, end: g.end, name: a.name, actorId: a.id, country: a.country, kind: a.kind, via: 'gazetteer' });
      if (a.country && a.kind !== 'state') {
        const state = gaz.stateByCountry.get(a.country);
        if (state && state.id !== outer.id) out.push({ start: g.start, end: g.end, name: state.name, actorId: state.id, country: state.country, kind: 'state', via: 'country' });
      }
      k = g.last;
      continue;
    }
    const c = cm.matchAt(text, tokens, k, undefined, to);
    if (c && c.last <= to) {
      const state = gaz.stateByCountry.get(c.value.code) ?? null;
      out.push({ start: c.start, end: c.end, name: state ? state.name : text.slice(c.start, c.end), actorId: state && state.id !== outer.id ? state.id : null, country: c.value.code, kind: state ? 'state' : 'country', via: 'country' });
      k = c.last;
    }
  }
  return out;
}

/** Words naming a government body, whose state is implied. */
const GOVERNMENT = /\b(?:Embassy|Ministry|Department|White House|Kremlin|Pentagon|Council|Agency|Government|Office|Commission|Cabinet|Army|Navy|Air Force|Military|Parliament|Congress|Senate|Foreign Affairs|State Council|Intelligence)\b/i;

const TITLE_SET = new Set(PERSON_TITLES.filter((t) => !t.includes(' ')));

/** Whether the token before `i` is a title or honorific ("Mr.", "President"). */
function titleBefore(text: string, tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return false;
  const gap = text.slice(prev.end, tokens[i]?.start ?? prev.end);
  if (!/^\.?\s+$/.test(gap)) return false;
  const w = prev.text.toLowerCase();
  return HONORIFICS.has(w) || TITLE_SET.has(w);
}

const ROLE_RE = new RegExp(
  `\\b[Tt]he\\s+(?:([A-Z][a-z]+)\\s+)?(${ROLE_NOUNS.map((r) => r.replace(/ /g, '\\s+')).join('|')})\\b`,
  'g',
);

/** Recognises actors and countries in `text` using the gazetteer `actors`. */
export function recognizeActors(text: string, actors: readonly Actor[], tokens: Token[] = tokenize(text)): ActorRecognition {
  const gaz = buildGazetteer(actors);
  const cm = countries();
  const mentions: ActorMention[] = [];
  const seenFull = new Set<string>();
  const covered = new Uint8Array(tokens.length);

  for (let i = 0; i < tokens.length; i++) {
    const g = gaz.forms.matchAt(text, tokens, i);
    const c = cm.matchAt(text, tokens, i);
    let gazOk = false;
    let start = g?.start ?? 0;
    if (g) {
      const a = g.value.actor;
      if (!g.value.derived || seenFull.has(a.id) || titleBefore(text, tokens, i)) gazOk = true;
      else {
        const prev = tokens[i - 1];
        const first = tokenize(a.name)[0]?.text ?? '';
        if (prev && /^\p{Lu}/u.test(prev.text) && prev.text.length >= 3 && first.length >= 3 && prev.text.slice(0, 3) === first.slice(0, 3) && /^\s+$/.test(text.slice(prev.end, tokens[i]?.start))) {
          gazOk = true;
          start = prev.start;
        }
      }
    }
    // a one-word person match followed by another name word is someone else ("Wang" in "Wang Wenbin"), and
    // a match after a capitalised word belongs to a longer name ("Iran's Supreme National Security Council")
    if (g && gazOk && g.first === g.last && g.value.actor.kind === 'person' && continuesName(text, tokens, g.last)) gazOk = false;
    if (g && gazOk && start === g.start && extendsName(text, tokens, i, covered, g.value.actor)) gazOk = false;
    // "the Biden administration", "the Kishida government": the state, not the person
    if (g && g.value.actor.kind === 'person' && g.value.actor.country) {
      const next = tokens[g.last + 1];
      const state = gaz.stateByCountry.get(g.value.actor.country);
      if (next && /^(?:administration|government|cabinet|team|aides|camp)$/i.test(next.text) && /^\s+$/.test(text.slice(g.end, next.start))) {
        if (state) mentions.push({ start: g.start, end: next.end, name: state.name, actorId: state.id, country: state.country, kind: 'state', via: 'country' });
        else mentions.push({ start: g.start, end: next.end, name: text.slice(g.start, g.end), actorId: null, country: g.value.actor.country, kind: 'country', via: 'country' });
        for (let k = g.first; k <= g.last + 1; k++) covered[k] = 1;
        i = g.last + 1;
        continue;
      }
    }
    if (g && gazOk && (!c || g.last >= c.last)) {
      const a = g.value.actor;
      if (!g.value.derived) seenFull.add(a.id);
      mentions.push({ start, end: g.end, name: a.name, actorId: a.id, country: a.country, kind: a.kind, via: g.value.derived ? 'surname' : 'gazetteer' });
      // a government body ("the Chinese Embassy", "White House officials") also names its state
      const state = a.kind === 'organization' && a.country ? gaz.stateByCountry.get(a.country) : undefined;
      if (state && GOVERNMENT.test(`${a.name} ${text.slice(g.start, g.end)}`)) {
        mentions.push({ start, end: g.end, name: state.name, actorId: state.id, country: state.country, kind: 'state', via: 'country' });
      }
      for (let k = g.first; k <= g.last; k++) covered[k] = 1;
      if (start < g.start) covered[i - 1] = 1;
      // qualifiers inside a long alias name their state or body too ("Chinese ambassador", "White House Press Secretary …")
      if (g.last > g.first) mentions.push(...innerQualifiers(text, tokens, g.first + (a.kind === 'person' ? 0 : 1), g.last, a, gaz, cm));
      i = g.last;
      continue;
    }
    if (c) {
      const { code, kind } = c.value;
      const state = gaz.stateByCountry.get(code) ?? null;
      let asActor = kind !== 'adjective';
      if (kind === 'adjective') {
        const next = tokens[c.last + 1];
        const plural = /s$/.test(tokens[c.last]?.text ?? '') || /^the\s+$/i.test(text.slice(Math.max(0, c.start - 4), c.start));
        // "Chinese officials", "American intelligence officials": a group noun within three lower-case words
        let followed = false;
        for (let k = c.last + 1; k <= c.last + 3 && k < tokens.length; k++) {
          const tk = tokens[k] as Token;
          if (!/^\s+$/.test(text.slice((tokens[k - 1] as Token).end, tk.start))) break;
          if (GROUP_NOUNS.has(tk.text.toLowerCase())) {
            followed = true;
            break;
          }
          if (!/^\p{Ll}/u.test(tk.text)) break;
        }
        asActor = followed || (plural && !(next && /^\s+\p{Ll}/u.test(text.slice(tokens[c.last]!.end, next.end)) && !GROUP_NOUNS.has(next.text.toLowerCase())));
      }
      mentions.push({
        start: c.start,
        end: c.end,
        name: asActor && state ? state.name : text.slice(c.start, c.end),
        actorId: asActor && state ? state.id : null,
        country: code,
        kind: asActor && state ? 'state' : 'country',
        via: 'country',
      });
      for (let k = c.first; k <= c.last; k++) covered[k] = 1;
      i = c.last;
    }
  }

  // role references: "the ambassador"
  ROLE_RE.lastIndex = 0;
  const lastSeen = new Map<string, number>();
  const scanned = mentions.slice();
  let cursor = 0;
  for (let m = ROLE_RE.exec(text); m; m = ROLE_RE.exec(text)) {
    const adjective = m[1];
    const role = (m[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const pos = m.index;
    const adjCode = adjective ? countryForms().find((f) => f.form === adjective && f.kind === 'adjective')?.code ?? null : null;
    if (adjective && !adjCode) continue;
    for (; cursor < scanned.length && (scanned[cursor]?.start ?? 0) < pos; cursor++) {
      const am = scanned[cursor];
      if (am?.actorId && am.kind === 'person') lastSeen.set(am.actorId, am.start);
    }
    const cands = gaz.persons.filter(
      (p) => lastSeen.has(p.id) && (p.role ?? '').toLowerCase().includes(role) && (!adjCode || p.country === adjCode),
    );
    let pick: Actor | null = null;
    if (cands.length === 1) pick = cands[0] ?? null;
    else if (cands.length > 1) {
      cands.sort((a, b) => (lastSeen.get(b.id) ?? 0) - (lastSeen.get(a.id) ?? 0));
      const best = cands[0];
      if (best && pos - (lastSeen.get(best.id) ?? 0) < 400) pick = best;
    }
    if (pick) {
      const end = m.index + m[0].length;
      mentions.push({ start: m.index, end, name: pick.name, actorId: pick.id, country: pick.country, kind: 'person', via: 'role' });
    }
  }

  const unknown = findUnknownPeople(text, tokens, covered);
  // a bare "Secretary of State" is the American title ("Secretary of State for …" is British) in a report naming the US
  const namesUs = mentions.some((m) => m.country === 'US');
  for (const p of unknown.people) if (!p.country && namesUs && /^(?:deputy |under )?secretary of state$/.test(p.role ?? '')) p.country = 'US';
  const byId = new Map(unknown.people.map((p) => [p.id, p] as const));
  for (const u of unknown.mentions) {
    const p = byId.get(u.id);
    mentions.push({ start: u.start, end: u.end, name: u.name, actorId: null, country: p?.country ?? u.country, kind: 'person', via: 'pattern', personId: u.id });
  }
  mentions.push(...unknownRoleReferences(text, unknown.people, unknown.mentions));
  const taken = covered.slice();
  for (let k = 0, u = 0; k < tokens.length && u < unknown.mentions.length; k++) {
    const tk = tokens[k] as Token;
    while (u < unknown.mentions.length && (unknown.mentions[u] as { end: number }).end <= tk.start) u++;
    const um = unknown.mentions[u];
    if (um && um.start <= tk.start && tk.end <= um.end) taken[k] = 1;
  }
  const newOrganizations = findUnknownOrganizations(text, tokens, taken);
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);

  // "the two leaders": the two people named most recently (within ~600 characters); "leaders" and
  // "presidents" only count national leaders
  const pairs: ActorMention[] = [];
  PAIR_RE.lastIndex = 0;
  let p = 0;
  const recent: ActorMention[] = [];
  for (let m = PAIR_RE.exec(text); m; m = PAIR_RE.exec(text)) {
    for (; p < mentions.length && (mentions[p] as ActorMention).start < m.index; p++) {
      const am = mentions[p] as ActorMention;
      if (am.kind !== 'person') continue;
      const at = recent.findIndex((x) => x.name === am.name);
      if (at >= 0) recent.splice(at, 1);
      recent.push(am);
    }
    const leadersOnly = /leaders|presidents|heads of state/i.test(m[0]);
    const pool = leadersOnly ? recent.filter((x) => isLeader(text, x, actors)) : recent;
    const two = pool.slice(-2);
    if (two.length === 2 && two.every((x) => m!.index - x.start < 600)) {
      for (const x of two) pairs.push({ ...x, start: m.index, end: m.index + m[0].length, via: 'role' });
    }
  }
  mentions.push(...pairs);
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { mentions, newPeople: unknown.people, newOrganizations };
}

const LEADER = /\b(?:president|prime minister|premier|chancellor|king|queen|emperor|leader|head of state|supreme leader)\b/i;

/** Whether a person is a national leader: by gazetteer role, or by the title written before their first mention. */
function isLeader(text: string, person: ActorMention, actors: readonly Actor[]): boolean {
  const known = person.actorId ? actors.find((a) => a.id === person.actorId) : undefined;
  if (known?.role) return LEADER.test(known.role);
  const first = text.indexOf(person.name);
  return first >= 0 && LEADER.test(text.slice(Math.max(0, first - 30), first));
}

/** Plural references to the last two people named: "the two leaders", "both men". */
const PAIR_RE = /\b(?:[Tt]he two (?:leaders|men|women|presidents|ministers|heads of state)|[Bb]oth (?:leaders|men|presidents))\b/g;

/** "The secretary", "the foreign minister", "The President": a role noun, either case, after "the". */
const ROLE_REF = new RegExp(`\\b[Tt]he\\s+(${ROLE_NOUNS.map((r) => r.replace(/ /g, '\\s+').replace(/^(.)/, (c) => `[${c.toUpperCase()}${c}]`)).join('|')})\\b`, 'g');

/**
 * "the <role>" for people outside the gazetteer: the one person whose written role has that head noun, mentioned
 * earlier; when several are, the most recent one if mentioned within the last ~400 characters.
 */
function unknownRoleReferences(text: string, people: readonly UnknownPersonMention[], mentions: readonly UnknownPersonMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  if (people.length === 0) return out;
  const byId = new Map(people.map((p) => [p.id, p] as const));
  ROLE_REF.lastIndex = 0;
  for (let m = ROLE_REF.exec(text); m; m = ROLE_REF.exec(text)) {
    const role = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const pos = m.index;
    const last = new Map<string, number>();
    for (const x of mentions) if (x.start < pos) last.set(x.id, x.start);
    const cands = [...last.keys()].filter((id) => new RegExp(`(?:^|\\s)${role}(?:\\s|$)`).test(byId.get(id)?.role ?? ''));
    let pick: string | undefined;
    if (cands.length === 1) pick = cands[0];
    else if (cands.length > 1) {
      cands.sort((a, b) => (last.get(b) ?? 0) - (last.get(a) ?? 0));
      if (pos - (last.get(cands[0] as string) ?? 0) < 400) pick = cands[0];
    }
    const p = pick ? byId.get(pick) : undefined;
    if (p) out.push({ start: m.index, end: m.index + m[0].length, name: p.name, actorId: null, country: p.country, kind: 'person', via: 'role', personId: p.id });
  }
  return out;
}
