import { useState } from 'react';
import type { Actor, TimelineEvent } from '../../lib/model/types';
import type { ReviewItem } from '../../lib/workspace/reviewItem';
import { ReviewItemEditor } from './ReviewItemEditor';
import { UnknownActors } from './UnknownActors';

const PAGE = 50;

/**
 * The review step: the proposed events (one per happening, main event first) with their passages, accept/reject
 * and edit; below, folded, the passages not proposed with the reason; unknown actors can be added.
 */
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
  const proposed = items.filter((i) => i.proposed !== false);
  const context = items.filter((i) => i.proposed === false);
  const change = (next: ReviewItem) => onItems(items.map((x) => (x.key === next.key ? next : x)));
  return (
    <div className="ws-review">
      <p role="status">
        {items.length === 0
          ? 'The extractor found no events in this text. You can still add the report to read it.'
          : `${proposed.length} event${proposed.length === 1 ? '' : 's'} proposed, main event first · ${accepted} accepted${context.length ? ` · ${context.length} passage${context.length === 1 ? '' : 's'} not proposed` : ''}`}
      </p>
      <UnknownActors names={unknown} onAdd={onAddActor} />
      <ol className="ws-review-list">
        {proposed.slice(0, shown).map((it, i) => (
          <ReviewItemEditor key={it.key} item={it} index={i} text={text} actors={actors} existing={existing} onChange={change} />
        ))}
      </ol>
      {shown < proposed.length && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, proposed.length - shown)} more ({proposed.length - shown} not shown)
        </button>
      )}
      {context.length > 0 && (
        <details className="ws-not-proposed">
          <summary>Not proposed ({context.length}): context, background and the headline</summary>
          <p className="ws-muted">“Accept all” leaves these out. Accept one to add it anyway.</p>
          <ol className="ws-review-list" start={proposed.length + 1}>
            {context.map((it, i) => (
              <ReviewItemEditor key={it.key} item={it} index={proposed.length + i} text={text} actors={actors} existing={existing} onChange={change} />
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}
