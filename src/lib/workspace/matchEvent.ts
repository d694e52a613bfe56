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

/**
 * Scores how likely `candidate` describes the same happening as `event`:
 * 0 when dates do not overlap, no actor is shared or the types are incompatible; otherwise
 * the share of actors in common (Jaccard), plus 0.5 for an identical type.
 */
export function matchScore(event: TimelineEvent, candidate: TimelineEvent): number {
  if (!datesOverlap(event, candidate)) return 0;
  if (!compatibleTypes(event.type, candidate.type)) return 0;
  const a = new Set(event.actors);
  const shared = candidate.actors.filter((x) => a.has(x)).length;
  if (shared === 0) return 0;
  const union = new Set([...event.actors, ...candidate.actors]).size;
  return shared / union + (event.type === candidate.type ? 0.5 : 0);
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
