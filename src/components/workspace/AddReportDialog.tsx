import { useContext, useEffect, useId, useRef, useState } from 'react';
import type { Actor, Source, TimelineEvent } from '../../lib/model/types';
import { buildUserSource, newUserActor, reviewItemsToEvents } from '../../lib/workspace/buildUserReport';
import { boilerplateSpans, dateUndatedByPublication, mentionsToReviewItems, ON_OR_BEFORE_DAYS, onOrBeforeStart, reviewItemProblem } from '../../lib/workspace/reviewItem';
import type { ReviewItem } from '../../lib/workspace/reviewItem';
import { addActors, addReport } from '../../lib/workspace/workspaceOps';
import { useDateline, useDatelineStore } from '../../store/react';
import { ExtractorContext } from './ExtractorContext';
import { isIsoDay } from '../../lib/model/calendar';
import { ReportInputForm, type ReportDraft } from './ReportInputForm';
import { ReviewStep } from './ReviewStep';
import { ModalDialog } from './ModalDialog';
import { personActors, usedPeople } from '../../lib/model/personActors';

type Step =
  | { kind: 'input' }
  | { kind: 'extracting'; progress: number }
  /** `people`: persons outside the gazetteer the extractor found (`person:<slug>`); those the added events name become user actors. */
  | { kind: 'review'; source: Source; items: ReviewItem[]; unknown: { name: string; kind: Actor['kind'] }[]; people: Actor[] };

const NO_EVENTS: readonly TimelineEvent[] = [];
const EMPTY_DRAFT: ReportDraft = { text: '', outlet: '', title: '', published: '', evidence: null };

function validate(d: ReportDraft): Partial<Record<keyof ReportDraft, string>> {
  const e: Partial<Record<keyof ReportDraft, string>> = {};
  if (!d.text.trim()) e.text = 'Paste the report text or pick a file.';
  if (!d.outlet.trim()) e.outlet = 'Give the outlet.';
  if (!d.title.trim()) e.title = 'Give the title.';
  if (!d.published) e.published = 'Give the publication date.';
  else if (!isIsoDay(d.published)) e.published = 'The publication date is not a valid date (YYYY-MM-DD).';
  return e;
}

/**
 * The Add report dialog: text and metadata → extraction in the worker (progress, Cancel) →
 * review (accept/reject/edit, add unknown actors) → "Add to timeline".
 */
export function AddReportDialog({ onClose, onAdded }: { onClose: () => void; onAdded: (message: string) => void }) {
  const store = useDatelineStore();
  const runner = useContext(ExtractorContext);
  const baseActors = useDateline((s) => s.dataset?.actors);
  const existing = useDateline((s) => s.dataset?.events ?? NO_EVENTS);
  const [draft, setDraft] = useState<ReportDraft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<Partial<Record<keyof ReportDraft, string>>>({});
  const [step, setStep] = useState<Step>({ kind: 'input' });
  const [pendingActors, setPendingActors] = useState<Actor[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [undated, setUndated] = useState(0);
  const abort = useRef<AbortController | null>(null);
  const titleId = useId();
  const actors = [...(baseActors ?? []), ...pendingActors];
  const reviewActors = step.kind === 'review' ? [...actors, ...step.people] : actors;

  useEffect(() => () => abort.current?.abort(), []);

  const extract = async () => {
    const errs = validate(draft);
    setErrors(errs);
    setFailure(null);
    if (Object.keys(errs).length) return;
    const source = buildUserSource(draft.text, {
      outlet: draft.outlet,
      title: draft.title,
      published: draft.published,
      ...(draft.evidence ? { publishedEvidence: { quotes: [draft.evidence], reasoning: 'Suggested from the text and confirmed by the user.' } } : {}),
    });
    const ctl = new AbortController();
    abort.current = ctl;
    setStep({ kind: 'extracting', progress: 0 });
    try {
      const result = await runner({ text: draft.text, published: draft.published, sourceId: source.id, actors }, (p) => setStep({ kind: 'extracting', progress: p }), ctl.signal);
      const people = personActors([result], actors);
      const items = mentionsToReviewItems(result.mentions, [...actors, ...people], result.timexes, { text: draft.text, published: draft.published });
      const names = new Map<string, Actor['kind']>();
      for (const it of items) for (const n of it.unknownActors) names.set(n, 'person');
      // people with a minted id are participants already (added as user actors with the report), not proposals
      for (const a of result.newActors ?? []) if (!(a.kind === 'person' && a.id)) names.set(a.name, a.kind);
      const boilerplate = boilerplateSpans(result.mentions);
      setStep({ kind: 'review', source: { ...source, boilerplate }, items, unknown: [...names].map(([name, kind]) => ({ name, kind })), people });
    } catch (e) {
      setStep({ kind: 'input' });
      if ((e as { name?: string }).name !== 'AbortError') setFailure(String((e as Error).message ?? e));
      else setFailure('Extraction cancelled. Nothing was added.');
    } finally {
      abort.current = null;
    }
  };

  const addActor = (name: string, kind: Actor['kind']) => {
    if (step.kind !== 'review') return;
    const actor = newUserActor(name, kind, reviewActors);
    setPendingActors([...pendingActors, actor]);
    setStep({
      ...step,
      unknown: step.unknown.filter((u) => u.name !== name),
      items: step.items.map((it) =>
        it.unknownActors.includes(name) ? { ...it, unknownActors: it.unknownActors.filter((n) => n !== name), actorIds: [...it.actorIds, actor.id] } : it,
      ),
    });
  };

  const addToTimeline = () => {
    if (step.kind !== 'review') return;
    const bad = step.items.filter((i) => i.accepted === true && reviewItemProblem(i));
    setUndated(bad.filter((i) => i.start === '' || i.end === '').length);
    if (bad.length) {
      setFailure(`${bad.length} accepted event${bad.length > 1 ? 's need' : ' needs'} fixing first (see the messages below), or reject ${bad.length > 1 ? 'them' : 'it'}.`);
      return;
    }
    const { events } = reviewItemsToEvents(step.items, step.source, reviewActors);
    const replaced = store.getState().workspace.sources.some((s) => s.id === step.source.id);
    store.getState().updateWorkspace((ws) => addActors(addReport(ws, step.source, events), [...pendingActors, ...usedPeople(step.people, events)]));
    // A user event that matched an existing one was merged into it: select and count it there.
    const shown = store.getState().dataset?.events ?? [];
    const whereShown = (id: string) => shown.find((e) => e.id === id || e.mergedFrom?.includes(id));
    const merged = events.filter((e) => whereShown(e.id)?.id !== e.id).length;
    const first = events[0] && whereShown(events[0].id);
    if (first) store.getState().select(first.id);
    const parts = [`Added “${step.source.title}” (${step.source.outlet}) with ${events.length} event${events.length === 1 ? '' : 's'}`];
    if (merged) parts.push(`${merged} matched existing events and now cite this report`);
    if (replaced) parts.push('replacing the copy added before');
    onAdded(`${parts.join('; ')}.`);
    onClose();
  };

  return (
    <ModalDialog labelledBy={titleId} className="ws-dialog" onEscape={step.kind !== 'extracting' ? onClose : undefined}>
      <header className="ws-dialog-head">
        <h2 id={titleId}>Add report</h2>
        <button type="button" onClick={onClose} disabled={step.kind === 'extracting'}>
          Close
        </button>
      </header>
      {failure && (
        <p className="ws-error" role="alert">
          {failure}
        </p>
      )}
      {step.kind === 'review' && undated > 0 && (
        <p className="ws-actions ws-wrap">
          <button
            type="button"
            onClick={() => {
              setStep({ ...step, items: dateUndatedByPublication(step.items, step.source.published) });
              setUndated(0);
              setFailure(null);
            }}
          >
            Date the {undated} undated events as on or before publication ({onOrBeforeStart(step.source.published)} to {step.source.published})
          </button>{' '}
          <span className="ws-muted">
            No source gives their day, so none is invented: each gets the range of the {ON_OR_BEFORE_DAYS} days up to the publication date. Or give each its own date below.
          </span>
        </p>
      )}
      {step.kind === 'input' && (
        <>
          <ReportInputForm draft={draft} onChange={setDraft} errors={errors} />
          <div className="ws-actions">
            <button type="button" className="ws-primary" onClick={() => void extract()}>
              Extract events
            </button>
          </div>
        </>
      )}
      {step.kind === 'extracting' && (
        <div className="ws-progress">
          <label id={`${titleId}-p`}>Extracting events…</label>
          <progress aria-labelledby={`${titleId}-p`} max={1} value={step.progress} aria-valuetext={`${Math.round(step.progress * 100)}%`} />
          <span>{Math.round(step.progress * 100)}%</span>
          <button type="button" onClick={() => abort.current?.abort()}>
            Cancel
          </button>
        </div>
      )}
      {step.kind === 'review' && (
        <>
          <div className="ws-actions ws-sticky">
            <button type="button" onClick={() => setStep({ ...step, items: step.items.map((i) => (i.proposed === false ? i : { ...i, accepted: true })) })}>
              Accept all
            </button>
            <button type="button" className="ws-primary" onClick={addToTimeline}>
              Add to timeline
            </button>
            <button type="button" onClick={() => setStep({ kind: 'input' })}>
              Back
            </button>
          </div>
          <ReviewStep items={step.items} text={step.source.text} actors={reviewActors} existing={existing} unknown={step.unknown} onItems={(items) => setStep({ ...step, items })} onAddActor={addActor} />
        </>
      )}
    </ModalDialog>
  );
}
