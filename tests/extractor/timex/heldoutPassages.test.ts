/**
 * Held-out passages: written, with their expected dates, after the rules were written, and scored
 * before any rule was changed for them. First run: 36/39 (92%). Misses at that run: "a deadline of
 * early December" read as past (present perfect "has set"); British "Last Wednesday" meaning the
 * Wednesday of last week; "earlier in the week" anchored on a background month. A later fix must be a
 * general rule with its own unit test; the first-run figure is the honest one.
 */
import { describe, expect, it } from 'vitest';
import { scorePassages, type ScoredPassage } from './helpers';

const DOCS: ScoredPassage[] = [
  {
    published: '2024-05-09',
    text: `KYIV, May 9 (AP) — Russian forces launched a new offensive in the northeast early Thursday, a day after President Vladimir Putin was sworn in for a fifth term. Ukrainian officials said the attack had been expected since mid-April. The foreign minister will travel to Washington next week and is due to meet the secretary of state on May 15. Last month, Congress approved $61 billion in aid after a six-month delay. The previous package expired in December.`,
    expect: [
      ['May 9', 0, '2024-05-09', '2024-05-09'], ['early Thursday', 0, '2024-05-09', '2024-05-09'], ['mid-April', 0, '2024-04-11', '2024-04-20'],
      ['next week', 0, '2024-05-12', '2024-05-18'], ['May 15', 0, '2024-05-15', '2024-05-15'], ['Last month', 0, '2024-04-01', '2024-04-30'],
      ['December', 0, '2023-12-01', '2023-12-31'],
    ],
  },
  {
    published: '2020-01-04',
    text: `The U.S. strike that killed Gen. Qassim Suleimani took place shortly after midnight on Friday at Baghdad's airport. Iran's supreme leader vowed "severe revenge" hours later. Protesters had stormed the U.S. Embassy compound on Tuesday and Wednesday. Mr. Suleimani had arrived from Damascus on Thursday night. Iraq's parliament is expected to vote on Sunday on a resolution calling for U.S. troops to leave. Tensions have been rising since May, when Washington sent an aircraft carrier to the Gulf.`,
    expect: [
      ['Friday', 0, '2020-01-03', '2020-01-03'], ['hours later', 0, '2020-01-03', '2020-01-03'], ['Tuesday', 0, '2019-12-31', '2019-12-31'],
      ['Wednesday', 0, '2020-01-01', '2020-01-01'], ['Thursday night', 0, '2020-01-02', '2020-01-02'], ['Sunday', 0, '2020-01-05', '2020-01-05'],
      ['May', 0, '2019-05-01', '2019-05-31'],
    ],
  },
  {
    published: '2017-11-10',
    text: `Theresa May's government suffered another blow on Wednesday when the international development secretary resigned, the second cabinet departure in a week. Priti Patel had held undisclosed meetings in Israel in August. She was summoned back from a trip to Africa on Tuesday. Brexit talks resume in Brussels on Thursday 9 November — the sixth round since June. The EU has set a deadline of early December for progress. Last Wednesday, the defence secretary quit.`,
    expect: [
      ['Wednesday', 0, '2017-11-08', '2017-11-08'], ['August', 0, '2017-08-01', '2017-08-31'], ['Tuesday', 0, '2017-11-07', '2017-11-07'],
      ['Thursday 9 November', 0, '2017-11-09', '2017-11-09'], ['June', 0, '2017-06-01', '2017-06-30'],
      ['early December', 0, '2017-12-01', '2017-12-10'], ['Last Wednesday', 0, '2017-11-01', '2017-11-01'],
    ],
  },
  {
    published: '2016-06-25',
    text: `Britain voted on Thursday to leave the European Union, and Prime Minister David Cameron announced on Friday morning that he would step down by October. The pound fell to its lowest level since 1985. European leaders will meet in Brussels on Tuesday and Wednesday. The referendum was promised in January 2013. Markets had rallied earlier in the week.`,
    expect: [
      ['Thursday', 0, '2016-06-23', '2016-06-23'], ['Friday morning', 0, '2016-06-24', '2016-06-24'], ['October', 0, '2016-10-01', '2016-10-31'],
      ['1985', 0, '1985-01-01', '1985-12-31'], ['Tuesday', 0, '2016-06-28', '2016-06-28'], ['Wednesday', 0, '2016-06-29', '2016-06-29'],
      ['January 2013', 0, '2013-01-01', '2013-01-31'], ['earlier in the week', 0, '2016-06-19', '2016-06-22'],
    ],
  },
  {
    published: '2015-07-15',
    text: `Iran and six world powers reached a historic nuclear agreement in Vienna on Tuesday after 18 days of talks. The deal, which took 20 months to negotiate, will be reviewed by Congress over the next 60 days. An interim accord was signed in November 2013. Negotiators missed deadlines on June 30 and July 7. The U.N. Security Council is expected to endorse the agreement next week. Sanctions relief could begin early next year.`,
    expect: [
      ['Tuesday', 0, '2015-07-14', '2015-07-14'], ['November 2013', 0, '2013-11-01', '2013-11-30'], ['June 30', 0, '2015-06-30', '2015-06-30'],
      ['July 7', 0, '2015-07-07', '2015-07-07'], ['next week', 0, '2015-07-19', '2015-07-25'], ['early next year', 0, '2016-01-01', '2016-04-30'],
    ],
  },
  {
    published: '2022-02-26',
    text: `Germany halted certification of the Nord Stream 2 pipeline on Tuesday. The decision came a day after Moscow recognized two breakaway regions. Chancellor Olaf Scholz had visited Moscow on Feb. 15, a week after meeting President Biden in Washington. The pipeline was completed in September. A decision on further sanctions is due on Monday.`,
    expect: [
      ['Tuesday', 0, '2022-02-22', '2022-02-22'], ['Feb. 15', 0, '2022-02-15', '2022-02-15'], ['September', 0, '2021-09-01', '2021-09-30'],
      ['Monday', 0, '2022-02-28', '2022-02-28'],
    ],
  },
];

/**
 * Second batch, written and scored the same way after the first batch's fixes. First run: 27/30 (90%).
 * Misses at that run: "has until 12 April" read as present perfect; "Next year's" not recognised
 * (possessive); "in July" not taking the year of "Next year's summit" in the same sentence.
 */
const DOCS_2: ScoredPassage[] = [
  {
    published: '2021-08-16',
    text: `KABUL — The Taliban entered the Afghan capital on Sunday, hours after President Ashraf Ghani fled the country. The militants had captured Kandahar, the second-largest city, on Friday. Western embassies began evacuating staff last week. President Biden, who announced the withdrawal in April, is scheduled to address the nation on Monday afternoon. The last U.S. troops are due to leave by Aug. 31. The United States invaded Afghanistan in October 2001.`,
    expect: [
      ['Sunday', 0, '2021-08-15', '2021-08-15'], ['Friday', 0, '2021-08-13', '2021-08-13'], ['last week', 0, '2021-08-08', '2021-08-14'],
      ['April', 0, '2021-04-01', '2021-04-30'], ['Monday afternoon', 0, '2021-08-16', '2021-08-16'], ['Aug. 31', 0, '2021-08-31', '2021-08-31'],
      ['October 2001', 0, '2001-10-01', '2001-10-31'],
    ],
  },
  {
    published: '2019-03-30',
    text: `MPs rejected Theresa May's Brexit deal for a third time on Friday, the day Britain had been due to leave the EU. The government now has until 12 April to propose a way forward. Earlier this week, MPs voted on eight alternatives. The prime minister offered on Wednesday to resign if her deal passed. The deal was first defeated in January.`,
    expect: [
      ['Friday', 0, '2019-03-29', '2019-03-29'], ['12 April', 0, '2019-04-12', '2019-04-12'], ['Earlier this week', 0, '2019-03-24', '2019-03-29'],
      ['Wednesday', 0, '2019-03-27', '2019-03-27'], ['January', 0, '2019-01-01', '2019-01-31'],
    ],
  },
  {
    published: '2023-07-12',
    text: `VILNIUS, Lithuania — NATO leaders agreed on Tuesday that Ukraine will be invited to join the alliance "when allies agree and conditions are met." Sweden cleared its last hurdle on Monday evening, when Turkey dropped its objections after more than a year of talks. The summit ends on Wednesday with a meeting of the NATO-Ukraine Council. Finland joined in April. Next year's summit will be held in Washington in July.`,
    expect: [
      ['Tuesday', 0, '2023-07-11', '2023-07-11'], ['Monday evening', 0, '2023-07-10', '2023-07-10'], ['Wednesday', 0, '2023-07-12', '2023-07-12'],
      ['April', 0, '2023-04-01', '2023-04-30'], ['Next year', 0, '2024-01-01', '2024-12-31'], ['July', 0, '2024-07-01', '2024-07-31'],
    ],
  },
  {
    published: '2018-06-13',
    text: `SINGAPORE — President Trump and Kim Jong-un signed a joint statement on Tuesday after a summit that lasted about five hours. The meeting was first proposed in March, canceled by Mr. Trump on May 24 and revived a day later. Secretary of State Mike Pompeo will travel to Beijing on Thursday to brief Chinese officials. North Korea last tested a missile in November.`,
    expect: [
      ['Tuesday', 0, '2018-06-12', '2018-06-12'], ['March', 0, '2018-03-01', '2018-03-31'], ['May 24', 0, '2018-05-24', '2018-05-24'],
      ['a day later', 0, '2018-05-25', '2018-05-25'], ['Thursday', 0, '2018-06-14', '2018-06-14'], ['November', 0, '2017-11-01', '2017-11-30'],
    ],
  },
  {
    published: '2020-03-12',
    text: `The World Health Organization declared the coronavirus outbreak a pandemic on Wednesday. President Trump announced late Wednesday that travel from Europe would be suspended for 30 days starting Friday. Italy extended its lockdown to the whole country on Monday night. The first case in the United States was confirmed on Jan. 21. Markets have fallen nearly 20 percent since Feb. 19.`,
    expect: [
      ['Wednesday', 0, '2020-03-11', '2020-03-11'], ['late Wednesday', 0, '2020-03-11', '2020-03-11'], ['Friday', 0, '2020-03-13', '2020-03-13'],
      ['Monday night', 0, '2020-03-09', '2020-03-09'], ['Jan. 21', 0, '2020-01-21', '2020-01-21'], ['Feb. 19', 0, '2020-02-19', '2020-02-19'],
    ],
  },
];

/**
 * Third batch, written and scored the same way after the second batch's fixes. First run: 24/25 (96%).
 * Miss at that run: "Lawmakers return from recess on Oct. 15" (plural present of a schedule verb).
 */
const DOCS_3: ScoredPassage[] = [
  {
    published: '2021-02-01',
    text: `YANGON — Myanmar's military seized power early Monday, detaining Aung San Suu Kyi and other leaders hours before the new parliament was to convene. The army said it would hold power for one year. Ms. Suu Kyi's party won a landslide in the Nov. 8 election. On Thursday, the military chief had refused to rule out a coup. The United Nations Security Council will meet on Tuesday.`,
    expect: [
      ['early Monday', 0, '2021-02-01', '2021-02-01'], ['Nov. 8', 0, '2020-11-08', '2020-11-08'], ['Thursday', 0, '2021-01-28', '2021-01-28'],
      ['Tuesday', 0, '2021-02-02', '2021-02-02'],
    ],
  },
  {
    published: '2022-11-15',
    text: `BALI, Indonesia — President Biden and China's Xi Jinping met for more than three hours on Monday, their first in-person meeting since Mr. Biden took office. Secretary of State Antony Blinken will visit China early next year. The two leaders last spoke by phone in July. The Group of 20 summit opens on Tuesday. Midterm elections were held last week.`,
    expect: [
      ['Monday', 0, '2022-11-14', '2022-11-14'], ['early next year', 0, '2023-01-01', '2023-04-30'], ['July', 0, '2022-07-01', '2022-07-31'],
      ['Tuesday', 0, '2022-11-15', '2022-11-15'], ['last week', 0, '2022-11-06', '2022-11-12'],
    ],
  },
  {
    published: '2014-03-19',
    text: `Russian President Vladimir Putin signed a treaty on Tuesday to annex Crimea, two days after a referendum that the West called illegal. Crimea's parliament had declared independence on March 11. The European Union imposed sanctions on 21 officials on Monday. NATO foreign ministers will meet in Brussels on April 1. The crisis began in late February, when pro-Russian gunmen seized government buildings.`,
    expect: [
      ['Tuesday', 0, '2014-03-18', '2014-03-18'], ['March 11', 0, '2014-03-11', '2014-03-11'], ['Monday', 0, '2014-03-17', '2014-03-17'],
      ['April 1', 0, '2014-04-01', '2014-04-01'], ['late February', 0, '2014-02-21', '2014-02-28'],
    ],
  },
  {
    published: '2019-09-28',
    text: `The House opened an impeachment inquiry on Tuesday after a whistle-blower complaint described a July 25 call between President Trump and Ukraine's president. The complaint, filed on Aug. 12, was released on Thursday. The acting intelligence director testified the same day. Lawmakers return from recess on Oct. 15.`,
    expect: [
      ['Tuesday', 0, '2019-09-24', '2019-09-24'], ['July 25', 0, '2019-07-25', '2019-07-25'], ['Aug. 12', 0, '2019-08-12', '2019-08-12'],
      ['Thursday', 0, '2019-09-26', '2019-09-26'], ['the same day', 0, '2019-09-26', '2019-09-26'], ['Oct. 15', 0, '2019-10-15', '2019-10-15'],
    ],
  },
  {
    published: '2023-02-05',
    text: `A suspected Chinese spy balloon was shot down off the coast of South Carolina on Saturday afternoon. It had entered U.S. airspace over Alaska on Jan. 28 and crossed into Canada two days later. Secretary of State Antony Blinken postponed a trip to Beijing that had been planned for this weekend. The Pentagon first disclosed the balloon on Thursday.`,
    expect: [
      ['Saturday afternoon', 0, '2023-02-04', '2023-02-04'], ['Jan. 28', 0, '2023-01-28', '2023-01-28'], ['two days later', 0, '2023-01-30', '2023-01-30'],
      ['this weekend', 0, '2023-02-04', '2023-02-05'], ['Thursday', 0, '2023-02-02', '2023-02-02'],
    ],
  },
];

describe('findTimexes — held-out news passages', () => {
  it('resolves at least 90% of the date expressions to the exact day or range', () => {
    const { total, right, misses } = scorePassages(DOCS);
    expect(right / total, `${right}/${total} right; misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.9);
  });
  it('second batch: at least 90% too', () => {
    const { total, right, misses } = scorePassages(DOCS_2);
    expect(right / total, `${right}/${total} right; misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.9);
  });
  it('third batch: at least 90% too', () => {
    const { total, right, misses } = scorePassages(DOCS_3);
    expect(right / total, `${right}/${total} right; misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.9);
  });
});
