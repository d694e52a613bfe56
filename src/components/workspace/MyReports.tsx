import { useState } from 'react';
import { useDateline, useDatelineStore } from '../../store/react';
import { removeSource } from '../../lib/workspace/workspaceOps';
import { EMPTY_WORKSPACE } from '../../lib/workspace/types';
import { ConfirmBox } from './ConfirmBox';

/** The user's reports, each deletable (asks first, undoable), and "Reset to the built-in dataset" (asks first). */
export function MyReports({ onMessage }: { onMessage: (m: string) => void }) {
  const store = useDatelineStore();
  const sources = useDateline((s) => s.workspace.sources);
  const events = useDateline((s) => s.workspace.events);
  const hasWork = useDateline((s) => s.workspace.sources.length + s.workspace.events.length + s.workspace.actors.length + Object.keys(s.workspace.edits).length > 0);
  const [confirm, setConfirm] = useState<string | 'reset' | null>(null);
  const openReader = useDateline((s) => s.openReader);
  return (
    <details className="ws-reports">
      <summary>My reports ({sources.length})</summary>
      <div className="ws-reports-panel">
      {sources.length === 0 && <p className="ws-muted">No reports added yet.</p>}
      <ul>
        {sources.map((s) => {
          const n = events.filter((e) => e.citations.some((c) => c.source === s.id)).length;
          return (
            <li key={s.id}>
              <span>
                <strong>{s.title}</strong> — {s.outlet}, {s.published} · {n} event{n === 1 ? '' : 's'}
              </span>
              <button type="button" onClick={() => openReader({ source: s.id, start: 0, end: 0 })} aria-label={`Read “${s.title}”`}>
                Read
              </button>
              <button type="button" onClick={() => setConfirm(s.id)} aria-label={`Delete “${s.title}”`}>
                Delete
              </button>
              {confirm === s.id && (
                <ConfirmBox
                  message={`Delete “${s.title}” and its ${n} event${n === 1 ? '' : 's'}? You can undo this until you close the page.`}
                  confirmLabel="Delete report"
                  onCancel={() => setConfirm(null)}
                  onConfirm={() => {
                    setConfirm(null);
                    store.getState().updateWorkspace((ws) => removeSource(ws, s.id), `Deleted “${s.title}”`);
                    onMessage(`Deleted “${s.title}”.`);
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={() => setConfirm('reset')} disabled={!hasWork}>
        Reset to the built-in dataset
      </button>
      {confirm === 'reset' && (
        <ConfirmBox
          message="Remove all your reports, events, actors and edits and show only the built-in dataset? You can undo this until you close the page."
          confirmLabel="Reset"
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            setConfirm(null);
            store.getState().updateWorkspace(() => EMPTY_WORKSPACE, 'Reset to the built-in dataset');
            onMessage('Reset to the built-in dataset.');
          }}
        />
      )}
      </div>
    </details>
  );
}
