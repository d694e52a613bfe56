import type { Actor } from '../model/types';
import { extraFields } from './extraFields';
import type { ActorInput } from '../model/input';
import type { ParsedRecord } from './parseRecords';

/** A validated `data/actors.json` record. */
export type ActorRecord = ActorInput;

const KNOWN = ['id', 'name', 'kind', 'country', 'role', 'aliases'];

/** Compiles actor records into the contract's `Actor` shape (stable key order, extra fields kept). */
export function compileActors(records: ParsedRecord<ActorRecord>[]): Actor[] {
  return records.map(({ value: a }) => ({
    id: a.id,
    name: a.name,
    kind: a.kind,
    country: a.country,
    ...(a.role !== undefined ? { role: a.role } : {}),
    aliases: a.aliases,
    ...extraFields(a, KNOWN),
  }));
}
