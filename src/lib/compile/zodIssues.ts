import type * as z from 'zod/mini';
import { formatPath, schemaProblems } from '../model/schema';

/** One schema problem: the field path (e.g. `citations[1].quote`) and what is wrong with it. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** Every problem of a record that failed its schema, one per field ("missing (expected string)", "unknown field …", "must be one of …"). */
export function zodIssuesToProblems(error: z.core.$ZodError, input: unknown): FieldProblem[] {
  return schemaProblems(error, input).map((p) => ({ field: formatPath(p.path) || '(record)', message: p.message }));
}
