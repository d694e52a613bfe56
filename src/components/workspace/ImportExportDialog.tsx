import { useId, useState } from 'react';
import { ImportError } from '../../lib/io/ImportError';
import { importWarnings, mergeWorkspaces, previewImport } from '../../lib/io/importPreview';
import { addReport } from '../../lib/workspace/workspaceOps';
import { useDateline, useDatelineStore, useFilteredEvents } from '../../store/react';
import { exportEvents, exportWorkspaceFile, type EventExportFormat } from './exportActions';
import { readImportFile, type PendingImport } from './readImportFile';
import { useDialogFocus } from './useDialogFocus';
import { Backdrop } from './Backdrop';

const FORMATS: { format: EventExportFormat; label: string }[] = [
  { format: 'csv', label: 'Events as CSV' },
  { format: 'timelinejs', label: 'Events as TimelineJS JSON' },
  { format: 'plover', label: 'Events as PLOVER JSON' },
  { format: 'svg', label: 'View as SVG' },
  { format: 'png', label: 'View as PNG' },
];

function PreviewList({ p }: { p: ReturnType<typeof previewImport> }) {
  const rows = (['sources', 'events', 'actors', 'edits'] as const).map((k) => `${k}: ${p[k].added.length} new, ${p[k].changed.length} changed`);
  return (
    <ul>
      {rows.map((r) => (
        <li key={r}>{r}</li>
      ))}
    </ul>
  );
}

/** Export the workspace or the filtered events; import a workspace (preview, merge or replace) or a TimelineJS file. */
export function ImportExportDialog({ onClose, onDone }: { onClose: () => void; onDone: (message: string) => void }) {
  const store = useDatelineStore();
  const events = useFilteredEvents();
  const workspace = useDateline((s) => s.workspace);
  const base = useDateline((s) => s.baseDataset);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const dialogRef = useDialogFocus<HTMLDivElement>(onClose);

  const pick = async (file: File | undefined) => {
    setError(null);
    setPending(null);
    if (!file) return;
    try {
      setPending(await readImportFile(file));
    } catch (e) {
      setError(e instanceof ImportError ? e.message : `${file.name}: ${String((e as Error).message ?? e)}`);
    }
  };

  const doExport = (format: EventExportFormat) => {
    const s = store.getState();
    if (!s.dataset) return;
    exportEvents(format, events, s.dataset, s.filters, s.viewport, s.laneMode).catch((e: unknown) => setError(`The export failed: ${String((e as Error).message ?? e)}`));
  };

  const apply = (mode: 'merge' | 'replace') => {
    if (!pending) return;
    if (pending.kind === 'workspace') {
      store.getState().updateWorkspace((ws) => (mode === 'merge' ? mergeWorkspaces(ws, pending.workspace) : pending.workspace), mode === 'replace' ? 'Replaced the workspace' : 'Merged an import');
      onDone(`${mode === 'merge' ? 'Merged' : 'Replaced the workspace with'} ${pending.file}.`);
    } else {
      const { sources, events: evs } = pending.imported;
      store.getState().updateWorkspace((ws) => sources.reduce((acc, src, i) => addReport(acc, src, evs[i] ? [evs[i]!] : []), ws), `Imported ${pending.file}`);
      onDone(`Imported ${evs.length} events from ${pending.file}.`);
    }
    onClose();
  };

  return (
    <Backdrop>
      <div ref={dialogRef} role="dialog" aria-modal="true" aria-labelledby={titleId} className="ws-dialog ws-narrow">
        <header className="ws-dialog-head">
          <h2 id={titleId}>Import and export</h2>
          <button type="button" onClick={onClose}>
            Close
          </button>
        </header>
        <section aria-label="Export">
          <h3>Export</h3>
          <div className="ws-actions ws-wrap">
            <button type="button" onClick={() => exportWorkspaceFile(store.getState().workspace)}>
              Export workspace
            </button>
          </div>
          <p className="ws-muted">The {events.length} events that pass the current filters:</p>
          <div className="ws-actions ws-wrap">
            {FORMATS.map((f) => (
              <button key={f.format} type="button" onClick={() => doExport(f.format)}>
                {f.label}
              </button>
            ))}
          </div>
        </section>
        <section aria-label="Import">
          <h3>Import</h3>
          <label className="ws-file">
            Import file (Dateline workspace .json, TimelineJS .json or .csv)
            <input type="file" accept=".json,.csv,application/json,text/csv" onChange={(e) => void pick(e.target.files?.[0])} />
          </label>
          {error && (
            <p className="ws-error" role="alert">
              {error} Nothing was changed.
            </p>
          )}
          {pending?.kind === 'workspace' && (
            <div className="ws-preview" role="region" aria-label="Import preview">
              <p>{pending.file} would bring:</p>
              <PreviewList p={previewImport(workspace, pending.workspace)} />
              {importWarnings(pending.workspace, base).map((w) => (
                <p key={w} className="ws-error">
                  {w}
                </p>
              ))}
              <div className="ws-actions">
                <button type="button" className="ws-primary" onClick={() => apply('merge')}>
                  Merge into my workspace
                </button>
                <button type="button" onClick={() => apply('replace')}>
                  Replace my workspace
                </button>
              </div>
            </div>
          )}
          {pending?.kind === 'events' && (
            <div className="ws-preview" role="region" aria-label="Import preview">
              <p>
                {pending.file}: {pending.imported.events.length} events to add, each with its own source.
              </p>
              {pending.imported.skipped.length > 0 && (
                <>
                  <p>Not imported:</p>
                  <ul>
                    {pending.imported.skipped.map((s) => (
                      <li key={s}>{s}</li>
                    ))}
                  </ul>
                </>
              )}
              <div className="ws-actions">
                <button type="button" className="ws-primary" onClick={() => apply('merge')}>
                  Import events
                </button>
              </div>
            </div>
          )}
        </section>
      </div>
    </Backdrop>
  );
}
