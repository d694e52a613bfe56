/**
 * Accessible name of an event mark: its title and its date as precisely as known,
 * e.g. "Biden–Xi video summit, 15 Nov 2021".
 */
import { formatEventDate } from '../../lib/format/formatEventDate';
import type { TimelineEvent } from '../../lib/model/types';

export function eventLabel(ev: TimelineEvent): string {
  return `${ev.title}, ${formatEventDate(ev)}`;
}
