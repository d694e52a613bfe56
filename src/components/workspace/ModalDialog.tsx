import { useEffect, useRef } from 'react';
import type { DragEvent, ReactNode, SyntheticEvent } from 'react';

const swallow = (e: DragEvent) => {
  e.preventDefault();
  e.stopPropagation();
};

/**
 * A modal workspace dialog on the native `<dialog>` element, opened with `showModal()`: the browser
 * makes the rest of the page inert, keeps Tab inside and draws the `::backdrop`. On open, focus goes
 * to the first field (else the first button); on close it returns to where it was. Escape calls
 * `onEscape`; without it (e.g. while work is running) Escape does nothing. File drags and drops stop
 * here (the backdrop belongs to the dialog), so a file dropped while a dialog is open never reaches
 * the page-wide "open dataset" drop handler.
 */
export function ModalDialog({ labelledBy, className, onEscape, children }: { labelledBy: string; className: string; onEscape?: (() => void) | undefined; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const before = document.activeElement as HTMLElement | null;
    if (!dialog.open) dialog.showModal();
    const target = dialog.querySelector<HTMLElement>('textarea, input, select') ?? dialog.querySelector<HTMLElement>('button');
    target?.focus();
    return () => {
      if (dialog.open) dialog.close();
      before?.focus?.();
    };
  }, []);
  // The native Escape handling closes the element by itself; the owner decides instead (it unmounts us).
  const cancel = (e: SyntheticEvent) => {
    e.preventDefault();
    onEscape?.();
  };
  return (
    <dialog ref={ref} aria-labelledby={labelledBy} className={className} onCancel={cancel} onDragOver={swallow} onDrop={swallow}>
      {children}
    </dialog>
  );
}
