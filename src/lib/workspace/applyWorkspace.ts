import type { Actor, Dataset, Source, TimelineEvent } from '../model/types';
import type { Workspace } from './types';
import { applyEdit } from './applyEdit';
import { computeCorroboration } from './corroboration';
import { findMatchingEvent } from './matchEvent';

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
  const merged: TimelineEvent = { ...target, citations, dateClaims };
  const mergedFrom = [...((target as { mergedFrom?: string[] }).mergedFrom ?? []), user.id];
  return Object.assign(merged, { mergedFrom });
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

  const events: TimelineEvent[] = base.events.map((e) => ({ ...e }));
  const index = new Map(events.map((e, i) => [e.id, i]));
  const touched = new Set<string>();
  for (const raw of ws.events) {
    // Citations to deleted/unknown sources are not shown; an event left with none is not shown either.
    const citations = raw.citations.filter((c) => sourcesById.has(c.source));
    if (citations.length === 0 && raw.citations.length > 0) continue;
    const user: TimelineEvent = { ...raw, citations, origin: 'user' };
    if (index.has(user.id)) continue;
    const match = findMatchingEvent(user, events);
    if (match) {
      const i = index.get(match.id)!;
      events[i] = mergeInto(match, user);
      touched.add(match.id);
    } else {
      index.set(user.id, events.length);
      events.push(user);
      touched.add(user.id);
    }
  }

  const out = events.map((e) => {
    const edit = ws.edits[e.id];
    let ev = edit ? applyEdit(e, edit.patch) : e;
    if (edit?.patch.actors || ev.origin === 'user') {
      ev = { ...ev, countries: countriesOf(ev.actors, actorsById, edit?.patch.actors ? [] : ev.countries) };
    }
    return touched.has(ev.id) ? { ...ev, corroboration: computeCorroboration(ev, sourcesById) } : ev;
  });
  return { ...base, sources, actors, events: out };
}
