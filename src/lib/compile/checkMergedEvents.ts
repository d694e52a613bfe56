import type { Source, TimelineEvent } from '../model/types';
import { ORIGINS } from '../model/types';
import { errorLine } from './errorLine';
import { isoDayProblem } from '../model/calendar';

/**
 * Checks the events returned by the parse/merge stage against the contract: unique ids, real
 * dates, a known origin, known sources, citations that slice exactly to their quote, and date
 * claims that overlap the event (a wider claim is only a warning).
 * `file` names the stage in error lines (e.g. `extractor`).
 */
export function checkMergedEvents(
  file: string,
  events: readonly TimelineEvent[],
  sources: ReadonlyMap<string, Source>,
  actorIds: ReadonlySet<string>,
  errors: string[],
  warnings: string[],
): void {
  const seen = new Set<string>();
  for (const e of events) {
    const label = `${e.origin} event "${e.id}"`;
    const err = (field: string, message: string) => errors.push(errorLine(file, label, field, message));
    if (seen.has(e.id)) err('id', 'duplicate event id');
    seen.add(e.id);
    if (!ORIGINS.includes(e.origin)) err('origin', `unknown origin "${String(e.origin)}"`);
    const sp = isoDayProblem(e.start);
    const ep = isoDayProblem(e.end);
    if (sp) err('start', sp);
    if (ep) err('end', ep);
    if (!sp && !ep && e.end < e.start) err('end', `${e.end} is before start ${e.start}`);
    e.dateClaims.forEach((d, i) => {
      if (!sources.has(d.source)) err(`dateClaims[${i}].source`, `unknown source "${d.source}"`);
      const dp = isoDayProblem(d.start) ?? isoDayProblem(d.end);
      if (dp) err(`dateClaims[${i}]`, dp);
      else if (d.end < e.start || d.start > e.end) err(`dateClaims[${i}]`, `claim ${d.start}..${d.end} does not overlap the event's ${e.start}..${e.end}`);
      else if (d.start < e.start || d.end > e.end) {
        // A coarser claim ("last month") that contains the event's dates is compatible, not a conflict.
        warnings.push(errorLine(file, label, `dateClaims[${i}]`, `claim ${d.start}..${d.end} ("${d.expression}") is wider than the event's ${e.start}..${e.end}`));
      }
    });
    e.actors.forEach((a, i) => {
      if (!actorIds.has(a)) err(`actors[${i}]`, `unknown actor "${a}"`);
    });
    if (e.citations.length === 0) err('citations', 'has no citation');
    e.citations.forEach((c, i) => {
      const source = sources.get(c.source);
      if (!source) {
        err(`citations[${i}].source`, `unknown source "${c.source}"`);
        return;
      }
      const ok = Number.isInteger(c.start) && Number.isInteger(c.end) && c.start >= 0 && c.start < c.end && c.end <= source.text.length;
      if (!ok) err(`citations[${i}]`, `offsets ${c.start}..${c.end} are outside source "${c.source}"`);
      else if (source.text.slice(c.start, c.end) !== c.quote) err(`citations[${i}].quote`, `does not equal text.slice(${c.start}, ${c.end}) of source "${c.source}"`);
    });
  }
}
