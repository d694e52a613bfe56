import type { Actor, Dataset, Source, TimelineEvent } from '../model/types';
import type { Workspace } from './types';
import { applyEdit } from './applyEdit';
import { computeCorroboration } from '../model/corroboration';
import { findMatchingEvent, matchScore } from './matchEvent';

function countriesOf(actorIds: readonly string[], actorsById: ReadonlyMap<string, Actor>, extra: readonly string[]): string[] {
  const set = new Set(extra);
  for (const id of actorIds) {
    const c = actorsById.get(id)?.country;
    if (c) set.add(c);
  }
  return [...set].sort();
}

function mergeInto(target: TimelineEvent, user: TimelineEvent): TimelineEvent {
  const seen = new Set(target.citations.map((c) => `${c.source}:${c.start}:${c.end}`));
  const citations = [...target.citations];
  for (const c of user.citations) {
    const key = `${c.source}:${c.start}:${c.end}`;
    if (!seen.has(key)) {
      seen.add(key);
      citations.push({ ...c, origin: 'user' });
    }
  }
  const dateClaims = [...target.dateClaims, ...user.dateClaims];
  return { ...target, citations, dateClaims, mergedFrom: [...(target.mergedFrom ?? []), user.id] };
}

/** Per base dataset, built once: event id → position, and actor → positions of its events. */
interface BaseIndex {
  pos: Map<string, number>;
  byActor: Map<string, number[]>;
}
const baseIndexes = new WeakMap<Dataset, BaseIndex>();

function baseIndex(base: Dataset): BaseIndex {
  let bi = baseIndexes.get(base);
  if (bi) return bi;
  const pos = new Map<string, number>();
  const byActor = new Map<string, number[]>();
  base.events.forEach((e, i) => {
    pos.set(e.id, i);
    for (const a of e.actors) {
      const list = byActor.get(a);
      if (list) list.push(i);
      else byActor.set(a, [i]);
    }
  });
  bi = { pos, byActor };
  baseIndexes.set(base, bi);
  return bi;
}

/** Per stored user event (workspace records keep their identity): the position of its best base match, or -1. */
const baseMatches = new WeakMap<TimelineEvent, { base: Dataset; pos: number }>();

function baseMatchOf(raw: TimelineEvent, base: Dataset, bi: BaseIndex): number {
  const hit = baseMatches.get(raw);
  if (hit && hit.base === base) return hit.pos;
  // A match shares an actor, so only events with one of its actors are candidates.
  const seen = new Set<number>();
  for (const a of raw.actors) for (const i of bi.byActor.get(a) ?? []) seen.add(i);
  const match = findMatchingEvent(raw, [...seen].map((i) => base.events[i]!));
  const pos = match ? bi.pos.get(match.id)! : -1;
  baseMatches.set(raw, { base, pos });
  return pos;
}

/**
 * Produces the effective dataset: built-in sources, actors and events, plus the user's sources,
 * actors and events, with each user event that matches an existing one (same happening) merged
 * into it as an extra citation (its corroboration recomputed), then the user's edits applied.
 * Pure: neither input is modified.
 */
export function applyWorkspace(base: Dataset, ws: Workspace): Dataset {
  const baseSourceIds = new Set(base.sources.map((s) => s.id));
  const userSources: Source[] = ws.sources.filter((s) => !baseSourceIds.has(s.id)).map((s) => ({ ...s, origin: 'user' }));
  const sources = [...base.sources, ...userSources];
  const baseActorIds = new Set(base.actors.map((a) => a.id));
  const actors = [...base.actors, ...ws.actors.filter((a) => !baseActorIds.has(a.id))];
  const sourcesById = new Map(sources.map((s) => [s.id, s]));
  const actorsById = new Map(actors.map((a) => [a.id, a]));

  // Unchanged events are shared with the base (never mutated); merged and edited ones are new objects.
  const events: TimelineEvent[] = base.events.slice();
  const touched = new Set<string>();
  const bi = ws.events.length > 0 ? baseIndex(base) : null;
  /** User events added as new events so far (later user events may match them), and their positions. */
  const added: TimelineEvent[] = [];
  const addedPos = new Map<string, number>();
  for (const raw of ws.events) {
    // Citations to deleted/unknown sources are not shown; an event left with none is not shown either.
    const citations = raw.citations.filter((c) => sourcesById.has(c.source));
    if (citations.length === 0 && raw.citations.length > 0) continue;
    const user: TimelineEvent = { ...raw, citations, origin: 'user' };
    if (bi!.pos.has(user.id) || addedPos.has(user.id)) continue;
    const basePos = baseMatchOf(raw, base, bi!);
    const baseCand = basePos >= 0 ? base.events[basePos]! : null;
    const userCand = findMatchingEvent(user, added);
    const baseScore = baseCand ? matchScore(user, baseCand) : 0;
    const userScore = userCand ? matchScore(user, userCand) : 0;
    const pos = baseScore > 0 && baseScore >= userScore ? basePos : userScore > 0 ? addedPos.get(userCand!.id)! : -1;
    if (pos >= 0) {
      events[pos] = mergeInto(events[pos]!, user);
      touched.add(events[pos]!.id);
    } else {
      addedPos.set(user.id, events.length);
      added.push(user);
      events.push(user);
      touched.add(user.id);
    }
  }

  const out: TimelineEvent[] = [];
  for (const e of events) {
    const edit = ws.edits[e.id];
    if (edit?.patch.hidden) continue; // hidden by the user: listed in My reports, restorable
    let ev = edit ? applyEdit(e, edit.patch) : e;
    if (edit?.patch.actors || ev.origin === 'user') {
      ev = { ...ev, countries: countriesOf(ev.actors, actorsById, edit?.patch.actors ? [] : ev.countries) };
    }
    out.push(touched.has(ev.id) ? { ...ev, corroboration: computeCorroboration(ev.citations, sourcesById) } : ev);
  }
  return { ...base, sources, actors, events: out };
}
