/**
 * The workspace slice: the built-in dataset as loaded (`baseDataset`), the user's workspace and
 * storage status. The store's `dataset` is always the effective one, `applyWorkspace(base, workspace)`.
 * `bindWorkspace` connects the slice to persistent storage and to the dataset loader.
 */
import type { Dataset } from '../lib/model/types';
import { applyWorkspace } from '../lib/workspace/applyWorkspace';
import { EMPTY_WORKSPACE, isEmptyWorkspace } from '../lib/workspace/types';
import type { Workspace } from '../lib/workspace/types';
import type { WorkspaceStorage } from '../storage/workspaceDb';
import { StorageError } from '../storage/StorageError';
import type { StoreApi } from 'zustand/vanilla';
import type { LoadStatus } from './loadStatus';

/** A storage problem shown to the user (role "alert"), with the export offered. */
export interface StorageIssue {
  kind: 'unavailable' | 'quota' | 'corrupt' | 'failed';
  message: string;
}

/** The last destructive change, undoable during the session. */
export interface UndoEntry {
  label: string;
  workspace: Workspace;
}

export interface WorkspaceSlice {
  /** The dataset as loaded, before the user's overlay. */
  baseDataset: Dataset | null;
  workspace: Workspace;
  /** Bumped on every user change that must be saved (not on loads from storage). */
  workspaceRevision: number;
  storageIssues: StorageIssue[];
  undo: UndoEntry | null;
  /** Replaces the workspace and recomputes the effective dataset. `persist: false` for loads from storage. */
  setWorkspace: (ws: Workspace, opts?: { persist?: boolean; undoLabel?: string }) => void;
  /** Applies an update to the workspace (saved). With `undoLabel`, the previous state can be restored by `undoLast` until the next change. */
  updateWorkspace: (fn: (ws: Workspace) => Workspace, undoLabel?: string) => void;
  undoLast: () => void;
  /** Takes a newly loaded dataset as the base and re-applies the workspace to it. */
  adoptBase: (base: Dataset) => void;
  reportStorageIssue: (issue: StorageIssue) => void;
  dismissStorageIssue: (index: number) => void;
}

/** What this slice reads and writes of the whole store state: itself, the effective dataset and the load status (no import of the store: no cycle). */
type Host = WorkspaceSlice & { dataset: Dataset | null; status: LoadStatus; progress: number | null };
type Set = (partial: Partial<Host> | ((s: Host) => Partial<Host>)) => void;
type Get = () => Host;

/** Datasets this slice has seen as base or produced as effective; any other dataset in the store is a newly loaded base. */
const known = new WeakSet<Dataset>();

function effective(base: Dataset | null, ws: Workspace): Partial<Host> {
  if (!base) return {};
  known.add(base);
  const dataset = isEmptyWorkspace(ws) ? base : applyWorkspace(base, ws);
  known.add(dataset);
  return { dataset };
}

/** Creates the workspace slice (registered in `createDatelineStore`). */
export function createWorkspaceSlice(set: Set, get: Get): WorkspaceSlice {
  return {
    baseDataset: null,
    workspace: EMPTY_WORKSPACE,
    workspaceRevision: 0,
    storageIssues: [],
    undo: null,
    setWorkspace: (ws, opts = {}) => {
      const s = get();
      const base = s.baseDataset ?? s.dataset;
      set({
        workspace: ws,
        baseDataset: base,
        ...effective(base, ws),
        ...(opts.persist === false ? {} : { workspaceRevision: s.workspaceRevision + 1 }),
        // Only the latest change can be undone: restoring an older snapshot would silently drop newer work.
        undo: opts.undoLabel ? { label: opts.undoLabel, workspace: s.workspace } : null,
      });
    },
    updateWorkspace: (fn, undoLabel) => {
      const s = get();
      s.setWorkspace(fn(s.workspace), undoLabel ? { undoLabel } : {});
    },
    undoLast: () => {
      const s = get();
      if (!s.undo) return;
      const prev = s.undo.workspace;
      set({ undo: null });
      get().setWorkspace(prev);
    },
    adoptBase: (base) => {
      const s = get();
      set({ baseDataset: base, ...effective(base, s.workspace) });
    },
    reportStorageIssue: (issue) =>
      set((s) => (s.storageIssues.some((i) => i.message === issue.message) ? {} : { storageIssues: [...s.storageIssues, issue] })),
    dismissStorageIssue: (index) => set((s) => ({ storageIssues: s.storageIssues.filter((_, i) => i !== index) })),
  };
}

function issueOf(e: unknown): StorageIssue {
  if (e instanceof StorageError) return { kind: e.kind, message: e.message };
  return { kind: 'failed', message: `Saving failed: ${String((e as Error)?.message ?? e)}. Your work is kept in this tab; export the workspace to keep a copy.` };
}

/**
 * Connects the store to storage: loads the saved workspace, saves every user change (serialized),
 * reloads when another tab saved, and re-applies the workspace whenever the loader sets a new
 * base dataset. Returns a function that disconnects.
 */
export function bindWorkspace(store: Pick<StoreApi<Host>, 'getState' | 'setState' | 'subscribe'>, storage: WorkspaceStorage | null): () => void {
  const st = () => store.getState();
  let saving = Promise.resolve();
  let disposed = false;

  // Until the saved workspace is loaded, a newly loaded dataset is held back (status stays
  // "loading"), so nothing — URL sync included — sees the built-in data without the user's work.
  let loaded = storage === null;
  let held: Dataset | null = null;
  const release = () => {
    loaded = true;
    if (!held) return;
    const base = held;
    held = null;
    st().adoptBase(base);
    store.setState({ status: 'ready', progress: null });
  };

  const unsub = store.subscribe((s, prev) => {
    // A dataset set by someone else (the loader) becomes the new base.
    if (s.dataset && s.dataset !== prev.dataset && !known.has(s.dataset)) {
      if (loaded) st().adoptBase(s.dataset);
      else {
        held = s.dataset;
        known.add(held);
        store.setState({ baseDataset: held, dataset: null, status: 'loading', progress: null });
      }
    }
    if (storage && s.workspaceRevision !== prev.workspaceRevision) {
      const ws = s.workspace;
      saving = saving.then(() => storage.save(ws)).catch((e: unknown) => st().reportStorageIssue(issueOf(e)));
    }
  });
  const initial = st().dataset;
  if (initial && !known.has(initial)) {
    if (loaded) st().adoptBase(initial);
    else {
      held = initial;
      known.add(held);
      store.setState({ baseDataset: held, dataset: null, status: 'loading', progress: null });
    }
  }

  const load = () =>
    storage!.load().then(
      ({ workspace, corrupt }) => {
        if (disposed) return;
        st().setWorkspace(workspace, { persist: false });
        release();
        corrupt.forEach((c) => st().reportStorageIssue(issueOf(c)));
      },
      (e: unknown) => {
        if (disposed) return;
        release();
        st().reportStorageIssue(issueOf(e));
      },
    );
  let offExternal = () => {};
  if (storage) {
    void load();
    offExternal = storage.onExternalChange(() => void load());
  }
  return () => {
    disposed = true;
    if (held) release();
    unsub();
    offExternal();
  };
}
