/** Progress while a dataset is fetched, parsed and validated. */
import { useDateline } from '../../store/react';

export function LoadingPanel() {
  const progress = useDateline((s) => s.progress);
  const pct = progress === null ? null : Math.round(progress * 100);
  return (
    <div className="panel loading-panel">
      <p id="loading-label">Loading dataset…</p>
      <div
        role="progressbar"
        aria-labelledby="loading-label"
        aria-valuemin={0}
        aria-valuemax={100}
        {...(pct === null ? {} : { 'aria-valuenow': pct, 'aria-valuetext': `${pct}%` })}
        className={pct === null ? 'progress progress-indeterminate' : 'progress'}
      >
        <div className="progress-bar" style={{ width: pct === null ? '30%' : `${pct}%` }} />
      </div>
    </div>
  );
}
