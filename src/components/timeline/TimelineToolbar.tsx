/**
 * The timeline's controls: zoom buttons, "Fit all", Play/Pause, the "Group by" choice and the
 * keyboard-help button.
 */
import type { LaneMode } from '../../store/store';
import { useDateline } from '../../store/react';
import type { TimelineActions } from './useTimelineActions';

const MODES: [LaneMode, string][] = [
  ['country', 'Country'],
  ['actor', 'Actor'],
  ['type', 'Event type'],
];

interface ToolbarProps {
  actions: TimelineActions;
  playing: boolean;
  onPlayToggle: () => void;
  onHelp: () => void;
  empty: boolean;
}

export function TimelineToolbar({ actions, playing, onPlayToggle, onHelp, empty }: ToolbarProps) {
  const laneMode = useDateline((s) => s.laneMode);
  const setLaneMode = useDateline((s) => s.setLaneMode);
  return (
    <div className="tl-toolbar">
      <div className="tl-buttons">
        <button type="button" onClick={() => actions.zoom(2)}>
          <span aria-hidden="true">＋ </span>Zoom in
        </button>
        <button type="button" onClick={() => actions.zoom(0.5)}>
          <span aria-hidden="true">－ </span>Zoom out
        </button>
        <button type="button" onClick={actions.fitAll}>
          Fit all
        </button>
        <button type="button" className="tl-play" onClick={onPlayToggle} disabled={empty && !playing} aria-label={playing ? 'Pause' : 'Play'}>
          <span aria-hidden="true">{playing ? '❚❚ ' : '▶ '}</span>
          {playing ? 'Pause' : 'Play'}
        </button>
      </div>
      <div role="radiogroup" aria-label="Group by" className="tl-groupby">
        <span className="tl-groupby-label" aria-hidden="true">
          Group by
        </span>
        {MODES.map(([mode, label]) => (
          <label key={mode}>
            <input type="radio" name="tl-group-by" value={mode} checked={laneMode === mode} onChange={() => setLaneMode(mode)} />
            {label}
          </label>
        ))}
      </div>
      <button type="button" className="tl-help-button" onClick={onHelp} aria-label="Keyboard shortcuts" aria-keyshortcuts="?">
        ?
      </button>
    </div>
  );
}
