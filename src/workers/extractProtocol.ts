import type { Actor, IsoDate } from '../lib/model/types';
import type { ExtractResult } from '../lib/model/extraction';

/** What the page sends the extractor worker. */
export interface ExtractRequest {
  text: string;
  published: IsoDate;
  sourceId: string;
  actors: Actor[];
}

/** What the extractor worker sends back. */
export type ExtractResponse =
  | { type: 'progress'; fraction: number }
  | { type: 'result'; result: ExtractResult }
  | { type: 'error'; message: string };
