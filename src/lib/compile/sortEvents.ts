import type { TimelineEvent } from '../model/types';

/** Sorts events by start, then end, then id (a total order, so output is deterministic). Returns a new array. */
export function sortEvents<E extends Pick<TimelineEvent, 'id' | 'start' | 'end'>>(events: readonly E[]): E[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...events].sort((a, b) => cmp(a.start, b.start) || cmp(a.end, b.end) || cmp(a.id, b.id));
}
