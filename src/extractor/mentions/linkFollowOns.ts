/**
 * One event per real happening inside a report: a sentence that goes on about a happening already reported
 * ("The call lasted two hours", "During the talks, Kim reaffirmed …", "The two leaders discussed …") is a further
 * citation of it, not a new event. Such a mention gets `follows` (the index of the mention it continues) and
 * that mention's date.
 *
 * A mention follows the nearest earlier dated mention (not itself a follow-on, within `REACH` characters) when
 * its sentence refers back to a happening with a definite noun phrase or "the two leaders", and either it has
 * no date of its own or the same one, and it is of the same type family, or its sentence places it inside the
 * happening ("during the talks", "on the call").
 */
import type { Mention } from '../../lib/model/extraction';
import { typeFamily } from './triggers';

// EXAMPLE: "The call, which lasted nearly two hours, covered Ukraine." · "The two leaders also discussed Taiwan." · "That meeting was the first since 2019."
const BACK_REFERENCE =
  /\b(?:the|that|this|their|its|his|her)\s+(?:[\p{L}-]+\s+){0,3}?(?:call|conversation|meeting|talks?|summit|visit|discussions?|exchange|session|dinner|video ?conference|deal|agreement|accord)\b|\b(?:the two|both)\s+(?:leaders|men|sides|ministers|presidents|officials|diplomats|envoys)\b/iu;
// EXAMPLE: "During the talks, Kim reaffirmed his commitment …" · "On the call, Biden warned …"
const INSIDE = /\b(?:during|in|on|at|over)\s+(?:the|their|that)\s+(?:[\p{L}-]+\s+){0,2}?(?:call|conversation|meeting|talks?|summit|visit|discussions?|session|dinner)\b/iu;

// EXAMPLE: "The meeting came two days after …" · "During the talks, Kim reaffirmed …" · "The two leaders talked for two hours."
const OPENING =
  /^\s*(?:(?:during|in|on|at|after|before)\s+)?(?:the|that|this|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:call|conversation|meeting|talks|summit|visit|discussions?|session|dinner)\b(?!\s+(?:of|with|between)\b)|^\s*(?:the two|both)\s+(?:leaders|men|sides|ministers|presidents)\b/iu;

/** How far back (characters) a follow-on may refer. */
export const REACH = 1500;

/** Sets `follows`, `date` and `timex` on follow-on mentions (in place, by index); returns the same array. */
export function linkFollowOns(mentions: Mention[]): Mention[] {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.boilerplate || !BACK_REFERENCE.test(m.text)) continue;
    const inside = INSIDE.test(m.text);
    // a sentence opening on the happening ("The meeting came two days after …", "During the talks, …") is about it,
    // whatever other date the sentence gives
    const opening = OPENING.test(m.text);
    for (let j = i - 1; j >= 0; j--) {
      const a = mentions[j] as Mention;
      if (m.start - a.end > REACH) break;
      if (a.start === m.start || a.follows !== undefined || !a.date || a.background || a.boilerplate) continue;
      const same = typeFamily(a.type) === typeFamily(m.type);
      if (!inside && !same) continue;
      if (m.date && !(opening && same && typeFamily(m.type) === 'consult') && (m.date.start !== a.date.start || m.date.end !== a.date.end)) break;
      m.follows = j;
      m.date = { ...a.date };
      m.timex = a.timex;
      break;
    }
  }
  return mentions;
}
