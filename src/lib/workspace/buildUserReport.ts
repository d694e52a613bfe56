import type { Actor, Citation, IsoDate, Source, TimelineEvent } from '../model/types';
import { citationAttribution } from '../model/attribution';
import { computeCorroboration } from '../model/corroboration';
import { hashText, slugify } from './hashText';
import type { ReviewItem } from './reviewItem';
import { reviewItemProblem } from './reviewItem';

/** What the user typed about a report in the Add report form. */
export interface ReportMeta {
  outlet: string;
  title: string;
  published: IsoDate;
  url?: string | null;
  /** Evidence for the publication date, when the user confirmed a suggestion. */
  publishedEvidence?: { quotes: string[]; reasoning: string };
}

/** Builds the user source for a report (id derived from outlet and text, so re-adding the same text gives the same id). */
export function buildUserSource(text: string, meta: ReportMeta): Source {
  const src: Source = {
    id: `user-${slugify(meta.outlet)}-${hashText(text)}`,
    outlet: meta.outlet.trim(),
    title: meta.title.trim(),
    url: meta.url ?? null,
    published: meta.published,
    kind: 'original',
    basedOn: null,
    text,
    boilerplate: [],
    origin: 'user',
  };
  if (meta.publishedEvidence) src.publishedEvidence = meta.publishedEvidence;
  return src;
}

/** Turns the accepted, valid review items into user events citing `source`. Invalid items are reported, not dropped. */
export function reviewItemsToEvents(
  items: readonly ReviewItem[],
  source: Source,
  actors: readonly Actor[],
): { events: TimelineEvent[]; problems: { key: string; problem: string }[] } {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const events: TimelineEvent[] = [];
  const problems: { key: string; problem: string }[] = [];
  for (const it of items) {
    if (it.accepted !== true) continue;
    const problem = reviewItemProblem(it);
    if (problem) {
      problems.push({ key: it.key, problem });
      continue;
    }
    const countries = new Set(it.countries);
    for (const id of it.actorIds) {
      const c = byId.get(id)?.country;
      if (c) countries.add(c);
    }
    const attributedTo = citationAttribution(source, { start: it.start_, end: it.end_ });
    const citations: Citation[] = [
      { source: source.id, start: it.start_, end: it.end_, quote: source.text.slice(it.start_, it.end_), origin: 'user', confidence: it.confidence, ...(attributedTo ? { attributedTo } : {}) },
    ];
    // further passages about the same happening cite it too
    for (const x of it.more ?? []) {
      if (x.end > source.text.length || citations.some((c) => c.start === x.start)) continue;
      const by = citationAttribution(source, { start: x.start, end: x.end });
      citations.push({ source: source.id, start: x.start, end: x.end, quote: source.text.slice(x.start, x.end), origin: 'user', confidence: it.confidence, ...(by ? { attributedTo: by } : {}) });
    }
    const ev: TimelineEvent = {
      id: `${source.id}-${it.key}`,
      title: it.title.trim(),
      start: it.start,
      end: it.end,
      precision: it.precision,
      type: it.type,
      actors: [...it.actorIds],
      countries: [...countries].sort(),
      origin: 'user',
      confidence: it.confidence,
      citations,
      dateClaims: [
        {
          source: source.id,
          expression: it.dateExpression ?? it.quote.slice(0, 120),
          start: it.start,
          end: it.end,
          precision: it.precision,
          ...(it.datedByPublication ? { resolution: `no date in the passage; on or before publication (${it.start} to ${source.published}), at the user's choice` } : {}),
        },
      ],
      corroboration: computeCorroboration(citations, new Map([[source.id, source]])),
    };
    if (it.mode) ev.mode = it.mode;
    if (it.initiator) ev.initiator = it.initiator;
    if (it.background) ev.background = true;
    events.push(ev);
  }
  return { events, problems };
}

/** Creates a gazetteer entry for a name the extractor did not know. */
export function newUserActor(name: string, kind: Actor['kind'], existing: readonly Actor[]): Actor {
  const base = `user-${slugify(name)}`;
  let id = base;
  for (let n = 2; existing.some((a) => a.id === id); n++) id = `${base}-${n}`;
  return { id, name: name.trim(), kind, country: null, aliases: [] };
}
