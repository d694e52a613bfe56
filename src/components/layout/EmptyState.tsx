/** Shown instead of a blank chart when the filters match nothing. */
import { useDateline } from '../../store/react';

export function EmptyState({ datasetEmpty }: { datasetEmpty: boolean }) {
  const clear = useDateline((s) => s.clearFilters);
  return (
    <div className="panel empty-state">
      {datasetEmpty ? (
        <p>This dataset has no events.</p>
      ) : (
        <>
          <p>
            <strong>No events match these filters.</strong>
          </p>
          <p>Remove a filter above, or clear them all to see every event.</p>
          <button type="button" onClick={clear}>
            Show all events
          </button>
        </>
      )}
    </div>
  );
}
