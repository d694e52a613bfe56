import type { Dataset } from '../model/types';

/**
 * Serializes a compiled dataset. Key order comes from how the compiler builds each object, so the
 * same input always gives byte-identical output.
 */
export function serializeDataset(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 1)}\n`;
}
