import type { DragEvent, ReactNode } from 'react';

const swallow = (e: DragEvent) => {
  e.preventDefault();
  e.stopPropagation();
};

/**
 * The dimmed page behind a workspace dialog. File drags and drops stop here, so a file dropped
 * while a dialog is open never reaches the page-wide "open dataset" drop handler.
 */
export function Backdrop({ children }: { children: ReactNode }) {
  return (
    <div className="ws-backdrop" onDragOver={swallow} onDrop={swallow}>
      {children}
    </div>
  );
}
