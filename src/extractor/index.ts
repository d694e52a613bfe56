/**
 * The extractor's public entry: from a report's text to dated, attributed, cited event mentions.
 * Pure TypeScript (no DOM, no Node APIs): runs in the build, in a Web Worker and in Node.
 *
 * Pipeline: segment → boilerplate → temporal expressions → actors → event mentions.
 */
import type { ExtractOptions, ExtractResult, Timex } from '../lib/model/extraction';
import { segment } from './segment/segment';
import { detectBoilerplate } from './segment/boilerplate';
import { findTimexes } from './timex/index';
import { recognizeActors } from './actors/recognizeActors';
import { detectMentions, MAX_SENTENCE_LENGTH } from './mentions/detectMentions';
import { linkFollowOns } from './mentions/linkFollowOns';
import { looksEnglish } from './language';
import { isIsoDay } from '../lib/model/calendar';

export type { ExtractOptions, ExtractResult } from '../lib/model/extraction';

/** Extracts timexes, event mentions and new actors from `text`. Never throws on any text. */
export function extract(text: string, options: ExtractOptions): ExtractResult {
  const { published } = options;
  if (!isIsoDay(published)) throw new RangeError(`extract: options.published must be a calendar day YYYY-MM-DD, got "${String(published)}"`);
  const progress = options.onProgress ?? (() => {});
  const warnings: string[] = [];
  const empty: ExtractResult = { published, timexes: [], mentions: [], warnings, newActors: [], boilerplate: [] };
  progress(0);
  if (text.trim() === '') {
    warnings.push('empty text: nothing to extract');
    progress(1);
    return empty;
  }
  if (!looksEnglish(text)) {
    warnings.push('text does not look like English: no extraction attempted');
    progress(1);
    return empty;
  }
  const seg = segment(text);
  const boilerplate = detectBoilerplate(text, seg, published);
  progress(0.2);
  let timexes: Timex[] = [];
  try {
    timexes = findTimexes(text, published, { sentences: seg.sentences, skip: boilerplate }).slice();
    timexes.sort((a, b) => a.start - b.start || a.end - b.end);
  } catch (err) {
    warnings.push(`temporal expressions could not be resolved: ${err instanceof Error ? err.message : String(err)}`);
  }
  progress(0.5);
  if (seg.sentences.some((s) => s.end - s.start > MAX_SENTENCE_LENGTH)) warnings.push('some passages are too long to be sentences and were skipped for events');
  const flagged = boilerplate.map((b) => ({ start: b.start, end: b.end, reason: b.reason }));
  if (timexes.length === 0) {
    // without any date nothing can be placed on a timeline: empty arrays and a warning
    warnings.push('no dates found in the text: no dated events can be extracted');
    progress(1);
    return { ...empty, boilerplate: flagged };
  }
  const actors = recognizeActors(text, options.actors ?? []);
  progress(0.7);
  const mentions = linkFollowOns(detectMentions({
    text,
    sentences: seg.sentences,
    boilerplate,
    actors: actors.mentions,
    timexes,
    ...(options.sourceId ? { sourceId: options.sourceId } : {}),
    published,
  }));
  progress(1);
  return {
    published,
    timexes,
    mentions,
    warnings,
    newActors: [
      ...actors.newPeople.map((p) => ({ name: p.name, start: p.start, end: p.end, kind: 'person' as const, id: p.id, country: p.country, ...(p.role ? { role: p.role } : {}) })),
      ...actors.newOrganizations.map((o) => ({ name: o.name, start: o.start, end: o.end, kind: 'organization' as const })),
    ].sort((a, b) => a.start - b.start),
    boilerplate: flagged,
  };
}
