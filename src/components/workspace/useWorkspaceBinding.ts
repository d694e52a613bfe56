import { useEffect } from 'react';
import { useDatelineStore } from '../../store/react';
import { bindWorkspace } from '../../store/workspaceSlice';
import { createWorkspaceStorage, type WorkspaceStorage } from '../../storage/workspaceDb';

/** Connects the store to IndexedDB storage for as long as the component is mounted. */
export function useWorkspaceBinding(makeStorage: () => WorkspaceStorage | null = () => createWorkspaceStorage()): void {
  const store = useDatelineStore();
  useEffect(() => {
    const storage = makeStorage();
    const unbind = bindWorkspace(store, storage);
    return () => {
      unbind();
      storage?.close();
    };
    // The storage factory is read once per store.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);
}
