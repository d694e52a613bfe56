/**
 * Entry points of the synthetic dataset generator: a whole `Dataset` (small N, tests) or the same
 * dataset as a stream of JSON text chunks (large N, `npm run gen:synthetic`). Both are deterministic.
 */
import type { Actor, Dataset } from '../model/types';
import type { SyntheticActor } from './actors';
import { syntheticEvents } from './events';
import { createSyntheticWorld } from './world';

/** What to generate: the number of events and the seed. */
export interface SyntheticOptions {
  events: number;
  seed: string | number;
}

function checkOptions(options: SyntheticOptions): void {
  if (!Number.isInteger(options.events) || options.events < 0) {
    throw new Error(`synthetic: --events must be a non-negative integer, got ${String(options.events)}`);
  }
}

function publicActor({ shortName: _shortName, ...actor }: SyntheticActor): Actor {
  return actor;
}

/** Generates the whole dataset in memory. */
export function generateSyntheticDataset(options: SyntheticOptions): Dataset {
  checkOptions(options);
  const world = createSyntheticWorld(options.seed);
  return {
    version: 1,
    sources: world.sources.map((s) => s.source),
    actors: world.actors.map(publicActor),
    events: [...syntheticEvents(world, options.seed, options.events)],
  };
}

/**
 * Yields the dataset as compact JSON text in chunks of roughly `chunkSize` characters.
 * Concatenated, the chunks equal `JSON.stringify(generateSyntheticDataset(options)) + "\n"`.
 */
export function* syntheticDatasetJson(options: SyntheticOptions, chunkSize = 1 << 20): Generator<string> {
  checkOptions(options);
  const world = createSyntheticWorld(options.seed);
  let buf =
    `{"version":1,"sources":${JSON.stringify(world.sources.map((s) => s.source))}` +
    `,"actors":${JSON.stringify(world.actors.map(publicActor))},"events":[`;
  let first = true;
  for (const event of syntheticEvents(world, options.seed, options.events)) {
    buf += (first ? '' : ',') + JSON.stringify(event);
    first = false;
    if (buf.length >= chunkSize) {
      yield buf;
      buf = '';
    }
  }
  yield `${buf}]}\n`;
}
