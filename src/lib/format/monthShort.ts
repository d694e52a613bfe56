/** English short month names, index 0 = January. */
export const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** "Nov" for month 11. */
export function monthShort(month: number): string {
  return MONTHS_SHORT[month - 1] ?? '?';
}
