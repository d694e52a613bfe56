/**
 * The event trigger lexicon: patterns of English news writing → PLOVER type and mode (see DEVELOPERS.md).
 * Earlier entries win when a sentence holds several triggers of the same family.
 */
import type { EventMode, EventType } from '../../lib/model/types';

/** One trigger pattern. `weak` triggers (nominal references such as "the invasion") lower confidence. */
export interface Trigger {
  type: EventType;
  mode?: EventMode;
  re: RegExp;
  weak?: boolean;
  /** A statement that is an event in itself (a speech, an interview), not just a reporting verb. */
  strong?: boolean;
  /** A refinement of the type for headline verbs (`REJECT:cancel` → "calls off"; see src/lib/model/headlineTitle.ts). */
  act?: string;
}

const w = (s: string, flags = 'i') => new RegExp(s, flags);

/** Trigger patterns, strongest first. */
export const TRIGGERS: Trigger[] = [
  { type: 'CONSULT', mode: 'video', re: w(String.raw`\b(?:video[- ]?(?:summit|call|conference|link|talks?|meeting|chat)|videoconference|virtual (?:summit|meeting|talks?|call)|met virtually|(?:talked|spoke|met) (?:[^.;]{0,40} )?(?:by|via|over) video)\b`) },
  { type: 'REJECT', act: 'cancel', re: w(String.raw`\b(?:call(?:ed|s|ing) off|cancel(?:l?ed|s|l?ing)?|scrapp(?:ed|ing)|scraps|pulled out of|postpon(?:ed|es|ing))\b`) },
  { type: 'CONSULT', mode: 'phone', re: w(String.raw`\b(?:(?:tele)?phone (?:call|conversation|talks?)|(?:by|on the|over the) (?:tele)?phone|(?:tele)?phoned|had a call|held a call|a call with|(?:the|their|this) call\b|call with)`) },
  { type: 'CONSULT', mode: 'phone', re: w(String.raw`\bcalled (?:him|her|them|his counterpart|her counterpart|[A-Z][\p{L}]+ [A-Z][\p{L}]+\b)`, 'u') },
  { type: 'SANCTION', mode: 'economic', re: w(String.raw`\b(?:impos(?:ed|es|ing)|announc(?:ed|es|ing)|slapp(?:ed|ing)|levied|unveil(?:ed|s)|expand(?:ed|s))\b[^.;]{0,40}\b(?:sanctions?|penalties|tariffs|export controls|restrictions)\b|\bsanctions? (?:imposed|announced)\b|\bsanctioned\b|\bblacklisted\b|\bfroze (?:the )?assets\b`) },
  { type: 'CONSULT', mode: 'multilateral', re: w(String.raw`\b(?:security conference|summit of|G-?7|G-?20|ministerial meeting|(?:general )?assembly session|forum)\b`) },
  { type: 'ASSAULT', mode: 'military', re: w(String.raw`\b(?:invaded|invades|invading|attacked|launched [“"‘']?(?:a |an |the |its )?[“"‘']?(?:[\p{L}-]+ ){0,3}(?:offensive|invasion|operations?|strikes?|attack|war)|began (?:a |an |the |its )?(?:[\p{L}-]+ ){0,3}(?:offensive|invasion|attack)|shell(?:ed|ing)|bombard(?:ed|ing|ment)|(?:missile|air|drone) ?strikes?|struck|troops (?:entered|crossed|rolled|advanced)|(?:entered|crossed into) (?:the country|the territory|\p{L}+ from)|crossed the border|pummel(?:ed|ing|led|ling)|declared war|rolled across|seized|annexed|opened fire|fired (?:missiles|rockets|shells))\b`, 'iu') },
  { type: 'CONSULT', mode: 'visit', re: w(String.raw`\b(?:met|meets|meeting|meetings|talks|held talks|visited|visits|visit to|flew to|flown to|traveled to|travelled to|trip to|sat down with|summit)\b`) },
  { type: 'CONSULT', re: w(String.raw`\b(?:discussion|discussions|diplomatic exchange|spoke (?:to|with)(?! reporters| journalists| the press| the media| the nation)|talked (?:to|with)|conversations?|contacts? with)\b`) },
  { type: 'CONSULT', mode: 'host', re: w(String.raw`\b[Ww]elcomed (?=\p{Lu}|(?:his|her|their) |the (?:visiting|president|prime|leader|delegation|minister|king|crown))`, 'u') },
  { type: 'CONSULT', re: w(String.raw`\b(?:(?:two|both) (?:leaders|sides|men|ministers|presidents|diplomats)|they) (?:[a-z]+ ){0,2}(?:spoke|talked|conferred)\b|\bspoke again\b`) },
  { type: 'CONSULT', mode: 'host', re: w(String.raw`\b[Ww]elcomed (?=\p{Lu}|(?:his|her|their) |the (?:visiting|president|prime|leader|delegation|minister|king|crown))`, 'u') },
  { type: 'CONSULT', mode: 'host', re: w(String.raw`\b[Rr]eceived (?=\p{Lu}\p{L}+ \p{Lu}|(?:his|her|their) (?:counterpart|guest)|the (?:visiting|envoy|delegation|minister|president|prime))`, 'u') },
  { type: 'CONSULT', mode: 'host', re: w(String.raw`\b(?:hosted|hosts|summon(?:ed|s|ing)\b[^.;]{0,40}\b(?:ambassador|envoy|charg[eé] d'affaires|diplomat))\b`) },
  { type: 'THREATEN', mode: 'economic', re: w(String.raw`\b(?:warn(?:ed|s|ing)?|threat(?:en(?:ed|s)?)?)\b[^.;]{0,120}\b(?:sanctions?|costs|economic|penalt(?:y|ies)|consequences|implications)\b|\bwould impose\b[^.;]{0,40}\bsanctions\b`) },
  { type: 'THREATEN', mode: 'military', re: w(String.raw`\bthreat(?:en(?:ed|s|ing))\b[^.;]{0,60}\b(?:force|military|attack|strike|war)\b`) },
  { type: 'COOPERATE', mode: 'intelligence', re: w(String.raw`\b(?:shar(?:ed|es|ing)|present(?:ed|ing)|pass(?:ed|ing)|relay(?:ed|ing)|hand(?:ed|ing) over|turn(?:ed|ing) over|provid(?:ed|ing)|laid out|laying out|told)\b[^.;]{0,80}\b(?:intelligence|information|findings|evidence|data)\b|\b(?:intelligence|information)[- ]sharing\b|\bbriefed\b|\binformed\b`) },
  { type: 'COOPERATE', mode: 'diplomatic', re: w(String.raw`\b(?:cooperat(?:e|ed|ing|ion)|coordinat(?:e|ed|ing)|work(?:ed|ing)? together|joined forces)\b`) },
  { type: 'MOBILIZE', mode: 'military', re: w(String.raw`\b(?:deploy(?:ed|s|ing|ment)|(?:troop |military )?build-?up|massed|massing|order(?:ed|s|ing) (?:the )?(?:new )?(?:troops|forces)|sen(?:t|ding|ds) (?:the )?(?:new )?troops|troops into|military exercises?|drills|mobiliz(?:ed|es|ing|ation)|mobilis(?:ed|es|ing|ation)|sailed|encircle(?:d|ment)|encircling)\b`) },
  { type: 'STATEMENT', mode: 'written', act: 'joint', re: w(String.raw`\bjoint statement\b`), strong: true },
  { type: 'STATEMENT', mode: 'verbal', re: w(String.raw`\b(?:on (?:state )?television|televised (?:address|speech|remarks)|in a (?:televised |video )?(?:speech|address)|address to the nation|in an interview|told (?:a |an )?(?:interviewer|radio|television|newspaper))\b`), strong: true },
  { type: 'AGREE', re: w(String.raw`\b(?:agreed|agrees|signed|signs|pledged|struck a deal|reached (?:a|an) (?:deal|agreement|accord)|(?:sealed|clinched|finali[sz]ed|concluded) (?:the |a |an )?(?:[\w-]+ )?(?:deal|agreement|accord)|(?:deal|agreement|accord),? (?:was |were |had been )?(?:reached|signed|sealed|struck|clinched|finali[sz]ed))\b`) },
  { type: 'AGREE', re: w(String.raw`\b(?:agreement|accord|deal)\b`), weak: true },
  { type: 'ACCUSE', mode: 'verbal', re: w(String.raw`\b(?:accus(?:ed|es|ing|ations?)|blam(?:ed|es|ing)|criticiz(?:ed|es|ing)|criticis(?:ed|es|ing)|condemn(?:ed|s|ing)|denounc(?:ed|es|ing)|lectur(?:ed|ing)|culprit|slammed|lambasted|protested (?:to|against|over|at))\b`) },
  { type: 'REJECT', re: w(String.raw`\b(?:reject(?:ed|s|ing)?|rebuff(?:ed|s|ing)?|denied|denies|deny|refus(?:ed|es|ing)|dismiss(?:ed|es|ing)|brushed off|shrugged (?:them |it )?off|discounted|ignored|vetoed|rebuttals?|went nowhere)\b`) },
  { type: 'AID', mode: 'military', re: w(String.raw`\b(?:suppl(?:ied|ies|ying)|provid(?:ed|es|ing)|sen(?:t|ding|ds)|deliver(?:ed|s|ing))\b[^.;]{0,40}\b(?:weapons|arms|drones|ammunition|missiles|military (?:aid|assistance))\b`) },
  { type: 'AID', mode: 'economic', re: w(String.raw`\b(?:financial|economic|humanitarian) (?:aid|assistance|lifeline)\b`) },
  { type: 'REQUEST', mode: 'diplomatic', re: w(String.raw`\b(?:urged|urges|appealed|called on|calls on|beseeched|implored|requested|sought (?:help|assistance|support)|entreat(?:y|ies))`) },
  { type: 'REQUEST', mode: 'diplomatic', re: w(String.raw`\b[Aa]sked (?!for comment|not to be)(?:\p{Lu}|(?:him|her|them|the \p{L}+ (?:government|side|ministry|leader|president)) to\b)`, 'u') },
  { type: 'DEMAND', re: w(String.raw`\bdemand(?:ed|s|ing)?\b|\bultimatum\b`) },
  { type: 'SUPPORT', act: 'endorse', re: w(String.raw`\b(?:endors(?:ed|es|ing)|approv(?:ed|es)|ratif(?:ied|ies))\b`) },
  { type: 'SUPPORT', re: w(String.raw`\b(?:welcomed|welcomes|(?<![-‐–])back(?:ed|s|ing) (?!down|off|away)|sided with|voiced support|reiterated [^.;]{0,30}support|support for)\b`) },
  { type: 'PROTEST', re: w(String.raw`\b(?:protests?|protesters|demonstrat(?:ions?|ors|ed))\b`) },
  { type: 'RETREAT', re: w(String.raw`\b(?:withdr(?:ew|awn|awal|aw|awing)|pulled back|pull-?back|de-?escalat(?:e|ed|ion))\b`) },
  { type: 'ASSAULT', mode: 'military', re: w(String.raw`\b(?:invasion|assault|offensive|aggression|attacks?|military operations?|war on)\b`), weak: true },
  { type: 'STATEMENT', mode: 'briefing', re: w(String.raw`\b(?:news conference|press conference|briefing|press briefing|told reporters|told journalists)\b`) },
  { type: 'STATEMENT', mode: 'report', re: w(String.raw`\b(?:assessment|report(?:ed)?|summary|summaries)\b`) },
  { type: 'STATEMENT', mode: 'written', re: w(String.raw`\b(?:statement|communiqu[eé]|declaration)\b`) },
  { type: 'STATEMENT', mode: 'verbal', re: w(String.raw`\b(?:said|says|told|stated|declared|announced|added|remarks|stressed|underscored|insisted|reiterated|interview|televised address|address)\b`) },
];

/** Type families: types that can describe the same happening. */
export function typeFamily(type: EventType): string {
  switch (type) {
    case 'CONSULT':
    case 'COOPERATE':
    case 'REQUEST':
      return 'consult';
    case 'THREATEN':
    case 'SANCTION':
    case 'DEMAND':
      return 'pressure';
    case 'ASSAULT':
    case 'MOBILIZE':
    case 'COERCE':
      return 'force';
    case 'STATEMENT':
    case 'ACCUSE':
    case 'REJECT':
    case 'SUPPORT':
      return 'statement';
    default:
      return type.toLowerCase();
  }
}
