// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/lib/html/htmlToText';

const parse = (h: string) => new DOMParser().parseFromString(h, 'text/html');

describe('htmlToText(html, parse)', () => {
  it('keeps the article text and drops scripts, nav, footer and aside', () => {
    const html = `<html><head><title>Page</title><script>window.pwned = true</script></head><body>
      <nav>Home | World</nav><article><h1>Talks in Geneva</h1><p>GENEVA, March 19 — Envoys <b>met</b> today.</p>
      <aside>Read more</aside><p>They agreed to meet again.</p></article><footer>© Outlet</footer>
      <img src="http://example.invalid/x.png" onerror="window.pwned = true"></body></html>`;
    const { text, title } = htmlToText(html, parse);
    expect(title).toBe('Page');
    expect(text).toBe('Talks in Geneva\n\nGENEVA, March 19 — Envoys met today.\n\nThey agreed to meet again.');
    expect((window as unknown as { pwned?: boolean }).pwned).toBeUndefined();
  });
  it('falls back to <main>, then <body>', () => {
    expect(htmlToText('<body><div>Menu</div><main><p>Body text</p></main></body>', parse).text).toBe('Body text');
    expect(htmlToText('<body><p>Only body</p></body>', parse).text).toBe('Only body');
  });
});
