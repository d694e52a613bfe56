/**
 * A cheap English detector: the share of very common English function words among the words of a text.
 * Texts mostly in another script are not English; short Latin texts (under 20 words) are given the benefit of the doubt.
 */
const COMMON = new Set([
  'the', 'of', 'and', 'to', 'a', 'in', 'that', 'is', 'was', 'for', 'on', 'with', 'as', 'by', 'it', 'he', 'she',
  'they', 'at', 'from', 'his', 'her', 'their', 'had', 'has', 'have', 'be', 'been', 'were', 'are', 'said', 'not',
  'an', 'this', 'or', 'but', 'would', 'which', 'who', 'its', 'after', 'will', 'than', 'about',
]);

/** Whether `text` looks like English prose. Samples at most the first 200,000 characters. */
export function looksEnglish(text: string): boolean {
  const sample = text.slice(0, 200_000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (letters >= 10 && latin / letters < 0.5) return false;
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 20) return true;
  let hits = 0;
  for (const w of words) if (COMMON.has(w)) hits++;
  return hits / words.length >= 0.08;
}
