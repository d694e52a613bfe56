/**
 * The one corroboration rule: independent outlets are counted per citation, not per report.
 * A citation counts for the outlet it attributes its fact to (`attributedTo`), else for the outlet
 * its report repeats (`basedOn`), else for the report's own outlet. Copies of one story, and reports
 * citing it, count once.
 */
import type { Citation, Corroboration, Source, SourceId, SourceKind } from './types';

/** The fields of a source that decide which outlet its citations stand for. */
export type OutletInfo = Pick<Source, 'outlet' | 'basedOn'> & Partial<Pick<Source, 'kind'>>;

/** The fields of a citation that corroboration reads. */
export type CitedPassage = Pick<Citation, 'source'> & { attributedTo?: string | undefined };

/** The outlet whose reporting a source carries: `basedOn` for copies and re-reports, else its own outlet. */
export function originalOutlet(source: OutletInfo): string {
  return source.basedOn ?? source.outlet;
}

/** The outlet one citation counts for. An unknown source counts as an outlet named by its id. */
export function citationOutlet(citation: CitedPassage, source: OutletInfo | undefined): string {
  return citation.attributedTo ?? (source ? originalOutlet(source) : citation.source);
}

/**
 * How a report stands toward an independent outlet: its `own` reporting, a `copy` or `re-report`
 * of that outlet's story (by `basedOn`), or `citing` it (a passage attributes the fact to it).
 */
export type ReportRole = 'own' | 'copy' | 're-report' | 'citing';

/** One report behind an independent outlet. */
export interface OutletReport {
  source: SourceId;
  role: ReportRole;
}

/** One independent outlet and the reports that carry its reporting, in citation order. */
export interface OutletGroup {
  outlet: string;
  reports: OutletReport[];
}

const RANK: Record<ReportRole, number> = { own: 0, copy: 1, 're-report': 1, citing: 2 };

function roleOf(outlet: string, source: OutletInfo | undefined): ReportRole {
  if (!source) return 'own';
  if (outlet !== originalOutlet(source)) return 'citing';
  if (source.basedOn === null) return 'own';
  const kind: SourceKind | undefined = source.kind;
  return kind === 're-report' ? 're-report' : 'copy';
}

/** Groups an event's citations by the independent outlet each counts for, in first-citation order. */
export function outletGroups(citations: readonly CitedPassage[], sourcesById: ReadonlyMap<SourceId, OutletInfo>): OutletGroup[] {
  const groups = new Map<string, OutletGroup>();
  for (const c of citations) {
    const source = sourcesById.get(c.source);
    const outlet = citationOutlet(c, source);
    const role = roleOf(outlet, source);
    let g = groups.get(outlet);
    if (!g) groups.set(outlet, (g = { outlet, reports: [] }));
    const prev = g.reports.find((r) => r.source === c.source);
    if (!prev) g.reports.push({ source: c.source, role });
    else if (RANK[role] < RANK[prev.role]) prev.role = role;
  }
  return [...groups.values()];
}

/**
 * Counts the distinct reports citing an event and the distinct independent outlets behind its
 * citations (`outlets` sorted), so that three copies of one story and a report citing it count as one.
 */
export function computeCorroboration(citations: readonly CitedPassage[], sourcesById: ReadonlyMap<SourceId, OutletInfo>): Corroboration & { outlets: string[] } {
  const reports = new Set<SourceId>();
  const outlets = new Set<string>();
  for (const c of citations) {
    reports.add(c.source);
    outlets.add(citationOutlet(c, sourcesById.get(c.source)));
  }
  const sorted = [...outlets].sort();
  return { reports: reports.size, independentOutlets: sorted.length, outlets: sorted };
}
