/** Common English country names from ISO alpha-2 codes ("RU" → "Russia"), via Intl.DisplayNames. */

let names: Intl.DisplayNames | null | undefined;

/** "United States" for "US"; the code itself when unknown. */
export function countryName(code: string): string {
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    } catch {
      names = null;
    }
  }
  if (!names) return code;
  try {
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
