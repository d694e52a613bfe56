/**
 * Hand-written development passages in the styles of real wire, broadcaster and government reporting (written from
 * memory of those styles, not copied from any article, and not from tests/gold). The expected participants were
 * written BEFORE the extractor was run on them. People are named by their canonical full name and ISO 3166-1
 * alpha-2 country; `sentences` lists, for a sentence picked by a unique fragment, every person it refers to
 * (by name, surname, title or role) — and, by omission, the people it does not name.
 */
export interface DevPerson {
  name: string;
  country: string | null;
}

export interface DevPassage {
  id: string;
  published: string;
  text: string;
  people: DevPerson[];
  sentences: { contains: string; people: string[] }[];
}

export const DEV_PASSAGES: DevPassage[] = [
  {
    id: 'ap-pompeo-kim',
    published: '2018-06-01',
    text: [
      'NEW YORK (AP) — Secretary of State Mike Pompeo met North Korean official Kim Yong-chol in New York on Thursday, the highest-level talks between the two countries in nearly two decades.',
      'Pompeo said the talks had made "real progress" toward a summit between President Donald Trump and North Korean leader Kim Jong Un.',
      'Kim Yong-chol, a former spy chief, is expected to travel to Washington on Friday to deliver a letter from Kim Jong Un to Trump.',
      'The secretary told reporters that the two sides still had "a great deal of work" to do.',
    ].join('\n'),
    people: [
      { name: 'Mike Pompeo', country: 'US' },
      { name: 'Kim Yong-chol', country: 'KP' },
      { name: 'Donald Trump', country: 'US' },
      { name: 'Kim Jong Un', country: 'KP' },
    ],
    sentences: [
      { contains: 'Secretary of State Mike Pompeo met', people: ['Mike Pompeo', 'Kim Yong-chol'] },
      { contains: 'Pompeo said the talks', people: ['Mike Pompeo', 'Donald Trump', 'Kim Jong Un'] },
      { contains: 'a former spy chief', people: ['Kim Yong-chol', 'Kim Jong Un', 'Donald Trump'] },
      { contains: 'The secretary told reporters', people: ['Mike Pompeo'] },
    ],
  },
  {
    id: 'yonhap-moon-suh',
    published: '2018-03-09',
    text: [
      'SEOUL, March 9 (Yonhap) -- South Korea\'s national security adviser Suh Hoon and spy chief Suh Hoon\'s colleague Chung Eui-yong returned home Friday after briefing U.S. President Donald Trump.',
      'President Moon Jae-in welcomed the news, saying a summit between Trump and North Korean leader Kim Jong-un could be a "historic milestone."',
      'Chung, who heads the presidential National Security Office, told reporters at Cheong Wa Dae that Kim had committed to denuclearization.',
      'Moon will hold his own summit with Kim in late April, the presidential office said.',
    ].join('\n'),
    people: [
      { name: 'Suh Hoon', country: 'KR' },
      { name: 'Chung Eui-yong', country: 'KR' },
      { name: 'Donald Trump', country: 'US' },
      { name: 'Moon Jae-in', country: 'KR' },
      { name: 'Kim Jong Un', country: 'KP' },
    ],
    sentences: [
      { contains: 'President Moon Jae-in welcomed', people: ['Moon Jae-in', 'Donald Trump', 'Kim Jong Un'] },
      { contains: 'Chung, who heads', people: ['Chung Eui-yong', 'Kim Jong Un'] },
      { contains: 'Moon will hold', people: ['Moon Jae-in', 'Kim Jong Un'] },
    ],
  },
  {
    id: 'reuters-lavrov',
    published: '2019-05-14',
    text: [
      'SOCHI, Russia (Reuters) - Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State Mike Pompeo held talks in the Black Sea resort of Sochi on Tuesday, their first face-to-face meeting in months.',
      'Lavrov told a joint news conference that Moscow was ready to restore relations if Washington was.',
      'Pompeo later met President Vladimir Putin, the Kremlin said.',
      'The foreign minister said the two men had discussed Venezuela, Iran and North Korea.',
    ].join('\n'),
    people: [
      { name: 'Sergei Lavrov', country: 'RU' },
      { name: 'Mike Pompeo', country: 'US' },
      { name: 'Vladimir Putin', country: 'RU' },
    ],
    sentences: [
      { contains: 'Russian Foreign Minister Sergei Lavrov', people: ['Sergei Lavrov', 'Mike Pompeo'] },
      { contains: 'Lavrov told a joint', people: ['Sergei Lavrov'] },
      { contains: 'Pompeo later met', people: ['Mike Pompeo', 'Vladimir Putin'] },
      { contains: 'The foreign minister said', people: ['Sergei Lavrov'] },
    ],
  },
  {
    id: 'voa-iran',
    published: '2019-09-25',
    text: [
      'Iranian President Hassan Rouhani said Wednesday that his country would not negotiate with the United States while sanctions remain in place.',
      'Speaking at the United Nations General Assembly in New York, Rouhani accused Washington of "economic terrorism."',
      'French President Emmanuel Macron had tried to arrange a meeting between Rouhani and President Donald Trump on the sidelines of the assembly.',
      'Iranian Foreign Minister Mohammad Javad Zarif told reporters the meeting would not happen.',
    ].join('\n'),
    people: [
      { name: 'Hassan Rouhani', country: 'IR' },
      { name: 'Emmanuel Macron', country: 'FR' },
      { name: 'Donald Trump', country: 'US' },
      { name: 'Mohammad Javad Zarif', country: 'IR' },
    ],
    sentences: [
      { contains: 'Iranian President Hassan Rouhani said', people: ['Hassan Rouhani'] },
      { contains: 'Rouhani accused', people: ['Hassan Rouhani'] },
      { contains: 'French President Emmanuel Macron', people: ['Emmanuel Macron', 'Hassan Rouhani', 'Donald Trump'] },
      { contains: 'Iranian Foreign Minister', people: ['Mohammad Javad Zarif'] },
    ],
  },
  {
    id: 'scmp-china-spokesman',
    published: '2020-07-14',
    text: [
      'Chinese Foreign Ministry spokesman Zhao Lijian on Tuesday accused Washington of "bullying" after US Secretary of State Mike Pompeo rejected Beijing\'s claims in the South China Sea.',
      'Zhao told a regular briefing in Beijing that China would "firmly oppose" the move.',
      'Chinese Foreign Minister Wang Yi spoke by phone with his Malaysian counterpart Hishammuddin Hussein on Monday, the ministry said.',
      'Wang said regional countries should handle disputes through dialogue.',
    ].join('\n'),
    people: [
      { name: 'Zhao Lijian', country: 'CN' },
      { name: 'Mike Pompeo', country: 'US' },
      { name: 'Wang Yi', country: 'CN' },
      { name: 'Hishammuddin Hussein', country: 'MY' },
    ],
    sentences: [
      { contains: 'spokesman Zhao Lijian on Tuesday', people: ['Zhao Lijian', 'Mike Pompeo'] },
      { contains: 'Zhao told a regular', people: ['Zhao Lijian'] },
      { contains: 'Chinese Foreign Minister Wang Yi', people: ['Wang Yi', 'Hishammuddin Hussein'] },
      { contains: 'Wang said regional', people: ['Wang Yi'] },
    ],
  },
  {
    id: 'readout-netanyahu',
    published: '2021-02-17',
    text: [
      'President Joseph R. Biden, Jr. spoke today with Prime Minister Benjamin Netanyahu of Israel.',
      'The President affirmed his steadfast support for Israel\'s security and conveyed his intent to strengthen all aspects of the U.S.-Israeli partnership.',
      'The two leaders discussed the importance of continued close consultation on regional security issues, including Iran.',
      'Prime Minister Netanyahu congratulated President Biden on his inauguration.',
    ].join('\n'),
    people: [
      { name: 'Joseph R. Biden', country: 'US' },
      { name: 'Benjamin Netanyahu', country: 'IL' },
    ],
    sentences: [
      { contains: 'spoke today with Prime Minister', people: ['Joseph R. Biden', 'Benjamin Netanyahu'] },
      { contains: 'The President affirmed', people: ['Joseph R. Biden'] },
      { contains: 'The two leaders discussed', people: ['Joseph R. Biden', 'Benjamin Netanyahu'] },
      { contains: 'Prime Minister Netanyahu congratulated', people: ['Benjamin Netanyahu', 'Joseph R. Biden'] },
    ],
  },
  {
    id: 'nyt-kim-summit',
    published: '2018-05-25',
    text: [
      'WASHINGTON — President Trump on Thursday abruptly called off his planned summit meeting with Kim Jong-un, the North Korean leader.',
      'In a letter to Mr. Kim, the president cited "tremendous anger and open hostility" in a recent statement by North Korea.',
      'South Korean President Moon Jae-in said he was "very perplexed" by the decision.',
      'Mr. Moon met Mr. Kim at the border village of Panmunjom in April.',
    ].join('\n'),
    people: [
      { name: 'Donald Trump', country: 'US' },
      { name: 'Kim Jong Un', country: 'KP' },
      { name: 'Moon Jae-in', country: 'KR' },
    ],
    sentences: [
      { contains: 'abruptly called off', people: ['Donald Trump', 'Kim Jong Un'] },
      { contains: 'In a letter to Mr. Kim', people: ['Kim Jong Un', 'Donald Trump'] },
      { contains: 'South Korean President Moon', people: ['Moon Jae-in'] },
      { contains: 'Mr. Moon met Mr. Kim', people: ['Moon Jae-in', 'Kim Jong Un'] },
    ],
  },
  {
    id: 'afp-ethiopia',
    published: '2022-11-03',
    text: [
      'PRETORIA (AFP) - Ethiopia\'s government and Tigrayan rebels agreed on Wednesday to a "permanent cessation of hostilities", African Union envoy Olusegun Obasanjo announced.',
      'Former Nigerian president Obasanjo said the deal was "the beginning of a new dawn".',
      'Ethiopian Prime Minister Abiy Ahmed welcomed the agreement in a statement.',
      'Getachew Reda, a spokesman for the Tigray People\'s Liberation Front, said painful concessions had been made.',
    ].join('\n'),
    people: [
      { name: 'Olusegun Obasanjo', country: 'NG' },
      { name: 'Abiy Ahmed', country: 'ET' },
      { name: 'Getachew Reda', country: null },
    ],
    sentences: [
      { contains: 'envoy Olusegun Obasanjo announced', people: ['Olusegun Obasanjo'] },
      { contains: 'Former Nigerian president Obasanjo', people: ['Olusegun Obasanjo'] },
      { contains: 'Ethiopian Prime Minister Abiy Ahmed', people: ['Abiy Ahmed'] },
      { contains: 'Getachew Reda, a spokesman', people: ['Getachew Reda'] },
    ],
  },
  {
    id: 'bbc-ukraine',
    published: '2022-03-30',
    text: [
      'Ukrainian and Russian negotiators met in Istanbul on Tuesday for the first face-to-face talks in more than two weeks.',
      'Turkish President Recep Tayyip Erdogan greeted the delegations at the Dolmabahce palace.',
      'Russia\'s chief negotiator Vladimir Medinsky said Moscow would "drastically reduce" military activity near Kyiv.',
      'Ukraine\'s lead negotiator David Arakhamia said Kyiv wanted a meeting between President Volodymyr Zelensky and Vladimir Putin.',
      'Mr Medinsky said such a meeting was possible once a treaty was ready.',
    ].join('\n'),
    people: [
      { name: 'Recep Tayyip Erdogan', country: 'TR' },
      { name: 'Vladimir Medinsky', country: 'RU' },
      { name: 'David Arakhamia', country: 'UA' },
      { name: 'Volodymyr Zelensky', country: 'UA' },
      { name: 'Vladimir Putin', country: 'RU' },
    ],
    sentences: [
      { contains: 'Turkish President Recep', people: ['Recep Tayyip Erdogan'] },
      { contains: 'chief negotiator Vladimir Medinsky', people: ['Vladimir Medinsky'] },
      { contains: 'lead negotiator David Arakhamia', people: ['David Arakhamia', 'Volodymyr Zelensky', 'Vladimir Putin'] },
      { contains: 'Mr Medinsky said', people: ['Vladimir Medinsky'] },
    ],
  },
  {
    id: 'kyodo-japan',
    published: '2023-03-17',
    text: [
      'TOKYO (Kyodo) -- Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol agreed Thursday to resume regular reciprocal visits by their leaders.',
      'Yoon, the first South Korean president to visit Japan for bilateral talks in 12 years, said the two countries should "open a new era."',
      'Kishida and Yoon later dined at a Tokyo restaurant.',
      'Japanese Foreign Minister Yoshimasa Hayashi met his counterpart Park Jin on the same day.',
    ].join('\n'),
    people: [
      { name: 'Fumio Kishida', country: 'JP' },
      { name: 'Yoon Suk Yeol', country: 'KR' },
      { name: 'Yoshimasa Hayashi', country: 'JP' },
      { name: 'Park Jin', country: 'KR' },
    ],
    sentences: [
      { contains: 'Japanese Prime Minister Fumio Kishida', people: ['Fumio Kishida', 'Yoon Suk Yeol'] },
      { contains: 'Yoon, the first', people: ['Yoon Suk Yeol'] },
      { contains: 'Kishida and Yoon later', people: ['Fumio Kishida', 'Yoon Suk Yeol'] },
      { contains: 'Japanese Foreign Minister Yoshimasa', people: ['Yoshimasa Hayashi', 'Park Jin'] },
    ],
  },
];
