/** The `<option>`s of the date-precision and event-type selects, with human labels and the contract's values. */
import { EVENT_TYPES, PRECISIONS } from '../../lib/model/types';
import { precisionLabel } from '../../lib/format/precisionLabel';
import { typeLabel } from '../../lib/format/typeLabel';

/** "part of month" for `part-of-month`, … */
export function PrecisionOptions() {
  return PRECISIONS.map((p) => (
    <option key={p} value={p}>
      {precisionLabel(p)}
    </option>
  ));
}

/** "Consult" for `CONSULT`, … */
export function TypeOptions() {
  return EVENT_TYPES.map((t) => (
    <option key={t} value={t}>
      {typeLabel(t)}
    </option>
  ));
}
