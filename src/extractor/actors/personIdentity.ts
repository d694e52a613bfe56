/**
 * Identity of people the gazetteer does not know: one key for every spelling of a name ("Kim Jong-un",
 * "Kim Jong Un", "Kim Jong-Un" → `kimjongun`) and a stable actor id `person:<slug>` ("person:kim-jong-un").
 * The id depends on the name only, so the same person gets the same id in every report.
 */

/** Letters without accents, lower case. */
function fold(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The comparison key of a person's name: letters and digits only, accents folded, case ignored. */
export function personKey(name: string): string {
  return fold(name).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The stable actor id of a person outside the gazetteer: `person:` and the name's words joined by hyphens. */
export function personId(name: string): string {
  const slug = fold(name)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `person:${slug}`;
}

/** Whether an actor id was minted for a person outside the gazetteer. */
export function isPersonId(id: string): boolean {
  return id.startsWith('person:');
}
