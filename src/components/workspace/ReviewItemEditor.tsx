import { useMemo } from 'react';
import type { Actor, EventType, Precision, TimelineEvent } from '../../lib/model/types';
import { findMatchingEvent } from '../../lib/workspace/matchEvent';
import type { ReviewItem } from '../../lib/workspace/reviewItem';
import { reviewItemProblem } from '../../lib/workspace/reviewItem';
import { ActorPicker } from './ActorPicker';
import { Passage } from './Passage';
import { PrecisionOptions, TypeOptions } from './VocabularyOptions';

/** One parsed event under review: the highlighted passage beside accept/reject and the editable fields. */
export function ReviewItemEditor({
  item, index, text, actors, existing, onChange,
}: {
  item: ReviewItem;
  index: number;
  text: string;
  actors: readonly Actor[];
  /** The events already on the timeline, to say when this one is the same happening. */
  existing: readonly TimelineEvent[];
  onChange: (item: ReviewItem) => void;
}) {
  const n = index + 1;
  const { start, end, type, actorIds } = item;
  const match = useMemo(
    () => (start && end ? findMatchingEvent({ id: '', start, end, type, actors: actorIds } as unknown as TimelineEvent, existing) : null),
    [start, end, type, actorIds, existing],
  );
  const problem = item.accepted ? reviewItemProblem(item) : null;
  const set = (patch: Partial<ReviewItem>) => onChange({ ...item, ...patch });
  const state = item.accepted === true ? 'accepted' : item.accepted === false ? 'rejected' : 'undecided';
  return (
    <li className={`ws-review-item is-${state}`} aria-label={`Event ${n}: ${item.title}`}>
      <Passage text={text} start={item.start_} end={item.end_} />
      <div className="ws-review-fields">
        <div className="ws-row" role="group" aria-label={`Decision for event ${n}`}>
          <button type="button" aria-pressed={item.accepted === true} onClick={() => set({ accepted: true })}>
            Accept
          </button>
          <button type="button" aria-pressed={item.accepted === false} onClick={() => set({ accepted: false })}>
            Reject
          </button>
          <span className="ws-muted">
            {state} · confidence {Math.round(item.confidence * 100)}%
          </span>
        </div>
        <label>
          Event {n} title
          <input value={item.title} onChange={(e) => set({ title: e.target.value })} />
        </label>
        <div className="ws-row">
          <label>
            Start
            <input type="date" aria-label={`Event ${n} start`} value={item.start} onChange={(e) => set({ start: e.target.value, ...(item.end === '' || item.end < e.target.value ? { end: e.target.value } : {}) })} />
          </label>
          <label>
            End
            <input type="date" aria-label={`Event ${n} end`} value={item.end} onChange={(e) => set({ end: e.target.value })} />
          </label>
          <label>
            Precision
            <select aria-label={`Event ${n} precision`} value={item.precision} onChange={(e) => set({ precision: e.target.value as Precision })}>
              <PrecisionOptions />
            </select>
          </label>
          <label>
            Type
            <select aria-label={`Event ${n} type`} value={item.type} onChange={(e) => set({ type: e.target.value as EventType })}>
              <TypeOptions />
            </select>
          </label>
        </div>
        <ActorPicker label={`Event ${n} actors`} value={item.actorIds} actors={actors} onChange={(actorIds) => set({ actorIds })} />
        {match && <p className="ws-match">Same happening as “{match.title}”: it will be added there as a citation, not as a new event.</p>}
        {item.reason && <p className="ws-muted">Not proposed: {item.reason}</p>}
        {item.more && item.more.length > 0 && (
          <p className="ws-muted">
            Also cites {item.more.length} further passage{item.more.length === 1 ? '' : 's'} about the same happening: {item.more.map((x) => `“${x.quote.replace(/\s+/g, ' ').slice(0, 80)}${x.quote.length > 80 ? '…' : ''}”`).join(' ')}
          </p>
        )}
        {item.start === '' && <p className="ws-muted">No date found in the passage: give one, or reject the event.</p>}
        {item.datedByPublication && <p className="ws-muted">Dated “on or before publication”: {item.start} to {item.end} (your choice; no source gives the day).</p>}
        {item.unknownActors.length > 0 && <p className="ws-muted">Not in the actor list: {item.unknownActors.join(', ')}</p>}
        {problem && (
          <p className="ws-error" role="alert">
            {problem}
          </p>
        )}
      </div>
    </li>
  );
}
