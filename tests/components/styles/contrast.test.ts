/**
 * WCAG AA contrast of the app theme (src/styles/app.css), light and dark: text pairs ≥ 4.5:1,
 * focus ring and large UI marks ≥ 3:1. Reads the custom properties from the stylesheet itself.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../../src/styles/app.css', import.meta.url), 'utf8');

function vars(block: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of block.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})\s*;/g)) out[m[1]!] = m[2]!;
  return out;
}

const light = vars(css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {'))));
const darkStart = css.indexOf(':root {', css.indexOf('@media (prefers-color-scheme: dark)'));
const dark = { ...light, ...vars(css.slice(darkStart, css.indexOf('}', darkStart))) };

function luminance(hex: string): number {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
}
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

const TEXT_PAIRS: [string, string][] = [
  ['fg', 'bg'],
  ['fg', 'surface'],
  ['fg', 'surface-2'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['muted', 'surface-2'],
  ['accent', 'bg'],
  ['accent', 'surface'],
  ['accent-fg', 'accent'],
  ['danger', 'danger-bg'],
  ['fg', 'danger-bg'],
  ['fg', 'mark-main'],
  ['fg', 'mark-other'],
  ['fg', 'chip-bg'],
  ['muted', 'chip-bg'],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('%s theme', (_name, theme) => {
  it('defines every colour the checks need', () => {
    for (const [a, b] of TEXT_PAIRS) {
      expect(theme[a], a).toMatch(/^#/);
      expect(theme[b], b).toMatch(/^#/);
    }
  });
  it.each(TEXT_PAIRS)('text %s on %s is at least 4.5:1', (fg, bg) => {
    expect(contrast(theme[fg]!, theme[bg]!)).toBeGreaterThanOrEqual(4.5);
  });
  it('the focus ring stands out (≥ 3:1) against the page and surfaces', () => {
    for (const bg of ['bg', 'surface', 'surface-2']) expect(contrast(theme.focus!, theme[bg]!)).toBeGreaterThanOrEqual(3);
  });
});
