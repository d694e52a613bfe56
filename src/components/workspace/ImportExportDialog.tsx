import { useId, useState } from 'react';
import { ImportError } from '../../lib/io/ImportError';
import { importWarnings, mergeWorkspaces, previewImport } from '../../lib/io/importPreview';
import { applyEventImport, planEventImport } from '../../lib/io/importPlan';
import { useDateline, useDatelineStore, useFilteredEvents } from '../../store/react';
import { exportEvents, exportWorkspaceFile, type EventExportFormat } from './exportActions';
import { readImportFile, type PendingImport } from './readImportFile';
import { ModalDialog } from './ModalDialog';

const FORMATS: { format: EventExportFormat; label: string }[] = [
  { format: 'csv', label: 'Events as CSV' },
  { format: 'timelinejs', label: 'Events as TimelineJS JSON' },
  { format: 'plover', label: 'Events as PLOVER JSON' },
  { format: 'svg', label: 'View as SVG' },
  { format: 'png', label: 'View as PNG' },
];

function PreviewList({ p }: { p: ReturnType<typeof previewImport> }) {
  const rows = (['sources', 'events', 'actors', 'edits'] as const).map((k) => `${k}: ${p[k].added.length} new, ${p[k].changed.length} changed, ${p[k].unchanged.length} already there`);
  return (
    <ul>
      {rows.map((r) => (
        <li key={r}>{r}</li>
      ))}
    </ul>
  );
}

function EventPlanSummary({ file, plan }: { file: string; plan: ReturnType<typeof planEventImport> }) {
  return (
    <>
      <p>
        {file}: {plan.added.length} new events, {plan.changed.length} changed, {plan.unchanged.length} already there.
      </p>
      {plan.added.length + plan.changed.length === 0 && <p>Nothing to import: every event in the file is already on the timeline.</p>}
    </>
  );
}

/** Export the workspace or the filtered events; import a workspace (preview, merge or replace) or a TimelineJS file. */
export function ImportExportDialog({ onClose, onDone }: { onClose: () => void; onDone: (message: string) => void }) {
  const store = useDatelineStore();
  const events = useFilteredEvents();
  const workspace = useDateline((s) => s.workspace);
  const base = useDateline((s) => s.baseDataset);
  const shown = useDateline((s) => s.dataset);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();

  const pick = async (file: File | undefined) => {
    setError(null);
    setPending(null);
    if (!file) return;
    try {
      setPending(await readImportFile(file, { sources: shown?.sources ?? [], actors: shown?.actors ?? [] }));
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
      const plan = planEventImport(pending.imported, store.getState().dataset?.events ?? []);
      store.getState().updateWorkspace((ws) => applyEventImport(ws, pending.imported, plan, new Date().toISOString()), `Imported ${pending.file}`);
      onDone(`Imported ${pending.file}: ${plan.added.length} new events, ${plan.changed.length} updated, ${plan.unchanged.length} already there.`);
    }
    onClose();
  };

  return (
    <ModalDialog labelledBy={titleId} className="ws-dialog ws-narrow" onEscape={onClose}>
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
            <EventPlanSummary file={pending.file} plan={planEventImport(pending.imported, shown?.events ?? [])} />
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
    </ModalDialog>
  );
}
