/**
 * HTML page → article text, in the browser. Mozilla's Readability (what Firefox Reader View uses)
 * picks the article out of the page (dropping navigation, sidebars, share widgets, comments); its
 * cleaned article HTML is then flattened to text with paragraph breaks. Pages Readability does not
 * take for articles (too short, no article-like block) fall back to `<article>`, then `<main>`, then `<body>`.
 *
 * The caller injects a parser (normally `DOMParser`), which builds an inert document: scripts do
 * not run and nothing remote is loaded. Only text leaves here; it is never rendered as HTML.
 * Readability is loaded on first use, so it stays out of the entry chunk.
 */

/** Parses HTML into an inert document (e.g. `(h) => new DOMParser().parseFromString(h, 'text/html')`). */
export type HtmlParser = (html: string) => Document;

/** The article text of a page and its title. */
export interface ArticleText {
  text: string;
  title: string;
}

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

/** Text of an element with a blank line between blocks and single spaces inside them. */
function blockText(root: Node): string {
  const out: string[] = [];
  walk(root, out);
  return out
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function pageTitle(doc: Document): string {
  return (doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? doc.querySelector('title')?.textContent ?? doc.querySelector('h1')?.textContent ?? '').trim();
}

/** The largest `<article>`, else `<main>`, else the body, with scripts, navigation, footers and asides removed. */
function fallbackText(doc: Document): string {
  doc.querySelectorAll(DROP).forEach((el) => el.remove());
  const articles = [...doc.querySelectorAll('article')];
  const root = articles.sort((a, b) => (b.textContent?.length ?? 0) - (a.textContent?.length ?? 0))[0] ?? doc.querySelector('main') ?? doc.body ?? doc.documentElement;
  return blockText(root);
}

/**
 * When a page counts as an article: Firefox's test (paragraphs of 140+ characters, score 20) made a
 * little more lenient, because a dropped report is a page the user chose for its article, and
 * wire stories are often three or four short paragraphs.
 */
const READERABLE = { minContentLength: 80, minScore: 10 };

/** The article text and title of an HTML page. */
export async function articleText(html: string, parse: HtmlParser): Promise<ArticleText> {
  const doc = parse(html);
  const title = pageTitle(doc);
  const { Readability, isProbablyReaderable } = await import('@mozilla/readability');
  // Readability changes the document it reads: give it its own copy and keep `doc` for the fallback.
  const article = isProbablyReaderable(doc, READERABLE) ? new Readability(doc.cloneNode(true) as Document).parse() : null;
  if (article?.content) {
    const text = blockText(parse(article.content).body);
    if (text) return { text, title: title || (article.title ?? '').trim() };
  }
  return { text: fallbackText(doc), title };
}
