/** "24 Feb 2022" for an epoch-ms time (UTC calendar day), via date-fns. */
import { format } from 'date-fns';
import { utcAsLocal } from '../../lib/model/calendar';

export function formatDay(ms: number): string {
  return format(utcAsLocal(ms), 'd MMM yyyy');
}
