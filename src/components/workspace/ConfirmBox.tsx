import { useEffect, useId, useRef } from 'react';

/** An inline confirmation (role "alertdialog"): a question, a confirm button and a cancel button. */
export function ConfirmBox({ message, confirmLabel, onConfirm, onCancel }: { message: string; confirmLabel: string; onConfirm: () => void; onCancel: () => void }) {
  const id = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div role="alertdialog" aria-labelledby={id} className="ws-confirm">
      <p id={id}>{message}</p>
      <button type="button" className="ws-danger" onClick={onConfirm}>
        {confirmLabel}
      </button>
      <button type="button" ref={cancel} onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
