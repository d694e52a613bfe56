import { useMemo, useState } from 'react';
import { useDateline, useDatelineStore } from '../../store/react';
import { removeSource } from '../../lib/workspace/workspaceOps';
import { EMPTY_WORKSPACE } from '../../lib/workspace/types';
import { ConfirmBox } from './ConfirmBox';
import { hiddenEventIds, unhideEvent } from '../../lib/workspace/hideEvent';

/**
 * The user's reports, each deletable (asks first, undoable), the events they hid (each can be
 * shown again), and "Reset to the built-in dataset" (asks first).
 */
export function MyReports({ onMessage }: { onMessage: (m: string) => void }) {
  const store = useDatelineStore();
  const sources = useDateline((s) => s.workspace.sources);
  const events = useDateline((s) => s.workspace.events);
  const hasWork = useDateline((s) => s.workspace.sources.length + s.workspace.events.length + s.workspace.actors.length + Object.keys(s.workspace.edits).length > 0);
  const [confirm, setConfirm] = useState<string | 'reset' | null>(null);
  const openReader = useDateline((s) => s.openReader);
  const edits = useDateline((s) => s.workspace.edits);
  const base = useDateline((s) => s.baseDataset);
  const hidden = useMemo(() => {
    const ids = hiddenEventIds({ sources: [], events: [], actors: [], edits });
    if (ids.length === 0) return [];
    // Titles only for the hidden ids (no map of every event at load).
    const wanted = new Set(ids);
    const titles = new Map<string, string>();
    for (const list of [base?.events ?? [], events]) for (const e of list) if (wanted.has(e.id)) titles.set(e.id, e.title);
    return ids.map((id) => ({ id, title: edits[id]?.patch.title ?? titles.get(id) ?? id }));
  }, [edits, base, events]);
  return (
    <details className="ws-reports">
      <summary>
        My reports ({sources.length}){hidden.length > 0 ? ` · ${hidden.length} hidden` : ''}
      </summary>
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
      {hidden.length > 0 && (
        <>
          <h3 className="ws-subhead">Hidden events ({hidden.length})</h3>
          <ul aria-label="Hidden events">
            {hidden.map((h) => (
              <li key={h.id}>
                <span>{h.title}</span>
                <button
                  type="button"
                  aria-label={`Show again “${h.title}”`}
                  onClick={() => {
                    store.getState().updateWorkspace((ws) => unhideEvent(ws, h.id));
                    onMessage(`Showing “${h.title}” again.`);
                  }}
                >
                  Show again
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
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
