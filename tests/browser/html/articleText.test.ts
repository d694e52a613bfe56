// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { articleText } from '../../../src/browser/html/articleText';

const parse = (h: string) => new DOMParser().parseFromString(h, 'text/html');

const para = [
  'WASHINGTON — Jake Sullivan, the national security adviser, met Yang Jiechi, China’s top foreign policy official, in Rome on Monday for seven hours of talks.',
  'American officials said before the meeting that they had evidence China had signalled a willingness to provide military support to Russia, a claim Beijing denied.',
  'The meeting came as Russian forces pressed their assault on Kyiv, and as the White House warned of consequences for any country that helped Moscow evade sanctions.',
];

describe('articleText(html, parse)', () => {
  it('takes the article out of a news page: no menu, share buttons, related links, comments or cookie banner', async () => {
    const html = `<!doctype html><html><head><title>U.S. and China Meet in Rome - The Daily Example</title>
      <meta property="og:title" content="U.S. and China meet in Rome"><script>window.pwned = true</script></head><body>
      <div class="cookie-banner">We use cookies. <a href="#">Accept all</a></div>
      <div class="site-header"><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a> <a href="/opinion">Opinion</a></div>
      <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
      <div class="story-body"><h1>U.S. and China meet in Rome</h1>
        <p class="byline">By A. Reporter</p>
        ${para.map((p) => `<p>${p}</p>`).join('\n')}
      </div>
      <div class="related-links"><h3>More in World</h3><ul><li><a href="/a">Markets fall</a></li><li><a href="/b">Storm hits coast</a></li></ul></div>
      <div id="comments" class="comments"><h3>Comments</h3><p>First!</p></div>
      <img src="http://example.invalid/x.png" onerror="window.pwned = true"></body></html>`;
    const { text, title } = await articleText(html, parse);
    expect(title).toBe('U.S. and China meet in Rome');
    for (const p of para) expect(text).toContain(p);
    expect(text).toContain(`${para[0]}\n\n${para[1]}`);
    for (const junk of ['cookies', 'Share on', 'Politics', 'Markets fall', 'First!']) expect(text).not.toContain(junk);
    expect((window as unknown as { pwned?: boolean }).pwned).toBeUndefined();
  });

  it('falls back to <article>, then <main>, then <body> for a page too short to read as an article', async () => {
    const html = `<html><head><title>Page</title></head><body><nav>Home | World</nav><article><h1>Talks in Geneva</h1>
      <p>GENEVA, March 19 — Envoys <b>met</b> today.</p><aside>Read more</aside><p>They agreed to meet again.</p></article><footer>© Outlet</footer></body></html>`;
    const { text, title } = await articleText(html, parse);
    expect(title).toBe('Page');
    expect(text).toBe('Talks in Geneva\n\nGENEVA, March 19 — Envoys met today.\n\nThey agreed to meet again.');
    expect((await articleText('<body><div>Menu</div><main><p>Body text</p></main></body>', parse)).text).toBe('Body text');
    expect((await articleText('<body><p>Only body</p></body>', parse)).text).toBe('Only body');
  });
});
