/** Names a record for an error line: `event "2022-02-04-joint-statement"`, or `event at index 3` without a usable id. */
export function recordLabel(kind: string, record: unknown, index: number): string {
  const id = typeof record === 'object' && record !== null ? (record as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id !== '' ? `${kind} "${id}"` : `${kind} at index ${index}`;
}
