/**
 * Loads a compiled dataset from a URL or a user file: read with progress, parse, validate.
 * Failures become a {@link LoadError} naming the file (and, from validation, record and field).
 */
import type { Dataset } from '../../lib/model/types';
import { DatasetError, validateDataset } from '../../lib/model/validate';
import { readBlobText, readResponseText, type ProgressCallback } from './readWithProgress';

/** Largest file the user may open. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** A loading failure, shaped for the error panel. */
export interface LoadError {
  title: string;
  message: string;
  file: string;
  record?: string;
  field?: string;
}

/** Thrown by the loaders; carries a {@link LoadError}. */
export class LoadFailure extends Error {
  readonly info: LoadError;
  constructor(info: LoadError) {
    super(info.message);
    this.name = 'LoadFailure';
    this.info = info;
  }
}

function measure(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // measuring is best-effort
  }
}

/** Parses and validates dataset text; `file` names the source in errors. Records `dateline:parse` and `dateline:validate` measures. */
export function parseDataset(text: string, file: string): Dataset {
  let json: unknown;
  const t0 = performance.now();
  try {
    json = JSON.parse(text);
    measure('dateline:parse', t0);
  } catch (e) {
    throw new LoadFailure({ title: 'The dataset is not valid JSON', message: `${file}: ${(e as Error).message}`, file });
  }
  const t1 = performance.now();
  try {
    const ds = validateDataset(json, file);
    measure('dateline:validate', t1);
    return ds;
  } catch (e) {
    if (e instanceof DatasetError)
      throw new LoadFailure({ title: 'The dataset is invalid', message: e.message, file: e.file, record: e.record, field: e.field });
    throw e;
  }
}

/** Fetches, parses and validates a dataset URL. `fetchImpl` is injectable for tests. */
export async function loadDatasetFromUrl(url: string, onProgress: ProgressCallback, fetchImpl: typeof fetch = fetch): Promise<Dataset> {
  let response: Response;
  const t0 = performance.now();
  try {
    response = await fetchImpl(url);
  } catch (e) {
    throw new LoadFailure({ title: 'The dataset could not be fetched', message: `${url}: ${(e as Error).message}`, file: url });
  }
  if (!response.ok)
    throw new LoadFailure({ title: 'The dataset could not be fetched', message: `${url}: HTTP ${response.status} ${response.statusText}`.trim(), file: url });
  const text = await readResponseText(response, onProgress);
  measure('dateline:fetch', t0);
  return parseDataset(text, url);
}

/** Reads, parses and validates a file the user picked or dropped (≤ 200 MB). */
export async function loadDatasetFromFile(file: File, onProgress: ProgressCallback): Promise<Dataset> {
  if (file.size > MAX_FILE_BYTES)
    throw new LoadFailure({
      title: 'The file is too large',
      message: `${file.name} is ${(file.size / 1024 / 1024).toFixed(0)} MB; the limit is 200 MB.`,
      file: file.name,
    });
  const text = await readBlobText(file, onProgress);
  return parseDataset(text, file.name);
}
