/**
 * Checks a `?data=<url>` parameter before anything is fetched: same origin only, http(s) or a
 * relative path; `javascript:`, `data:`, `blob:` and other schemes are refused with a reason.
 */

/** The outcome of checking a `?data=` value. */
export type DataUrlCheck = { ok: true; url: string } | { ok: false; reason: string };

/** Resolves `value` against the page URL and checks it may be loaded. */
export function resolveDataUrl(value: string, pageUrl: string): DataUrlCheck {
  const trimmed = value.trim();
  if (!trimmed) return { ok: false, reason: 'The data parameter is empty.' };
  let page: URL;
  let url: URL;
  try {
    page = new URL(pageUrl);
    url = new URL(trimmed, page);
  } catch {
    return { ok: false, reason: `"${trimmed}" is not a valid URL.` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { ok: false, reason: `Only http(s) URLs or relative paths can be loaded, not "${url.protocol}" URLs.` };
  if (url.origin !== page.origin)
    return { ok: false, reason: `Only datasets on this site (${page.origin}) can be loaded; "${url.origin}" is another origin.` };
  return { ok: true, url: url.href };
}
