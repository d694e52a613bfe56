/**
 * An integer with English thousands separators ("10,000", "-1,234"), as `n.toLocaleString('en')`
 * writes it, without Intl: the first Intl.NumberFormat costs tens of ms of ICU start-up on the
 * first render. Other numbers (fractions, -0, non-finite) fall back to `toLocaleString('en')`.
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en');
  const digits = String(Math.abs(n));
  let out = '';
  for (let i = digits.length; i > 0; i -= 3) out = (i > 3 ? ',' : '') + digits.slice(Math.max(0, i - 3), i) + out;
  return n < 0 ? `-${out}` : out;
}

/** A count in at most four characters, for badges: 7 → "7", 1234 → "1.2k", 56789 → "57k". */
export function formatCompactCount(n: number): string {
  if (n < 1000) return String(n);
  if (n < 10_000) return `${(n / 1000).toFixed(1)}k`;
  return `${Math.round(n / 1000)}k`;
}
