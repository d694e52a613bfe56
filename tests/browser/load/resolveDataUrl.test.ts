import { describe, expect, it } from 'vitest';
import { resolveDataUrl } from '../../../src/browser/load/resolveDataUrl';

const PAGE = 'https://dateline.example/app/index.html?x=1';

describe('resolveDataUrl(value, pageUrl)', () => {
  it('resolves a relative path against the page', () => {
    expect(resolveDataUrl('data/big.json', PAGE)).toEqual({ ok: true, url: 'https://dateline.example/app/data/big.json' });
    expect(resolveDataUrl('/other.json', PAGE)).toEqual({ ok: true, url: 'https://dateline.example/other.json' });
  });
  it('accepts an absolute same-origin URL', () => {
    expect(resolveDataUrl('https://dateline.example/d.json', PAGE).ok).toBe(true);
  });
  it('refuses another origin, saying why', () => {
    const r = resolveDataUrl('https://evil.example/d.json', PAGE);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/another origin/);
    expect(resolveDataUrl('//evil.example/d.json', PAGE).ok).toBe(false);
    expect(resolveDataUrl('http://dateline.example/d.json', PAGE).ok).toBe(false);
  });
  it('refuses javascript:, data: and blob: URLs', () => {
    for (const v of ['javascript:alert(1)', 'data:application/json,{}', 'blob:https://dateline.example/x', ' JAVASCRIPT:alert(1)']) {
      const r = resolveDataUrl(v, PAGE);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(/Only http\(s\)/);
    }
  });
  it('refuses an empty value', () => {
    expect(resolveDataUrl('  ', PAGE).ok).toBe(false);
  });
});
