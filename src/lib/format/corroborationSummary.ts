/**
 * Honest corroboration wording: counts reports and, separately, the independent outlets behind
 * their citations (see `outletGroups`), so that copies, re-reports and reports citing another
 * outlet are never counted as confirmations.
 */
import { outletGroups, type ReportRole } from '../model/corroboration';
import type { Source, TimelineEvent } from '../model/types';

/** One report behind an independent outlet, and how it relates to that outlet. */
export interface GroupReport {
  source: Source;
  role: ReportRole;
}

/** One independent outlet and the reports that carry its reporting. */
export interface OutletGroup {
  outlet: string;
  reports: GroupReport[];
  /** "3 copies/re-reports; South China Morning Post citing it", or "" when the outlet reported it alone. */
  detail: string;
}

/** The corroboration of one event, ready to display. */
export interface CorroborationSummary {
  reports: number;
  totalSources: number;
  groups: OutletGroup[];
  /** "Reported by 4 of 5 sources". */
  reportedText: string;
  /** "1 independent outlet: The New York Times (3 copies/re-reports; South China Morning Post citing it)". */
  independentText: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function listText(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function detailOf(reports: GroupReport[]): string {
  const copies = reports.filter((r) => r.role === 'copy').length;
  const reReports = reports.filter((r) => r.role === 're-report').length;
  const citing = reports.filter((r) => r.role === 'citing').map((r) => r.source.outlet);
  const parts: string[] = [];
  if (copies > 0 && reReports > 0) parts.push(`${copies + reReports} copies/re-reports`);
  else if (copies > 0) parts.push(plural(copies, 'copy', 'copies'));
  else if (reReports > 0) parts.push(plural(reReports, 're-report', 're-reports'));
  if (citing.length > 0) parts.push(`${listText(citing)} citing it`);
  return parts.join('; ');
}

/** Summarises who reported an event. `sources` is every source in the dataset. */
export function corroborationSummary(event: Pick<TimelineEvent, 'citations'>, sources: readonly Source[]): CorroborationSummary {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const known = event.citations.filter((c) => byId.has(c.source));
  const groups: OutletGroup[] = outletGroups(known, byId).map((g) => {
    const reports = g.reports.map((r) => ({ source: byId.get(r.source)!, role: r.role }));
    return { outlet: g.outlet, reports, detail: detailOf(reports) };
  });
  const reportCount = new Set(known.map((c) => c.source)).size;
  const n = groups.length;
  const named = groups.map((g) => (g.detail ? `${g.outlet} (${g.detail})` : g.outlet)).join('; ');
  return {
    reports: reportCount,
    totalSources: sources.length,
    groups,
    reportedText: `Reported by ${reportCount} of ${plural(sources.length, 'source', 'sources')}`,
    independentText: `${plural(n, 'independent outlet', 'independent outlets')}${n ? `: ${named}` : ''}`,
  };
}
