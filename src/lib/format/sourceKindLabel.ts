/** Provenance wording for a source: "Original reporting", "Re-report of The New York Times"… */
import type { Source } from '../model/types';

/** How a report relates to the original reporting. */
export function sourceKindLabel(source: Pick<Source, 'kind' | 'basedOn'>): string {
  switch (source.kind) {
    case 'original':
      return 'Original reporting';
    case 're-report':
      return source.basedOn ? `Re-report of ${source.basedOn}` : 'Re-report';
    case 'scraped-copy':
      return source.basedOn ? `Scraped copy of ${source.basedOn}` : 'Scraped copy';
  }
}

/**
 * The same wording to use mid-sentence: only the first letter is lowered, so outlet names keep
 * their capitals ("scraped copy of The New York Times").
 */
export function sourceKindPhrase(source: Pick<Source, 'kind' | 'basedOn'>): string {
  const label = sourceKindLabel(source);
  return label.charAt(0).toLowerCase() + label.slice(1);
}
