/**
 * Resolves the timeline's CSS custom properties (documented in timeline.css) into colours the
 * canvas painters can use, with light-theme fallbacks.
 */
import { FALLBACK_THEME, type TimelineTheme } from '../../timeline/paintTimeline';
import type { OverviewTheme } from '../../timeline/paintOverview';

const VARS: Record<keyof Omit<TimelineTheme, 'font'>, string> = {
  background: '--tl-bg',
  laneAlt: '--tl-lane-alt',
  grid: '--tl-grid',
  gridMajor: '--tl-grid-major',
  axisText: '--tl-axis-text',
  text: '--tl-text',
  mark: '--tl-mark',
  markUser: '--tl-mark-user',
  bin: '--tl-bin',
  badgeBackground: '--tl-badge-bg',
  badgeText: '--tl-badge-text',
  highlight: '--tl-highlight',
  playhead: '--tl-playhead',
  conflict: '--tl-conflict',
};

/** Reads the theme from the computed style of `el` (any element inside the timeline). */
export function readTheme(el: Element): TimelineTheme {
  const style = getComputedStyle(el);
  const theme = { ...FALLBACK_THEME };
  for (const [key, name] of Object.entries(VARS) as [keyof typeof VARS, string][]) {
    const v = style.getPropertyValue(name).trim();
    if (v) theme[key] = v;
  }
  const font = style.fontFamily;
  if (font) theme.font = font;
  return theme;
}

/** The overview's colours, derived from the timeline theme. */
export function overviewTheme(el: Element): OverviewTheme {
  const style = getComputedStyle(el);
  const get = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    background: get('--tl-bg', FALLBACK_THEME.background),
    all: get('--tl-overview-all', '#c5ccd6'),
    filtered: get('--tl-mark', FALLBACK_THEME.mark),
  };
}
