/**
 * Recognisers: regular expressions (linear, no nested quantifiers) plus checks in code that
 * turn spans of text into {@link Candidate}s. Prepositions ("on", "in", "over") are not part
 * of a span, following TimeML. One file per family under `rules/`.
 */
import type { Candidate } from './frames';
import { anaphoraRules } from './rules/anaphora';
import { calendarDatesRules } from './rules/calendarDates';
import { durationsRules } from './rules/durations';
import type { Rule } from './rules/helpers';
import { monthsRules } from './rules/months';
import { numericDatesRules } from './rules/numericDates';
import { referencesRules } from './rules/references';
import { relativeDaysRules } from './rules/relativeDays';
import { seasonsAndYearsRules } from './rules/seasonsAndYears';
import { weekdaysRules } from './rules/weekdays';

const rules: Rule[] = [
  ...numericDatesRules,
  ...calendarDatesRules,
  ...monthsRules,
  ...weekdaysRules,
  ...relativeDaysRules,
  ...anaphoraRules,
  ...durationsRules,
  ...seasonsAndYearsRules,
  ...referencesRules,
];

/** All candidate expressions in `text` (overlapping; the caller picks among them). */
export function recognize(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m !== null; m = rule.re.exec(text)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const c = rule.build(m, text);
      if (c && c.end > c.start) out.push(c);
    }
  }
  return out;
}
