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
