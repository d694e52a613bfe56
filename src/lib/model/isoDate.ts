const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar day written `YYYY-MM-DD` (so `2022-02-30` is not). */
export function isIsoDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= daysInMonth;
}

/** Why `value` is not a valid day, or null when it is. */
export function isoDayProblem(value: string): string | null {
  if (!ISO_DAY.test(value)) return `"${value}" is not a date written YYYY-MM-DD`;
  if (!isIsoDay(value)) return `"${value}" is not a real calendar day`;
  return null;
}
