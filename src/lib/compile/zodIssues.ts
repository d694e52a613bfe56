import type { z } from 'zod';
import { formatPath } from './labels';

/** One schema problem: the field path (e.g. `citations[1].quote`) and what is wrong with it. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** Turns zod issues into short field-level problems ("missing", "unknown field", "must be one of …"). */
export function zodIssuesToProblems(issues: readonly z.core.$ZodIssue[]): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const issue of issues) {
    const field = formatPath(issue.path);
    switch (issue.code) {
      case 'invalid_type': {
        const missing = /received undefined/.test(issue.message);
        out.push({ field: field || '(record)', message: missing ? `missing (expected ${issue.expected})` : issue.message.replace(/^Invalid input: /, '') });
        break;
      }
      case 'unrecognized_keys':
        for (const key of issue.keys) out.push({ field: formatPath([...issue.path, key]), message: 'unknown field' });
        break;
      case 'invalid_value':
        out.push({ field, message: `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` });
        break;
      default:
        out.push({ field: field || '(record)', message: issue.message });
    }
  }
  return out;
}
