import { useState } from 'react';
import { useDateline, useDatelineStore } from '../../store/react';
import type { WorkspaceStorage } from '../../storage/workspaceDb';
import { AddReportDialog } from './AddReportDialog';
import { ImportExportDialog } from './ImportExportDialog';
import { MyReports } from './MyReports';
import { StorageErrorBanner } from './StorageErrorBanner';
import { useWorkspaceBinding } from './useWorkspaceBinding';
import './workspace.css';

/**
 * The user's workspace controls: "Add report", "Import / export" (editing and hiding an event
 * are on the event card), the user's reports and hidden events (delete, undo, reset), storage errors and status messages.
 * Mount once in the app header; it also connects the store to IndexedDB.
 */
export function WorkspaceBar({ makeStorage }: { makeStorage?: () => WorkspaceStorage | null }) {
  useWorkspaceBinding(makeStorage);
  const store = useDatelineStore();
  const ready = useDateline((s) => s.dataset !== null);
  const undo = useDateline((s) => s.undo);
  const [open, setOpen] = useState<'add' | 'io' | null>(null);
  const [message, setMessage] = useState('');
  return (
    <div className="ws-bar">
      <StorageErrorBanner />
      <div className="ws-actions ws-wrap">
        <button type="button" className="ws-primary" onClick={() => setOpen('add')} disabled={!ready}>
          Add report
        </button>
        <button type="button" onClick={() => setOpen('io')} disabled={!ready}>
          Import / export
        </button>
        <MyReports onMessage={setMessage} />
      </div>
      <p role="status" className="ws-status">
        {message}
        {undo && message && (
          <>
            {' '}
            <button
              type="button"
              onClick={() => {
                store.getState().undoLast();
                setMessage(`Undone: ${undo.label}.`);
              }}
            >
              Undo
            </button>
          </>
        )}
      </p>
      {open === 'add' && <AddReportDialog onClose={() => setOpen(null)} onAdded={setMessage} />}
      {open === 'io' && <ImportExportDialog onClose={() => setOpen(null)} onDone={setMessage} />}
    </div>
  );
}
