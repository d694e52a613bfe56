import { describe, expect, it } from 'vitest';
import { buildTimelineIndex } from '../../src/timeline/buildTimelineIndex';
import { createFrameLayout, fitGeometry, layoutFrame } from '../../src/timeline/layoutFrame';
import { BAR_HEIGHT, FALLBACK_THEME, paintTimeline, type PaintParams } from '../../src/timeline/paintTimeline';
import { formatCompactCount } from '../../src/lib/format/formatCount';
import { DAY_MS } from '../../src/lib/model/calendar';
import { selectionMark } from '../../src/timeline/selectionMark';
import { day, ev } from './helpers';

/** A 2D context that records text, fills and strokes (enough for the painter). */
function recordingContext() {
  const texts: { text: string; x: number; y: number; fillStyle: string }[] = [];
  const calls: string[] = [];
  const ctx = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    globalAlpha: 1,
    font: '',
    textAlign: 'left',
    textBaseline: 'alphabetic',
    setTransform: () => calls.push('setTransform'),
    fillRect: (...args: number[]) => calls.push(args[3] === BAR_HEIGHT ? 'bar' : 'fillRect'),
    strokeRect: () => calls.push('strokeRect'),
    beginPath: () => undefined,
    closePath: () => undefined,
    moveTo: () => undefined,
    lineTo: () => undefined,
    arc: () => calls.push('arc'),
    arcTo: () => undefined,
    rect: () => undefined,
    fill: () => calls.push('fill'),
    stroke: () => calls.push('stroke'),
    setLineDash: (d: number[]) => calls.push(`dash:${d.join(',')}`),
    measureText: (s: string) => ({ width: s.length * 6 }),
    fillText(text: string, x: number, y: number) {
      texts.push({ text, x, y, fillStyle: this.fillStyle });
      calls.push(`text:${text}`);
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, texts, calls };
}

const T0 = Date.UTC(2022, 0, 1);

function params(over: Partial<PaintParams> = {}): PaintParams {
  return {
    width: 1000,
    height: 400,
    dpr: 2,
    axisHeight: 26,
    ticks: [{ x: 100, t: T0, label: 'Jan 2022', major: true }],
    theme: FALLBACK_THEME,
    selected: -1,
    hovered: -1,
    playheadX: 500,
    labelText: (i) => `label ${i}`,
    ...over,
  };
}

describe('paintTimeline(ctx, index, layout, geometry, params)', () => {
  it('draws axis labels, mark labels and the selection in the highlight colour', () => {
    const idx = buildTimelineIndex([ev({ start: day(10), title: 'A' }), ev({ start: day(50), title: 'B' })], 'country');
    const g = fitGeometry(1000, 26, idx.lanes.length);
    const layout = layoutFrame(createFrameLayout(), idx, T0, T0 + 100 * DAY_MS, g, { measure: () => 40 });
    const { ctx, texts, calls } = recordingContext();
    const drawn = paintTimeline(ctx, idx, layout, g, params({ selected: 1 }));
    expect(drawn).toEqual({ marks: 2, bins: 0 });
    expect(calls[0]).toBe('setTransform');
    expect(texts.map((t) => t.text)).toEqual(expect.arrayContaining(['Jan 2022', 'label 0', 'label 1']));
    expect(texts.find((t) => t.text === 'label 1')!.fillStyle).toBe(FALLBACK_THEME.highlight);
    expect(texts.find((t) => t.text === 'label 0')!.fillStyle).toBe(FALLBACK_THEME.text);
  });

  it('draws a selected event hidden in a bin on top, with a callout label', () => {
    const events = Array.from({ length: 50 }, (_, i) => ev({ id: `e${String(i).padStart(2, '0')}`, start: day(10) }));
    const idx = buildTimelineIndex(events, 'country');
    const g = fitGeometry(1000, 26, 1);
    const layout = layoutFrame(createFrameLayout(), idx, T0, T0 + 365 * DAY_MS, g, { measure: () => 40 });
    const { ctx, texts } = recordingContext();
    paintTimeline(ctx, idx, layout, g, params({ selected: 7, selection: selectionMark(idx, layout, 7, g), ticks: [] }));
    const label = texts.find((t) => t.text === 'label 7');
    expect(label).toBeDefined();
    expect(label!.fillStyle).toBe(FALLBACK_THEME.highlight);
  });

  it('does not draw an axis label cut by the right edge', () => {
    const idx = buildTimelineIndex([], 'country');
    const g = fitGeometry(300, 26, 1);
    const { ctx, texts } = recordingContext();
    const ticks = [
      { x: 100, t: T0, label: '2021', major: true },
      { x: 290, t: T0, label: '2022', major: true },
    ];
    paintTimeline(ctx, idx, layoutFrame(createFrameLayout(), idx, T0, T0 + DAY_MS, g), g, params({ width: 300, ticks, playheadX: null }));
    expect(texts.map((t) => t.text)).toEqual(['2021']);
  });

  it('marks disagreeing date claims with a dashed bracket and "≠"', () => {
    const idx = buildTimelineIndex(
      [
        ev({
          start: day(53),
          end: day(54),
          precision: 'range',
          dateClaims: [
            { source: 'a', expression: 'Thursday', start: day(54), end: day(54), precision: 'day' },
            { source: 'b', expression: 'Wednesday night', start: day(53), end: day(53), precision: 'day' },
          ],
        }),
      ],
      'country',
    );
    const g = fitGeometry(1000, 26, 1);
    const layout = layoutFrame(createFrameLayout(), idx, T0 + 40 * DAY_MS, T0 + 70 * DAY_MS, g);
    const { ctx, texts, calls } = recordingContext();
    paintTimeline(ctx, idx, layout, g, params());
    expect(texts.some((t) => t.text === '≠')).toBe(true);
    expect(calls).toContain('dash:3,2');
  });

  it('draws bins with count badges when crowded', () => {
    const idx = buildTimelineIndex(Array.from({ length: 1500 }, () => ev({ start: day(5) })), 'country');
    const g = fitGeometry(1000, 26, 1);
    const layout = layoutFrame(createFrameLayout(), idx, T0, T0 + 365 * DAY_MS, g);
    const { ctx, texts } = recordingContext();
    expect(paintTimeline(ctx, idx, layout, g, params())).toEqual({ marks: 0, bins: 1 });
    expect(texts.map((t) => t.text)).toContain('1.5k');
  });

  it('never lets count badges overlap', () => {
    // 40 crowds of 100, one empty cell apart: badges ("100", 26 px) wider than their spacing (24 px).
    const events = Array.from({ length: 4000 }, (_, i) => ev({ id: `c${String(i).padStart(4, '0')}`, start: day(100 + (i % 40) * 48) }));
    const idx = buildTimelineIndex(events, 'country');
    const g = fitGeometry(1000, 26, 1);
    const layout = layoutFrame(createFrameLayout(), idx, T0, T0 + 2000 * DAY_MS, g);
    const { ctx, texts } = recordingContext();
    paintTimeline(ctx, idx, layout, g, params({ ticks: [] }));
    const badges = texts.filter((t) => /^\d/.test(t.text)).map((t) => ({ x0: t.x - (t.text.length * 6 + 8) / 2, x1: t.x + (t.text.length * 6 + 8) / 2, y: t.y }));
    expect(badges.length).toBeGreaterThan(0);
    for (let a = 0; a < badges.length; a++)
      for (let b = a + 1; b < badges.length; b++) {
        if (badges[a]!.y !== badges[b]!.y) continue;
        expect(badges[a]!.x1 <= badges[b]!.x0 || badges[b]!.x1 <= badges[a]!.x0).toBe(true);
      }
  });

  it('draws nothing but the frame for zero events', () => {
    const idx = buildTimelineIndex([], 'country');
    const g = fitGeometry(1000, 26, 1);
    const { ctx } = recordingContext();
    expect(paintTimeline(ctx, idx, layoutFrame(createFrameLayout(), idx, T0, T0 + DAY_MS, g), g, params({ ticks: [] }))).toEqual({ marks: 0, bins: 0 });
  });
});

describe('paintTimeline z-order', () => {
  it('paints in z-order: bars, then points, then count badges, then date-conflict markers, then labels', () => {
    const conflict = ev({
      id: 'conflict',
      start: day(60),
      end: day(61),
      precision: 'range',
      countries: ['RU'],
      dateClaims: [
        { source: 'a', expression: 'Thursday', start: day(61), end: day(61), precision: 'day' },
        { source: 'b', expression: 'Wednesday night', start: day(60), end: day(60), precision: 'day' },
      ],
    });
    const crowd = Array.from({ length: 30 }, (_, i) => ev({ id: `c${String(i).padStart(2, '0')}`, start: day(58), countries: ['RU'] }));
    const point = ev({ id: 'point', start: day(10), countries: ['RU'], title: 'P' });
    const idx = buildTimelineIndex([point, conflict, ...crowd], 'country');
    const g = fitGeometry(1000, 26, 1);
    const layout = layoutFrame(createFrameLayout(), idx, T0, T0 + 100 * DAY_MS, g, { measure: () => 30 });
    expect(layout.badges.some((b) => b.drawn)).toBe(true);
    const { ctx, calls } = recordingContext();
    paintTimeline(ctx, idx, layout, g, params({ ticks: [], playheadX: null }));
    const lastBar = calls.lastIndexOf('bar');
    const firstArc = calls.indexOf('arc');
    const badgeText = calls.findIndex((c) => c === `text:${formatCompactCount(30)}` || /^text:\d+$/.test(c));
    const conflictText = calls.indexOf('text:≠');
    const firstLabel = calls.findIndex((c) => c.startsWith('text:label'));
    expect(lastBar).toBeGreaterThan(-1);
    expect(firstArc).toBeGreaterThan(lastBar);
    expect(badgeText).toBeGreaterThan(calls.lastIndexOf('arc'));
    expect(conflictText).toBeGreaterThan(badgeText);
    expect(firstLabel).toBeGreaterThan(conflictText);
  });
});
