/** Non-fatal notices (ignored link parameters…), announced politely and dismissible. */
import { useDateline } from '../../store/react';

export function Notices() {
  const notices = useDateline((s) => s.notices);
  const dismiss = useDateline((s) => s.dismissNotice);
  return (
    <div role="status" aria-label="Notices" className="notices" aria-live="polite">
      {notices.length > 0 && (
        <ul>
          {notices.map((n, i) => (
            <li key={`${i}-${n}`}>
              <span>{n}</span>{' '}
              <button type="button" className="link-button" onClick={() => dismiss(i)} aria-label={`Dismiss notice: ${n}`}>
                Dismiss
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
