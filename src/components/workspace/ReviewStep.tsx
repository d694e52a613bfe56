import { useState } from 'react';
import type { Actor, TimelineEvent } from '../../lib/model/types';
import type { ReviewItem } from '../../lib/workspace/reviewItem';
import { ReviewItemEditor } from './ReviewItemEditor';
import { UnknownActors } from './UnknownActors';

const PAGE = 50;

/** The review step: every parsed event with its passage, accept/reject and edit; unknown actors can be added. */
export function ReviewStep({
  items, text, actors, existing, unknown, onItems, onAddActor,
}: {
  existing: readonly TimelineEvent[];
  items: ReviewItem[];
  text: string;
  actors: readonly Actor[];
  unknown: { name: string; kind: Actor['kind'] }[];
  onItems: (items: ReviewItem[]) => void;
  onAddActor: (name: string, kind: Actor['kind']) => void;
}) {
  const [shown, setShown] = useState(PAGE);
  const accepted = items.filter((i) => i.accepted === true).length;
  return (
    <div className="ws-review">
      <p role="status">
        {items.length === 0 ? 'The extractor found no events in this text. You can still add the report to read it.' : `${items.length} events found · ${accepted} accepted`}
      </p>
      <UnknownActors names={unknown} onAdd={onAddActor} />
      <ol className="ws-review-list">
        {items.slice(0, shown).map((it, i) => (
          <ReviewItemEditor key={it.key} item={it} index={i} text={text} actors={actors} existing={existing} onChange={(next) => onItems(items.map((x) => (x.key === next.key ? next : x)))} />
        ))}
      </ol>
      {shown < items.length && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, items.length - shown)} more ({items.length - shown} not shown)
        </button>
      )}
    </div>
  );
}
