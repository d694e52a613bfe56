/**
 * The scrubber: a native range input (role slider, named "Time") spanning the visible window.
 * Dragging it moves the playhead and selects the event at or nearest it (history: replace).
 * ←/→/Home/End are handled by the timeline's keyboard handler (previous/next/first/last event).
 */
import type { TimelineActions } from './useTimelineActions';
import type { TimeWindow } from '../../lib/model/calendar';
import { formatDay } from './formatDay';

interface ScrubberProps {
  window: TimeWindow;
  /** Current playhead (epoch ms). */
  value: number;
  actions: TimelineActions;
  disabled: boolean;
}

export function Scrubber({ window: vp, value, actions, disabled }: ScrubberProps) {
  const min = Math.floor(vp.start);
  const max = Math.ceil(vp.end);
  const now = Math.min(max, Math.max(min, Math.round(value)));
  return (
    <div className="tl-scrubber">
      <input
        type="range"
        className="tl-slider"
        aria-label="Time"
        min={min}
        max={max}
        step="any"
        value={now}
        aria-valuemin={min}
        aria-valuemax={max}
        aria-valuenow={now}
        aria-valuetext={formatDay(value)}
        disabled={disabled}
        onChange={(e) => actions.scrubTo(Number(e.currentTarget.value))}
      />
    </div>
  );
}
