/**
 * A report's headline as its title suggestion: the first non-empty line when it reads like a headline (short,
 * no sentence-ending full stop, followed by a line break). Returns the headline and its span, or null.
 */
// EXAMPLE: "Pompeo meets North Korea's Kim Yong-chol in New York\n\nNEW YORK, June 1 - …" → "Pompeo meets North Korea's Kim Yong-chol in New York"
export function suggestTitle(text: string): { title: string; start: number; end: number } | null {
  const m = /^\s*([^\n]{8,160})\n/.exec(text);
  if (!m) return null;
  const line = (m[1] as string).trim();
  if (/[.!?]["”’]?$/.test(line) && !/\b(?:U\.S|U\.N|Mr|Dr|St)\.$/.test(line)) return null;
  if (!/\p{Lu}/u.test(line.charAt(0))) return null;
  if (line.split(/\s+/).length < 3) return null;
  const start = text.indexOf(line);
  return { title: line, start, end: start + line.length };
}
