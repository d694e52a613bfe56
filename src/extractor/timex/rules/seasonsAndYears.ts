/** Seasons ("over the winter", "last summer") and years ("in 2014", "the 1990s", "2014-2016"). */
import { SEASONS, COUNT_NOUNS, partOf, relOf, span, yearOf, opt, type Rule } from './helpers';

/** Seasons ("over the winter", "last summer") and years ("in 2014", "the 1990s", "2014-2016").. */
export const seasonsAndYearsRules: Rule[] = [
  // seasons: the winter, last summer, this spring, the winter of 2021, late summer
  {
    re: /\b(?:([Tt]his|[Ll]ast|[Nn]ext|[Tt]he|[Tt]hat|[Pp]ast|[Cc]oming)\s+)?(?:([Ee]arly|[Mm]id|[Ll]ate)[-\s]+)?(winter|spring|summer|fall|autumn)\b(?:,?\s+(?:of\s+)?((?:1[89]|20)\d\d)(?![\d%,]))?/g,
    build: (m, text) => {
      const det = (m[1] ?? '').toLowerCase();
      const part = partOf(m[2]);
      const year = yearOf(m[4]);
      const season = SEASONS[m[3] ?? ''] ?? 'WI';
      if (!det && part === undefined && year === null) return null;
      if ((m[3] === 'fall' || m[3] === 'spring') && !det && year === null) return null; // verbs
      const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (/^[ \t]+[A-Z]/.test(rest) && year === null) return null; // "winter Olympics"-style names
      if (year === null && /^\s+(?:of|in)\s+(?!(?:1[89]|20)\d\d)/.test(rest)) return null; // "the fall of Kabul"
      if (/^-/.test(rest)) return null;
      const rel = relOf(det);
      return span(m, { kind: 'season', season, year, ...opt('rel', rel), ...opt('part', part) });
    },
  },
  // years: 2014, the 1990s, 2014's
  {
    re: /\b((?:1[89]|20)\d\d)(s)?\b/g,
    build: (m, text) => {
      const prev = text[m.index - 1] ?? '';
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
      if (/[\d$£€#.,:/-]/.test(prev) || /^(?:[-–]\d|%|[.,:/]\d|\s*(?:percent|per\s+cent)\b)/.test(after)) return null;
      const next = /^\s+([a-z]+)/.exec(after)?.[1] ?? '';
      if (COUNT_NOUNS.has(next)) return null;
      if (/\b(?:No|Number|number|no|Resolution|Article|Flight|flight|Route|route|Room|room|Highway|Section|section|Page|page|Chapter|chapter|Paragraph|Clause|Rule|Code|Vol|Item)\.?\s+$/.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
      if (/^\(/.test(after)) return null; // "Section 2014(b)" 
      return span(m, { kind: 'year', year: Number(m[1]), ...opt('decade', m[2] ? true : undefined) });
    },
  },
  // 2014-2016, 2021-22 (a range of years)
  {
    re: /\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d|\d\d)\b(?![-–.,/]\d)/g,
    build: (m, text) => {
      if (/[\d$£€#.,:/-]/.test(text[m.index - 1] ?? '')) return null;
      const y1 = Number(m[1]);
      const raw = m[2] ?? '';
      const y2 = raw.length === 2 ? Math.floor(y1 / 100) * 100 + Number(raw) : Number(raw);
      if (y2 <= y1 || y2 - y1 > 50) return null;
      return span(m, { kind: 'yearSpan', year: y1, yearOffset: 0, fromMonth: 1, toMonth: 12 * (y2 - y1 + 1) });
    },
  },
];
