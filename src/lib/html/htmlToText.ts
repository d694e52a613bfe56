/**
 * HTML → article text. Browser only: the caller injects a parser (normally `DOMParser`), which
 * builds an inert document — scripts do not run and nothing remote is loaded. Only text leaves here.
 */

/** Parses HTML into an inert document (e.g. `(h) => new DOMParser().parseFromString(h, 'text/html')`). */
export type HtmlParser = (html: string) => Document;

const DROP = 'script, style, noscript, template, iframe, object, embed, svg, canvas, nav, footer, aside, header[role="banner"], form, button, [aria-hidden="true"], [hidden]';
const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'TR', 'TABLE', 'FIGCAPTION', 'FIGURE', 'HEADER', 'TIME', 'DL', 'DT', 'DD', 'ADDRESS']);

function walk(node: Node, out: string[]): void {
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) {
      out.push((c.textContent ?? '').replace(/\s+/g, ' '));
    } else if (c.nodeType === 1) {
      const el = c as Element;
      if (el.tagName === 'BR') {
        out.push('\n');
        continue;
      }
      const block = BLOCK.has(el.tagName);
      if (block) out.push('\n\n');
      walk(el, out);
      if (block) out.push('\n\n');
    }
  }
}

/** The article text of an HTML page: prefers `<article>`, then `<main>`, then `<body>`; drops scripts, styles, nav, footers and asides. */
export function htmlToText(html: string, parse: HtmlParser): { text: string; title: string } {
  const doc = parse(html);
  const title = (doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? doc.querySelector('title')?.textContent ?? doc.querySelector('h1')?.textContent ?? '').trim();
  doc.querySelectorAll(DROP).forEach((el) => el.remove());
  const articles = [...doc.querySelectorAll('article')];
  const root = articles.sort((a, b) => (b.textContent?.length ?? 0) - (a.textContent?.length ?? 0))[0] ?? doc.querySelector('main') ?? doc.body ?? doc.documentElement;
  const out: string[] = [];
  walk(root, out);
  const text = out
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, title };
}
