/**
 * A compact key to the timeline's visual encoding (shape, fill, brackets, badges), so colour is
 * never the only carrier and first-time users can read the chart.
 */
import { memo } from 'react';

/** Static: memoized so viewport changes (every zoom frame) do not re-render it. */
export const TimelineLegend = memo(function TimelineLegend() {
  return (
    <ul className="tl-legend" aria-label="Legend">
      <li>
        <svg width="14" height="14" aria-hidden="true">
          <circle cx="7" cy="7" r="5" className="tl-legend-fill" />
        </svg>
        Known day
      </li>
      <li>
        <svg width="34" height="14" aria-hidden="true">
          <rect x="2" y="3" width="3" height="8" className="tl-legend-fill" opacity="0.35" />
          <rect x="5" y="3" width="24" height="8" className="tl-legend-fill" />
          <rect x="29" y="3" width="3" height="8" className="tl-legend-fill" opacity="0.35" />
        </svg>
        Approximate dates (soft ends)
      </li>
      <li>
        <svg width="14" height="14" aria-hidden="true">
          <circle cx="7" cy="7" r="4.5" className="tl-legend-hollow" />
        </svg>
        Parsed, not curated
      </li>
      <li>
        <svg width="30" height="14" aria-hidden="true">
          <line x1="4" y1="5" x2="20" y2="5" className="tl-legend-conflict" strokeDasharray="3 2" />
          <line x1="4" y1="5" x2="4" y2="10" className="tl-legend-conflict" />
          <line x1="20" y1="5" x2="20" y2="10" className="tl-legend-conflict" />
          <text x="22" y="10" className="tl-legend-conflict-text">
            ≠
          </text>
        </svg>
        Sources differ on the date
      </li>
      <li>
        <svg width="14" height="24" aria-hidden="true">
          <circle cx="7" cy="4" r="3.5" className="tl-legend-fill" />
          <line x1="7" y1="4" x2="7" y2="20" className="tl-legend-line" />
          <circle cx="7" cy="20" r="3.5" className="tl-legend-fill" />
        </svg>
        One event in several lanes
      </li>
      <li>
        <span className="tl-legend-badge" aria-hidden="true">
          12
        </span>
        Crowded: click or zoom in to open
      </li>
    </ul>
  );
});
