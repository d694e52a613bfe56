/** A dataset that could not be loaded: says which file, record and field, and why. */
import type { AppError } from '../../store/store';

export function ErrorPanel({ error }: { error: AppError }) {
  return (
    <div role="alert" className="panel error-panel">
      <h2>{error.title}</h2>
      <p>{error.message}</p>
      {(error.file || error.record || error.field) && (
        <dl className="error-where">
          {error.file && (
            <>
              <dt>File</dt>
              <dd>{error.file}</dd>
            </>
          )}
          {error.record && (
            <>
              <dt>Record</dt>
              <dd>{error.record}</dd>
            </>
          )}
          {error.field && (
            <>
              <dt>Field</dt>
              <dd>{error.field}</dd>
            </>
          )}
        </dl>
      )}
      <p>
        You can open another dataset file with “Open dataset”, or <a href="./">load the built-in dataset</a>.
      </p>
    </div>
  );
}
