import { useState } from 'react';
import type { Actor } from '../../lib/model/types';

/** Names the extractor did not know, each with a button to add it to the actor list (gazetteer). */
export function UnknownActors({ names, onAdd }: { names: readonly { name: string; kind: Actor['kind'] }[]; onAdd: (name: string, kind: Actor['kind']) => void }) {
  const [kinds, setKinds] = useState<Record<string, Actor['kind']>>({});
  if (names.length === 0) return null;
  return (
    <section className="ws-unknown" aria-label="Unknown actors">
      <h3>Actors not in the list</h3>
      <ul>
        {names.map(({ name, kind }) => (
          <li key={name}>
            <span>{name}</span>
            <select aria-label={`Kind of ${name}`} value={kinds[name] ?? kind} onChange={(e) => setKinds({ ...kinds, [name]: e.target.value as Actor['kind'] })}>
              <option value="person">person</option>
              <option value="organization">organization</option>
              <option value="state">state</option>
            </select>
            <button type="button" onClick={() => onAdd(name, kinds[name] ?? kind)}>
              Add “{name}” to actors
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
