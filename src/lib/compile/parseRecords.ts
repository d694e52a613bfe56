import type * as z from 'zod/mini';
import { errorLine } from './errorLine';
import { recordLabel } from './labels';
import { parseJson } from './parseJson';
import { zodIssuesToProblems } from './zodIssues';

/** A record that passed its schema, with the label used in error lines. */
export interface ParsedRecord<T> {
  value: T;
  label: string;
  index: number;
}

/** The valid records of one file, and every id it declares (valid records or not). */
export interface ParsedFile<T> {
  records: ParsedRecord<T>[];
  /** Ids declared in the file, including records that failed validation (so references to them are not reported twice). */
  ids: Set<string>;
  /** False when the file is not a JSON array at all, so references into it cannot be checked. */
  readable: boolean;
}

/**
 * Parses one input file (a JSON array of records), validates each record against `schema`
 * and rejects duplicate ids. Every problem is appended to `errors` as one line; records with
 * problems are left out of the result (their errors already fail the build).
 */
export function parseRecords<S extends z.ZodMiniType<{ id: string }>>(
  file: string,
  kind: string,
  json: string,
  schema: S,
  errors: string[],
): ParsedFile<z.output<S>> {
  const ids = new Set<string>();
  const parsed = parseJson(json);
  if (!parsed.ok) {
    const { line, column, message } = parsed.error;
    errors.push(errorLine(file, null, null, `malformed JSON at line ${line}, column ${column}: ${message}`));
    return { records: [], ids, readable: false };
  }
  if (!Array.isArray(parsed.value)) {
    errors.push(errorLine(file, null, null, `expected a JSON array of ${kind}s`));
    return { records: [], ids, readable: false };
  }
  const out: ParsedRecord<z.output<S>>[] = [];
  const firstIndex = new Map<string, number>();
  parsed.value.forEach((raw: unknown, index) => {
    const label = recordLabel(kind, raw, index);
    const rawId = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
    let duplicate = false;
    if (typeof rawId === 'string') {
      const seen = firstIndex.get(rawId);
      if (seen !== undefined) {
        errors.push(errorLine(file, label, 'id', `duplicate ${kind} id (first used at index ${seen})`));
        duplicate = true;
      } else firstIndex.set(rawId, index);
      ids.add(rawId);
    }
    const result = schema.safeParse(raw);
    if (!result.success) {
      for (const p of zodIssuesToProblems(result.error, raw)) errors.push(errorLine(file, label, p.field, p.message));
      return;
    }
    if (!duplicate) out.push({ value: result.data, label, index });
  });
  return { records: out, ids, readable: true };
}
