/** Word lists used by actor recognition: titles, role nouns, organisation words, group nouns. */

/** Titles that precede a person's name ("Mr.", "President", "Secretary of State"). Lower-case, multi-word allowed. */
export const PERSON_TITLES = [
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'president', 'vice president', 'prime minister', 'premier',
  'chancellor', 'foreign minister', 'defense minister', 'defence minister', 'minister', 'secretary of state',
  'deputy secretary of state', 'secretary', 'press secretary', 'ambassador', 'envoy', 'gen', 'general', 'lt', 'col',
  'colonel', 'adm', 'admiral', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'mayor', 'king', 'queen',
  'prince', 'princess', 'pope', 'sheikh', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'adviser', 'advisor',
  'national security adviser', 'leader', 'chairman', 'chairwoman', 'commissioner', 'judge', 'justice', 'speaker',
  'counterpart', 'diplomat', 'official', 'lawmaker', 'journalist', 'columnist', 'professor', 'analyst', 'actress', 'actor',
];

/** Single-token honorifics that make the next capitalised word a person on their own ("Mr. Qin"). */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'madam']);

/** Role nouns that can stand for a known person in "the <role>" ("the ambassador"). */
export const ROLE_NOUNS = [
  'secretary of state', 'deputy secretary of state', 'foreign minister', 'prime minister', 'national security adviser',
  'press secretary', 'defense secretary', 'ambassador', 'president', 'premier', 'chancellor', 'spokesman',
  'spokeswoman', 'spokesperson', 'director', 'secretary', 'envoy', 'minister', 'king', 'queen', 'pope',
];

/** Words that mark a capitalised phrase as an organisation, place or thing rather than a person. */
export const ORG_WORDS = new Set([
  'ministry', 'department', 'agency', 'council', 'embassy', 'commission', 'committee', 'party', 'organization',
  'organisation', 'university', 'college', 'institute', 'times', 'post', 'news', 'television', 'tv', 'radio',
  'house', 'office', 'bank', 'group', 'company', 'co', 'inc', 'corp', 'ltd', 'association', 'congress', 'parliament',
  'army', 'navy', 'force', 'forces', 'union', 'nations', 'treaty', 'summit', 'conference', 'games', 'olympics',
  'street', 'strait', 'sea', 'ocean', 'island', 'islands', 'city', 'province', 'state', 'states', 'court', 'service',
  'administration', 'government', 'security', 'foreign', 'affairs', 'intelligence', 'federation', 'republic', 'kingdom',
  'war', 'cold', 'central', 'national', 'international', 'global', 'world', 'peninsula', 'airport', 'square', 'hall',
  'system', 'program', 'programme', 'award', 'awards', 'festival', 'league', 'club', 'foundation', 'fund', 'network',
  'facebook', 'instagram', 'twitter', 'reuters', 'bloomberg', 'associated', 'press', 'daily', 'journal', 'tribune',
  'herald', 'guardian', 'telegraph', 'mail', 'review', 'magazine', 'weekly', 'channel', 'assembly', 'senate',
  'olympic', 'winter', 'summer', 'spring', 'autumn', 'fall', 'day', 'week', 'month', 'year', 'airlines', 'motors',
  'semiconductor', 'manufacturing', 'technologies', 'technology', 'systems', 'holdings', 'partners', 'capital',
  'front', 'movement', 'coalition', 'brigade', 'brigades', 'region', 'territory', 'territories', 'river', 'mountains', 'coast', 'border', 'peninsula', 'valley', 'desert',
]);

/** Month and weekday names (never people). */
export const CALENDAR_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter',
]);

/** Capitalised function words that open sentences and are never part of a name. */
export const STOP_CAPS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'of', 'for', 'and', 'but', 'or', 'if', 'as', 'by', 'to', 'from', 'with', 'after',
  'before', 'when', 'while', 'this', 'that', 'these', 'those', 'there', 'it', 'its', 'he', 'she', 'they', 'we', 'i',
  'his', 'her', 'their', 'our', 'some', 'many', 'each', 'every', 'other', 'others', 'both', 'according', 'however',
  'meanwhile', 'days', 'hours', 'weeks', 'months', 'years', 'last', 'next', 'early', 'late', 'mid', 'over', 'during',
  'since', 'until', 'about', 'despite', 'under', 'asked', 'even', 'still', 'yet', 'so', 'not', 'no', 'all', 'any',
  'what', 'who', 'how', 'why', 'where', 'which', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine',
  'ten', 'first', 'second', 'third', 'former', 'then', 'now', 'also', 'just', 'only', 'soldiers', 'people', 'officials',
  'spokespeople', 'advertisement', 'photo', 'source', 'read', 'share', 'comments', 'comment', 'more', 'you', 'your',
  'my', 'me', 'us', 'following', 'during', 'beyond', 'instead', 'fact', 'example', 'reuters', 'concerns', 'in',
]);

/** Group nouns after a country adjective that make the phrase a state actor ("Chinese officials"). */
export const GROUP_NOUNS = new Set([
  'officials', 'official', 'diplomats', 'diplomat', 'government', 'governments', 'leaders', 'leader', 'leadership',
  'forces', 'troops', 'military', 'army', 'navy', 'side', 'counterparts', 'counterpart', 'authorities', 'administration',
  'ministry', 'embassy', 'president', 'delegation', 'negotiators', 'envoy', 'warships', 'soldiers', 'state',
  'ambassador', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'premier', 'chancellor', 'representative',
]);
