/**
 * Copies the fields of `record` that are not in `known` (extra fields the curator added), in sorted
 * key order so the output stays deterministic.
 */
export function extraFields(record: Record<string, unknown>, known: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) {
    if (!known.includes(key)) out[key] = record[key];
  }
  return out;
}

/** Fields that the build computes; a curated record must not set them. */
export function reservedFieldsPresent(record: Record<string, unknown>, reserved: readonly string[]): string[] {
  return reserved.filter((key) => key in record);
}
