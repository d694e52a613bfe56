import { useId } from 'react';
import type { Actor, ActorId } from '../../lib/model/types';

/** Chips for the chosen actors (each removable) and a select to add one from the gazetteer. */
export function ActorPicker({ value, actors, onChange, label }: { value: ActorId[]; actors: readonly Actor[]; onChange: (ids: ActorId[]) => void; label: string }) {
  const id = useId();
  const byId = new Map(actors.map((a) => [a.id, a]));
  return (
    <fieldset className="ws-actors">
      <legend>{label}</legend>
      <ul className="ws-chips">
        {value.map((a) => (
          <li key={a} className="ws-chip">
            {byId.get(a)?.name ?? a}
            <button type="button" aria-label={`Remove ${byId.get(a)?.name ?? a}`} onClick={() => onChange(value.filter((x) => x !== a))}>
              ×
            </button>
          </li>
        ))}
        {value.length === 0 && <li className="ws-muted">none</li>}
      </ul>
      <label htmlFor={id} className="ws-sr">
        Add an actor
      </label>
      <select
        id={id}
        value=""
        onChange={(e) => {
          if (e.target.value && !value.includes(e.target.value)) onChange([...value, e.target.value]);
        }}
      >
        <option value="">Add an actor…</option>
        {[...actors]
          .filter((a) => !value.includes(a.id))
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
      </select>
    </fieldset>
  );
}
