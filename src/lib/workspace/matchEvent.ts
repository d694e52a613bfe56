import type { EventType, TimelineEvent } from '../model/types';

/** Types that describe the same kind of happening for matching purposes. */
const TYPE_FAMILIES: readonly (readonly EventType[])[] = [
  ['STATEMENT', 'ACCUSE', 'REJECT'],
  ['THREATEN', 'SANCTION', 'COERCE'],
  ['COOPERATE', 'AID', 'SUPPORT', 'AGREE'],
  ['REQUEST', 'DEMAND'],
  ['MOBILIZE', 'ASSAULT'],
];

/** True when two event types can describe the same happening. */
export function compatibleTypes(a: EventType, b: EventType): boolean {
  if (a === b) return true;
  return TYPE_FAMILIES.some((f) => f.includes(a) && f.includes(b));
}

/** True when the closed day ranges `[start, end]` of two events overlap. */
export function datesOverlap(a: Pick<TimelineEvent, 'start' | 'end'>, b: Pick<TimelineEvent, 'start' | 'end'>): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Below this share of actors in common (Jaccard), two events are not taken to be the same happening. */
export const MIN_ACTOR_OVERLAP = 0.4;

/**
 * Scores how likely `candidate` describes the same happening as `event`: 0 when the dates do not
 * overlap, the types are incompatible, or the actors overlap too little (Jaccard below
 * `MIN_ACTOR_OVERLAP`, e.g. Blinken–Lavrov vs Blinken–Wang Yi); otherwise the Jaccard share plus
 * 0.5 for an identical type.
 */
export function matchScore(event: TimelineEvent, candidate: TimelineEvent): number {
  if (!datesOverlap(event, candidate)) return 0;
  if (!compatibleTypes(event.type, candidate.type)) return 0;
  // Actor lists are short: count without allocating (this runs for many candidates).
  let shared = 0;
  for (const x of candidate.actors) if (event.actors.includes(x)) shared++;
  if (shared === 0) return 0;
  const jaccard = shared / (event.actors.length + candidate.actors.length - shared);
  if (jaccard < MIN_ACTOR_OVERLAP) return 0;
  return jaccard + (event.type === candidate.type ? 0.5 : 0);
}

/** The existing event that best matches `event` (same happening), or null. */
export function findMatchingEvent(event: TimelineEvent, existing: readonly TimelineEvent[]): TimelineEvent | null {
  let best: TimelineEvent | null = null;
  let bestScore = 0;
  for (const cand of existing) {
    if (cand.id === event.id) continue;
    const s = matchScore(event, cand);
    if (s > bestScore) {
      best = cand;
      bestScore = s;
    }
  }
  return best;
}
