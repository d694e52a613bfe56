/**
 * Development passages: short news passages written for this test in several house styles (wire,
 * British, analysis), with the dates a careful reader gives each expression. They were used during
 * development (some general rules were added after reading their output, each with its own unit test),
 * so this is a regression check, not a held-out score.
 */
import { describe, expect, it } from 'vitest';
import { scorePassages, type ScoredPassage } from './helpers';

const DOCS: ScoredPassage[] = [
  {
    published: '2023-03-10',
    text: `BEIJING, March 10 (Reuters) - China's foreign minister met his Russian counterpart in Moscow on Thursday, days after the two navies held drills in the Sea of Japan. The ministers agreed to meet again in April, a spokesman said late on Thursday. Qin Gang, who took office in late December, is due to visit Europe next month. The two sides last met in New Delhi on March 2, on the sidelines of a G20 meeting. A week earlier, Beijing had published a 12-point position paper.`,
    expect: [
      ['March 10', 0, '2023-03-10', '2023-03-10'], ['Thursday', 0, '2023-03-09', '2023-03-09'], ['April', 0, '2023-04-01', '2023-04-30'],
      ['Thursday', 1, '2023-03-09', '2023-03-09'], ['late December', 0, '2022-12-21', '2022-12-31'], ['next month', 0, '2023-04-01', '2023-04-30'],
      ['March 2', 0, '2023-03-02', '2023-03-02'], ['A week earlier', 0, '2023-02-23', '2023-02-23'],
    ],
  },
  {
    published: '2021-09-15',
    text: `LONDON (AP) — Britain's prime minister said Wednesday that the government would decide by the end of the month whether to impose new restrictions. Cases have risen for three weeks in a row, and hospital admissions reached 1,000 a day on Sept. 8, the highest since February. Last winter, the country endured a months-long lockdown. The health secretary told lawmakers on Tuesday that booster shots would begin next week. A decision on schools is expected on Friday.`,
    expect: [
      ['Wednesday', 0, '2021-09-15', '2021-09-15'], ['the end of the month', 0, '2021-09-21', '2021-09-30'], ['Sept. 8', 0, '2021-09-08', '2021-09-08'],
      ['February', 0, '2021-02-01', '2021-02-28'], ['Last winter', 0, '2020-12-01', '2021-02-28'], ['Tuesday', 0, '2021-09-14', '2021-09-14'],
      ['next week', 0, '2021-09-19', '2021-09-25'], ['Friday', 0, '2021-09-17', '2021-09-17'],
    ],
  },
  {
    published: '2019-07-05',
    text: `The 15-member Security Council held an emergency session on Monday, 1 July, after the attack. Diplomats said a draft resolution could be put to a vote as early as next Tuesday. The envoy, who arrived in the region on 28 June, is to brief the council again on 12 July. In 2017, a similar text was vetoed. Talks first broke down in the spring of 2016 and resumed the following year.`,
    expect: [
      ['Monday, 1 July', 0, '2019-07-01', '2019-07-01'], ['next Tuesday', 0, '2019-07-09', '2019-07-09'], ['28 June', 0, '2019-06-28', '2019-06-28'],
      ['12 July', 0, '2019-07-12', '2019-07-12'], ['2017', 0, '2017-01-01', '2017-12-31'], ['the spring of 2016', 0, '2016-03-01', '2016-05-31'],
      ['the following year', 0, '2017-01-01', '2017-12-31'],
    ],
  },
  {
    published: '2020-11-20',
    text: `The president-elect spoke with the leaders of Japan and South Korea on Wednesday night and with the pope on Thursday morning. Earlier in the week, he had called the chancellor of Germany. The transition team said he would name his secretary of state before Thanksgiving. On Nov. 7, four days after the election, networks projected his victory. Two days later, the outgoing administration fired the defense secretary.`,
    expect: [
      ['Wednesday night', 0, '2020-11-18', '2020-11-18'], ['Thursday morning', 0, '2020-11-19', '2020-11-19'],
      ['Earlier in the week', 0, '2020-11-15', '2020-11-18'], ['Thanksgiving', 0, '2020-11-26', '2020-11-26'],
      ['Nov. 7', 0, '2020-11-07', '2020-11-07'], ['Two days later', 0, '2020-11-09', '2020-11-09'],
    ],
  },
  {
    published: '2024-01-18',
    text: `The talks, held in Riyadh on 10-11 January, ended without a deal. A second round is planned for early February. The mediators met the delegations separately the day before. Earlier this month, the army said it had withdrawn two brigades. Since October 2023, more than 20,000 people have been killed. "We will continue next week," a negotiator said on Wednesday.`,
    expect: [
      ['10-11 January', 0, '2024-01-10', '2024-01-11'], ['early February', 0, '2024-02-01', '2024-02-10'], ['the day before', 0, '2024-01-09', '2024-01-09'],
      ['Earlier this month', 0, '2024-01-01', '2024-01-17'], ['October 2023', 0, '2023-10-01', '2023-10-31'],
      ['next week', 0, '2024-01-21', '2024-01-27'], ['Wednesday', 0, '2024-01-17', '2024-01-17'],
    ],
  },
  {
    published: '2018-04-14',
    text: `The strikes came early Saturday, a week after the suspected chemical attack in Douma on April 7. The president had warned on Wednesday that missiles "will be coming." Inspectors from the OPCW arrived in Damascus on Saturday and were to begin work on Sunday. Over the past year, the administration has sent mixed signals. In April 2017, the U.S. fired 59 cruise missiles at a Syrian air base.`,
    expect: [
      ['early Saturday', 0, '2018-04-14', '2018-04-14'], ['April 7', 0, '2018-04-07', '2018-04-07'], ['Wednesday', 0, '2018-04-11', '2018-04-11'],
      ['Saturday', 0, '2018-04-14', '2018-04-14'], ['Sunday', 0, '2018-04-15', '2018-04-15'],
      ['the past year', 0, '2017-04-14', '2018-04-14'], ['April 2017', 0, '2017-04-01', '2017-04-30'],
    ],
  },
  {
    published: '2022-10-03',
    text: `Voters went to the polls on Sunday in the first round. The run-off will be held on Oct. 30. The incumbent, who has governed since January 2019, trailed in polls for most of the year. Three weeks ago, the electoral court rejected a challenge. A debate is scheduled for Friday.`,
    expect: [
      ['Sunday', 0, '2022-10-02', '2022-10-02'], ['Oct. 30', 0, '2022-10-30', '2022-10-30'], ['January 2019', 0, '2019-01-01', '2019-01-31'],
      ['Three weeks ago', 0, '2022-09-12', '2022-09-12'], ['Friday', 0, '2022-10-07', '2022-10-07'],
    ],
  },
  {
    published: '2023-11-27',
    text: `The truce, which took effect at 7 a.m. on Friday, was extended on Monday for two more days. Hostages were released on Friday, Saturday and Sunday. The first exchange happened hours after the pause began. Qatar had announced the deal on Wednesday, Nov. 22. Fighting had raged for seven weeks since the Oct. 7 attack.`,
    expect: [
      ['Friday', 0, '2023-11-24', '2023-11-24'], ['Monday', 0, '2023-11-27', '2023-11-27'], ['Friday', 1, '2023-11-24', '2023-11-24'],
      ['Saturday', 0, '2023-11-25', '2023-11-25'], ['Sunday', 0, '2023-11-26', '2023-11-26'],
      ['Wednesday, Nov. 22', 0, '2023-11-22', '2023-11-22'], ['Oct. 7', 0, '2023-10-07', '2023-10-07'],
    ],
  },
  {
    published: '2021-06-17',
    text: `GENEVA — President Biden and President Vladimir V. Putin of Russia met for nearly four hours on Wednesday in a lakeside villa, their first summit since Mr. Biden took office in January. The two leaders agreed to return their ambassadors, who were recalled in March and April. Mr. Putin, who last met an American president in Helsinki in July 2018, said afterward that there had been "no hostility." On Tuesday, Mr. Biden attended a NATO summit in Brussels; the week before, he was at the Group of 7 meeting in Cornwall. Next month, officials from both countries will begin a dialogue on arms control. The New START treaty, extended in February for five years, expires in 2026.`,
    expect: [
      ['Wednesday', 0, '2021-06-16', '2021-06-16'], ['January', 0, '2021-01-01', '2021-01-31'], ['March', 0, '2021-03-01', '2021-03-31'],
      ['April', 0, '2021-04-01', '2021-04-30'], ['July 2018', 0, '2018-07-01', '2018-07-31'], ['Tuesday', 0, '2021-06-15', '2021-06-15'],
      ['the week before', 0, '2021-06-06', '2021-06-12'], ['Next month', 0, '2021-07-01', '2021-07-31'],
      ['February', 0, '2021-02-01', '2021-02-28'], ['2026', 0, '2026-01-01', '2026-12-31'],
    ],
  },
  {
    published: '2022-08-03',
    text: `TAIPEI, Aug 3 (Reuters) - U.S. House of Representatives Speaker Nancy Pelosi met Taiwan President Tsai Ing-wen on Wednesday, a day after arriving on the island. China announced live-fire military drills to be held from Thursday to Sunday. Pelosi is the highest-ranking U.S. official to visit Taiwan in 25 years; Newt Gingrich visited in 1997. Chinese President Xi Jinping warned U.S. President Joe Biden in a phone call last Thursday that Washington should abide by the one-China principle. Beijing summoned the U.S. ambassador late on Tuesday. The drills will end on Aug. 7, according to state media.`,
    expect: [
      ['Aug 3', 0, '2022-08-03', '2022-08-03'], ['Wednesday', 0, '2022-08-03', '2022-08-03'], ['Thursday', 0, '2022-08-04', '2022-08-04'],
      ['Sunday', 0, '2022-08-07', '2022-08-07'], ['1997', 0, '1997-01-01', '1997-12-31'], ['last Thursday', 0, '2022-07-28', '2022-07-28'],
      ['Tuesday', 0, '2022-08-02', '2022-08-02'], ['Aug. 7', 0, '2022-08-07', '2022-08-07'],
    ],
  },
  {
    published: '2019-12-13',
    text: `Britain's Conservative Party won a large majority in Thursday's election. Prime Minister Boris Johnson, who took office in July, said he would get Brexit done by Jan. 31. The result, announced early Friday, was the party's best since 1987. Parliament will reconvene next Tuesday, and the withdrawal bill could be voted on before Christmas. Three years ago, Britain voted to leave. Opposition leader Jeremy Corbyn said on Friday morning that he would not lead the party into another election.`,
    expect: [
      ['Thursday', 0, '2019-12-12', '2019-12-12'], ['July', 0, '2019-07-01', '2019-07-31'], ['Jan. 31', 0, '2020-01-31', '2020-01-31'],
      ['early Friday', 0, '2019-12-13', '2019-12-13'], ['1987', 0, '1987-01-01', '1987-12-31'], ['next Tuesday', 0, '2019-12-17', '2019-12-17'],
      ['Christmas', 0, '2019-12-25', '2019-12-25'], ['Three years ago', 0, '2016-01-01', '2016-12-31'], ['Friday morning', 0, '2019-12-13', '2019-12-13'],
    ],
  },
];

describe('findTimexes — development news passages', () => {
  it('resolves at least 90% of the date expressions to the exact day or range', () => {
    const { total, right, misses } = scorePassages(DOCS);
    expect(total).toBeGreaterThan(70);
    expect(right / total, `${right}/${total} right; misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.9);
  });
});
