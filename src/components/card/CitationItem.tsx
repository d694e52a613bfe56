/** One citation: the quoted passage, outlet and date (opens the reader), and "Copy citation". */
import type { Citation, Source } from '../../lib/model/types';
import { formatDateRange } from '../../lib/format/formatEventDate';
import { citationText } from '../../lib/format/citationText';
import { copyToClipboard } from './copyToClipboard';

/** A passage that opens with its own quotation mark is not wrapped in a second one. */
const OPENS_WITH_QUOTE = /^["“‘'«„]/;

interface Props {
  citation: Citation;
  source: Source | undefined;
  onOpen: () => void;
  onCopied: (ok: boolean) => void;
}

export function CitationItem({ citation, source, onOpen, onCopied }: Props) {
  const outlet = source?.outlet ?? citation.source;
  const date = source ? formatDateRange(source.published, source.published, 'day') : '';
  return (
    <li className="citation">
      <button type="button" className="citation-open" onClick={onOpen} disabled={!source}>
        <q className={OPENS_WITH_QUOTE.test(citation.quote) ? 'citation-quote self-quoted' : 'citation-quote'}>{citation.quote}</q>{' '}
        <span className="citation-meta">{`— ${outlet}${date ? `, ${date}` : ''}`}</span>
      </button>
      {source && (
        <button type="button" className="copy-citation" onClick={() => void copyToClipboard(citationText(citation, source)).then(onCopied)}>
          Copy citation
        </button>
      )}
    </li>
  );
}
