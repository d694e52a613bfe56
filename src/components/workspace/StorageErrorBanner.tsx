import { useDateline, useDatelineStore } from '../../store/react';
import { exportWorkspaceFile } from './exportActions';

/** Storage problems (quota, private mode, damaged records), with the workspace export offered. */
export function StorageErrorBanner() {
  const issues = useDateline((s) => s.storageIssues);
  const store = useDatelineStore();
  if (issues.length === 0) return null;
  return (
    <div role="alert" className="ws-banner">
      <strong>Browser storage problem — your work stays in this tab; export it to keep a copy.</strong>
      <ul>
        {issues.map((i, n) => (
          <li key={n}>
            {i.message}{' '}
            <button type="button" onClick={() => store.getState().dismissStorageIssue(n)} aria-label={`Dismiss storage message ${n + 1}`}>
              Dismiss
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="ws-primary" onClick={() => exportWorkspaceFile(store.getState().workspace)}>
        Export workspace
      </button>
    </div>
  );
}
