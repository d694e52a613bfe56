/** Formats one validation error: `data/events.json: event "x": citations[1].quote: not found in source "scmp"`. */
export function errorLine(file: string, record: string | null, field: string | null, message: string): string {
  return [file, record, field, message].filter((part): part is string => part !== null && part !== '').join(': ');
}
