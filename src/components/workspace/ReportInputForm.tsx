import { useMemo, useState } from 'react';
import { suggestPublished } from '../../lib/workspace/suggestPublished';
import { suggestTitle } from '../../lib/workspace/suggestTitle';
import { ImportError } from '../../lib/io/ImportError';
import { isHtmlPage, readHtmlPage, readReportFile } from './readReportFile';

/** The values of the Add report form. */
export interface ReportDraft {
  text: string;
  outlet: string;
  title: string;
  published: string;
  /** The evidence quote of a confirmed date suggestion. */
  evidence: string | null;
}

/** The input step: text (pasted, picked or dropped file), outlet, title, published date with a suggestion. */
export function ReportInputForm({ draft, onChange, errors }: { draft: ReportDraft; onChange: (d: ReportDraft) => void; errors: Partial<Record<keyof ReportDraft | 'file', string>> }) {
  const [fileError, setFileError] = useState<string | null>(null);
  const [fileNote, setFileNote] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  // Today's date is read here, not in the pure suggester: a yearless dateline means the latest such day.
  const suggestions = useMemo(() => suggestPublished(draft.text, new Date()).slice(0, 3), [draft.text]);
  const set = (patch: Partial<ReportDraft>) => onChange({ ...draft, ...patch });
  // the headline becomes the title suggestion (never an event) unless the user typed a title of their own
  const suggestedTitle = suggestTitle(draft.text)?.title ?? '';
  const withTitle = (text: string): Partial<ReportDraft> => (draft.title === '' || draft.title === suggestedTitle ? { text, title: suggestTitle(text)?.title ?? '' } : { text });

  const takeFile = async (file: File | undefined) => {
    if (!file) return;
    setFileError(null);
    setFileNote(null);
    try {
      const r = await readReportFile(file);
      onChange({ ...draft, text: r.text, title: draft.title || r.title });
      setFileNote(`Read ${file.name} (${r.text.length.toLocaleString('en')} characters).`);
    } catch (e) {
      setFileError(e instanceof ImportError ? e.message : `${file.name}: the file could not be read (${String((e as Error).message ?? e)}).`);
    }
  };

  // The source of a whole web page pasted into an empty box: keep its article, not its markup.
  const takePastedPage = async (html: string) => {
    setFileError(null);
    const r = await readHtmlPage(html);
    onChange({ ...draft, text: r.text, title: draft.title || r.title });
    setFileNote(`Took the article out of the pasted HTML page (${r.text.length.toLocaleString('en')} characters).`);
  };

  return (
    <div className="ws-form">
      <div
        className={dragging ? 'ws-drop is-dragging' : 'ws-drop'}
        onDragOver={(e) => {
          e.preventDefault();
          e.stopPropagation();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          // Not the page-wide "open dataset" drop: this file is a report.
          e.stopPropagation();
          setDragging(false);
          void takeFile(e.dataTransfer.files[0]);
        }}
      >
        <label className="ws-field">
          Report text
          <textarea
            value={draft.text}
            rows={8}
            onChange={(e) => set(withTitle(e.target.value))}
            onPaste={(e) => {
              const pasted = e.clipboardData.getData('text/plain');
              if (draft.text.trim() !== '' || !isHtmlPage(pasted)) return;
              e.preventDefault();
              void takePastedPage(pasted);
            }}
            aria-invalid={!!errors.text}
            placeholder="Paste the article text here, or drop a .txt, .md or .html file"
          />
        </label>
        {errors.text && <p className="ws-error">{errors.text}</p>}
        <label className="ws-file">
          Or pick a file (.txt, .md, .html, up to 5 MB)
          <input type="file" accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" onChange={(e) => void takeFile(e.target.files?.[0])} />
        </label>
        {fileError && (
          <p className="ws-error" role="alert">
            {fileError}
          </p>
        )}
        {fileNote && <p className="ws-muted" role="status">{fileNote}</p>}
      </div>
      <div className="ws-row">
        <label className="ws-field">
          Outlet
          <input value={draft.outlet} onChange={(e) => set({ outlet: e.target.value })} aria-invalid={!!errors.outlet} required />
        </label>
        <label className="ws-field ws-grow">
          Title
          <input value={draft.title} onChange={(e) => set({ title: e.target.value })} aria-invalid={!!errors.title} required />
        </label>
        <label className="ws-field">
          Published
          <input type="date" value={draft.published} onChange={(e) => set({ published: e.target.value, evidence: null })} aria-invalid={!!errors.published} required />
        </label>
      </div>
      {(errors.outlet || errors.title || errors.published) && <p className="ws-error">{[errors.outlet, errors.title, errors.published].filter(Boolean).join(' ')}</p>}
      {suggestions.length > 0 && (
        <div className="ws-suggest" aria-label="Suggested publication dates">
          {suggestions.map((s) => (
            <p key={`${s.kind}${s.start}`}>
              Suggested from the {s.kind === 'iso' ? 'text' : s.kind}: <strong>{s.date}</strong>
              {s.yearAssumed && (
                <span className="ws-muted">
                  {' '}
                  (year assumed: {s.yearAssumed === 'today' ? 'the dateline gives none, so the latest such day up to today' : 'taken from another date in the text'})
                </span>
              )}{' '}
              — <q>{s.quote}</q>{' '}
              <button type="button" onClick={() => set({ published: s.date, evidence: s.quote })} disabled={draft.published === s.date}>
                Use {s.date}
              </button>
            </p>
          ))}
        </div>
      )}
    </div>
  );
}
