/** Where a report places its event: a named city or building, a country visited, or the dateline's city. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { viewArticle } from '../../../../server/src/core/facts/articleView.js';
import { findCues } from '../../../../server/src/core/facts/eventCues.js';
import {
  articlePlaces,
  datelinePlace,
  destinationsOf,
  namesSiteOnly,
  placeNamedIn,
  placeOfReport,
  type ReportPlace,
} from '../../../../server/src/core/facts/eventPlaces.js';
import { memoryArticle } from '../../../support/memoryArticle.js';
import { smallKnowledgeBase } from '../../../support/smallKnowledgeBase.js';

const { kb, index } = smallKnowledgeBase(`countries:
  - id: malaysia
    name: Malaysia
    adjective: Malaysian
    names: { zh-Hans: 马来西亚 }
  - id: cambodia
    name: Cambodia
    adjective: Cambodian
    officialName: Kingdom of Cambodia
    names: { zh-Hans: 柬埔寨 }
  - id: indonesia
    name: Indonesia
    adjective: Indonesian
  - id: philippines
    name: Philippines
    adjective: Philippine
  - id: china
    name: China
    adjective: Chinese
    names: { zh-Hans: 中国 }
  - id: vietnam
    name: Viet Nam
    adjective: Vietnamese
`);

/** The place of the event the first cue of the first sentence of `sentence` reports, in an article opening with `paragraphs`. */
function placeOf(paragraphs: string[], lead = true): ReportPlace {
  const view = viewArticle(memoryArticle(paragraphs), index);
  const sentence = view.sentences[0]!;
  const [cue] = findCues(sentence.text, sentence.chinese);
  assert.ok(cue, `a cue in "${sentence.text}"`);
  return placeOfReport(view, sentence, cue, articlePlaces(view), kb, lead);
}

/** The place of the event the first cue of the article's sentence number `at` reports. */
function placeOfSentence(paragraphs: string[], at: number): ReportPlace {
  const view = viewArticle(memoryArticle(paragraphs), index);
  const sentence = view.sentences[at]!;
  const [cue] = findCues(sentence.text, sentence.chinese);
  assert.ok(cue, `a cue in "${sentence.text}"`);
  return placeOfReport(view, sentence, cue, articlePlaces(view), kb, at === 0);
}

describe('an arrival at an airport or an air base', () => {
  it("is a visit to the dateline's country, in whichever sentence it is told", () => {
    const arrival = placeOfSentence(
      [
        'Pretoria - President Jacob Zuma and Narendra Modi held talks on Friday.',
        'Modi arrived at Waterkloof Air Force Base late on Thursday from Mozambique.',
      ],
      1,
    );
    assert.deepEqual([arrival.place, arrival.country], ['Pretoria', 'south-africa']);
  });

  it('is not one when the sentence names another place, or there is no dateline', () => {
    const elsewhere = placeOfSentence(
      [
        'Pretoria - President Jacob Zuma and Narendra Modi held talks on Friday.',
        'Modi arrived at Waterkloof Air Force Base in Centurion late on Thursday.',
      ],
      1,
    );
    assert.notEqual(elsewhere.place, 'Pretoria');
    const undated = placeOfSentence(
      [
        'President Jacob Zuma and Narendra Modi held talks on Friday.',
        'Modi arrived at Waterkloof Air Force Base late on Thursday from Mozambique.',
      ],
      1,
    );
    assert.equal(undated.place, undefined);
  });
});

describe('a place pointed at by "here" or "there"', () => {
  it('takes "here" after the event for the dateline\'s city, not the country the sentence names', () => {
    const here = placeOf([
      'KUALA LUMPUR, Nov. 10 (Bernama) -- The two prime ministers held talks here on Monday and agreed to raise investment in Indonesia.',
    ]);
    assert.deepEqual([here.place, here.country, here.stated], ['Kuala Lumpur', 'malaysia', true]);
    const notHere = placeOf([
      'KUALA LUMPUR, Nov. 10 (Bernama) -- The two prime ministers held talks on Monday in Indonesia.',
    ]);
    assert.equal(notHere.place, 'Indonesia');
  });

  it('takes "there" after the event for the last city named before it, in its sentence or the one before', () => {
    const sameSentence = placeOfSentence(
      [
        'KUALA LUMPUR, Nov. 10 (Bernama) -- The two prime ministers held talks on Monday.',
        'Anwar had travelled to Langkawi, and hosted a dinner for him at a hotel there that evening.',
      ],
      1,
    );
    assert.equal(sameSentence.place, 'Langkawi');
    const sentenceBefore = placeOfSentence(
      [
        'KUALA LUMPUR, Nov. 10 (Bernama) -- The two prime ministers flew to Putrajaya on Monday.',
        'Anwar hosted a dinner for him there that evening.',
      ],
      1,
    );
    assert.equal(sentenceBefore.place, 'Putrajaya');
  });

  it('reads no place from "there is" or "here are", nor from "there" with no city before it', () => {
    const thereIs = placeOfSentence(
      [
        'KUALA LUMPUR, Nov. 10 (Bernama) -- The talks ended.',
        'The two prime ministers held talks in Indonesia and said there is much to do.',
      ],
      1,
    );
    assert.equal(thereIs.place, 'Indonesia');
    const noCity = placeOfSentence(['The talks ended.', 'Anwar hosted a dinner for him there that evening.'], 1);
    assert.equal(noCity.place, undefined);
  });
});

describe('a building named by its short name', () => {
  it('is placed in its city once the article gave its full name, and nowhere before', () => {
    const after = placeOfSentence(
      [
        'The two leaders held talks at the Great Hall of the People on Tuesday.',
        'The guest had arrived in Shanghai on Sunday.',
        'Hu hosted a state dinner for Obama in the Great Hall on Tuesday evening.',
      ],
      2,
    );
    assert.deepEqual([after.place, after.stated], ['Beijing', true]);
    const alone = placeOfSentence(
      ['The talks ended.', 'Gillard hosted a parliamentary dinner in his honour in the Great Hall on Wednesday night.'],
      1,
    );
    assert.equal(alone.place, undefined);
  });
});

describe('the dateline city', () => {
  it('reads a known city with its country, and an unknown one in title case', () => {
    assert.deepEqual(
      datelinePlace(viewArticle(memoryArticle(['KUALA LUMPUR, Nov. 10 (Bernama) -- The talks ended.']), index)),
      { city: 'Kuala Lumpur', country: 'malaysia' },
    );
    assert.deepEqual(datelinePlace(viewArticle(memoryArticle(['MAPUTO, Oct. 20 (AIM) -- The talks ended.']), index)), {
      city: 'Maputo',
    });
    assert.deepEqual(datelinePlace(viewArticle(memoryArticle(['新华社马尼拉11月10日电 会谈结束。']), index)), {
      city: 'Manila',
      country: 'philippines',
    });
  });

  it('reads the city of a dateline that names its country, and not the country', () => {
    assert.deepEqual(
      datelinePlace(viewArticle(memoryArticle(['YANGON, Myanmar (CNN) -- Obama met Thein Sein.']), index)),
      { city: 'Yangon', country: 'myanmar' },
    );
    assert.equal(
      datelinePlace(viewArticle(memoryArticle(['Myanmar (CNN) said Obama met Thein Sein.']), index)),
      undefined,
    );
  });

  it('reads a city and its country before a dash, with no date, and places the lead there', () => {
    const manila = ['MANILA, Philippines – President Rodrigo Duterte and Shinzo Abe held talks at Malacañang Palace.'];
    assert.deepEqual(datelinePlace(viewArticle(memoryArticle(manila), index)), {
      city: 'Manila',
      country: 'philippines',
    });
    assert.equal(placeOf(manila).place, 'Manila');
    assert.equal(
      datelinePlace(viewArticle(memoryArticle(['Manila, Philippines – the talks were held at the palace.']), index)),
      undefined,
    );
  });

  it('reads an embassy page’s "Vientiane - ..." as a dateline, and no unknown word or name before a dash', () => {
    assert.deepEqual(
      datelinePlace(
        viewArticle(
          memoryArticle(['Vientiane - Prabowo Subianto was received by the President on 20 February.']),
          index,
        ),
      ),
      { city: 'Vientiane', country: 'laos' },
    );
    assert.equal(
      datelinePlace(viewArticle(memoryArticle(['Prabowo Subianto - the former general - met the envoys.']), index)),
      undefined,
    );
  });

  it('reads a city in title case before a spaced hyphen as a dateline, and no city joined to a word by a hyphen', () => {
    assert.deepEqual(
      datelinePlace(
        viewArticle(
          memoryArticle([
            'Pretoria - President Jacob Zuma and Narendra Modi held talks at the Union Buildings on Friday.',
          ]),
          index,
        ),
      ),
      { city: 'Pretoria', country: 'south-africa' },
    );
    assert.equal(
      datelinePlace(viewArticle(memoryArticle(['Pretoria-based envoys - three of them - met the press.']), index)),
      undefined,
    );
    assert.equal(
      datelinePlace(viewArticle(memoryArticle(['Beijing-Moscow ties - long uneasy - have warmed.']), index)),
      undefined,
    );
  });

  it('reads a city alone before a colon or a full stop, and a dateline ended by a full stop', () => {
    const cityOf = (paragraph: string) => datelinePlace(viewArticle(memoryArticle([paragraph]), index));
    assert.deepEqual(cityOf('WASHINGTON: US President Joe Biden welcomed the guests.'), {
      city: 'Washington',
      country: 'united-states',
    });
    assert.deepEqual(cityOf('HANOI. Deputy Prime Minister Tran Luu Quang received the envoys.'), {
      city: 'Hanoi',
      country: 'vietnam',
    });
    assert.deepEqual(cityOf('Ulaanbaatar, September 4 (MONTSAME). The talks ended.'), {
      city: 'Ulaanbaatar',
      country: 'mongolia',
    });
  });

  it('takes no label or unknown word before a colon or a full stop for a city', () => {
    const cityOf = (paragraph: string) => datelinePlace(viewArticle(memoryArticle([paragraph]), index));
    assert.equal(cityOf('UPDATE: The talks ended without a statement.'), undefined);
    assert.equal(cityOf('Note: the envoys met again.'), undefined);
    assert.equal(cityOf('Trade. It grew by a tenth.'), undefined);
  });

  it('takes the city the lead places its story in when there is no dateline, and none otherwise', () => {
    assert.deepEqual(
      datelinePlace(
        viewArticle(memoryArticle(['President Prabowo Subianto met the envoys in Bangkok on Thursday.']), index),
      ),
      {
        city: 'Bangkok',
        country: 'thailand',
      },
    );
    assert.equal(
      datelinePlace(viewArticle(memoryArticle(['President Prabowo Subianto met the envoys on Thursday.']), index)),
      undefined,
    );
  });
});

describe('the place of a report', () => {
  it('places a meeting at a named building, in its city', () => {
    assert.deepEqual(
      placeOf(['Chinese Premier Li Qiang met Malaysian Prime Minister Anwar Ibrahim at the Great Hall of the People.']),
      {
        place: 'Beijing',
        venue: 'Great Hall of the People',
        country: 'china',
        stated: true,
      },
    );
  });

  it('places an event in a country named after in', () => {
    assert.deepEqual(placeOf(['The two foreign ministers met in Indonesia.']), {
      place: 'Indonesia',
      country: 'indonesia',
      stated: true,
      isCountry: true,
    });
  });

  it('sends a visit where the visitor went: the dateline city inside the country visited, else the country', () => {
    assert.deepEqual(placeOf(['PHNOM PENH, April 17 (Xinhua) -- Anwar Ibrahim paid an official visit to Cambodia.']), {
      place: 'Phnom Penh',
      country: 'cambodia',
      stated: false,
      countryStated: true,
    });
    assert.deepEqual(placeOf(['BANGKOK, April 17 (Xinhua) -- Anwar Ibrahim paid an official visit to Cambodia.']), {
      place: 'Cambodia',
      country: 'cambodia',
      stated: true,
      isCountry: true,
    });
  });

  it('places a lead event at the dateline city, but not a call, a later sentence, or one naming a place it does not know', () => {
    assert.deepEqual(placeOf(['KUALA LUMPUR, Nov. 10 (Bernama) -- Anwar Ibrahim met Prabowo Subianto.']), {
      place: 'Kuala Lumpur',
      country: 'malaysia',
      stated: false,
    });
    assert.deepEqual(placeOf(['KUALA LUMPUR, Nov. 10 (Bernama) -- Anwar Ibrahim met Prabowo Subianto.'], false), {
      stated: false,
    });
    assert.deepEqual(
      placeOf(['KUALA LUMPUR, Nov. 10 (Bernama) -- Anwar Ibrahim held a phone conversation with Prabowo Subianto.']),
      { stated: false },
    );
    assert.deepEqual(placeOf(['KUALA LUMPUR, Nov. 10 (Bernama) -- Anwar Ibrahim met Prabowo Subianto in Maputo.']), {
      stated: false,
    });
  });

  it('places an event on an island the sentence names there, not at the dateline city', () => {
    assert.deepEqual(
      placeOf([
        'KUALA LUMPUR, Nov. 10 (Bernama) -- Anwar Ibrahim met Prabowo Subianto on the Indonesian island of Bali.',
      ]),
      { place: 'Bali', stated: true },
    );
    assert.deepEqual(
      placeOf(['KUALA LUMPUR, Nov. 10 (Bernama) -- Anwar Ibrahim met Prabowo Subianto on the island issue.']),
      {
        place: 'Kuala Lumpur',
        country: 'malaysia',
        stated: false,
      },
    );
  });

  it('places a lead event held at a square or a building it does not know at the dateline city, not one in a town it does not know', () => {
    assert.deepEqual(
      placeOf([
        'KUALA LUMPUR, Nov. 10 (Bernama) -- Anwar Ibrahim welcomed Prabowo Subianto with an official ceremony at Merdeka Square.',
      ]),
      { place: 'Kuala Lumpur', country: 'malaysia', stated: false },
    );
    assert.deepEqual(
      placeOf(['KUALA LUMPUR, Nov. 10 (Bernama) -- Anwar Ibrahim met Prabowo Subianto at the Seri Perdana Residence.']),
      { place: 'Kuala Lumpur', country: 'malaysia', stated: false },
    );
    assert.deepEqual(
      placeOf(['KUALA LUMPUR, Nov. 10 (Bernama) -- Anwar Ibrahim met Prabowo Subianto at Hambantota.']),
      {
        stated: false,
      },
    );
    assert.deepEqual(
      placeOf(['KUALA LUMPUR, Nov. 10 (Bernama) -- Anwar Ibrahim met Prabowo Subianto at Merdeka Square in Maputo.']),
      { stated: false },
    );
  });

  it('does not place a visit where the visitor was before it, nor a meeting where he goes after', () => {
    assert.deepEqual(
      placeOf([
        'PHNOM PENH, Nov. 12 (Xinhua) -- Anwar Ibrahim is paying an official visit to Cambodia, right after attending the ASEAN summit in Kuala Lumpur.',
      ]),
      { place: 'Phnom Penh', country: 'cambodia', stated: false, countryStated: true },
    );
    assert.deepEqual(
      placeOf(['Anwar Ibrahim met Prabowo Subianto at the Great Hall of the People before leaving for Kuala Lumpur.']),
      { place: 'Beijing', venue: 'Great Hall of the People', country: 'china', stated: true },
    );
  });

  it('places a call made before leaving a city in that city, in English and in Chinese', () => {
    assert.deepEqual(placeOf(['Anwar Ibrahim also called on Prabowo Subianto before leaving Kuala Lumpur.']), {
      place: 'Kuala Lumpur',
      country: 'malaysia',
      stated: true,
    });
    assert.deepEqual(placeOf(['安瓦尔在离开吉隆坡前会见普拉博沃。']), {
      place: 'Kuala Lumpur',
      country: 'malaysia',
      stated: true,
    });
    // Where the people went next, or came from, is no place of the call.
    for (const sentence of [
      'Anwar Ibrahim also called on Prabowo Subianto before leaving for Kuala Lumpur.',
      'Anwar Ibrahim also called on Prabowo Subianto after leaving Kuala Lumpur.',
    ])
      assert.notEqual(placeOf([sentence]).place, 'Kuala Lumpur', sentence);
  });

  it('still places an event in the city named after the occasion it followed, when a comma closes that clause', () => {
    assert.deepEqual(placeOf(['After attending the summit, Anwar Ibrahim met Prabowo Subianto in Kuala Lumpur.']), {
      place: 'Kuala Lumpur',
      country: 'malaysia',
      stated: true,
    });
  });

  it('places "in the Malaysian capital" in the country’s capital, and a country’s embassy or border not there', () => {
    assert.deepEqual(placeOf(['Prabowo Subianto met Anwar Ibrahim in the Malaysian capital on Thursday.']), {
      place: 'Kuala Lumpur',
      country: 'malaysia',
      stated: true,
    });
    assert.deepEqual(placeOf(['Prabowo Subianto met Anwar Ibrahim in the capital of Malaysia on Thursday.']), {
      place: 'Kuala Lumpur',
      country: 'malaysia',
      stated: true,
    });
    assert.notEqual(
      placeOf(['Prabowo Subianto met Anwar Ibrahim at the Malaysian embassy on Thursday.']).place,
      'Kuala Lumpur',
    );
    assert.deepEqual(placeOf(['Prabowo Subianto met Anwar Ibrahim near the Malaysian border on Thursday.']), {
      stated: false,
    });
  });

  it('places a French report by "à" before a city and "au" before the country visited', () => {
    assert.deepEqual(placeOf(['Le 6 juin, il s’est entretenu à Hanoï avec le Premier ministre.']), {
      place: 'Hanoi',
      country: 'vietnam',
      stated: true,
    });
    assert.deepEqual(placeOf(['Le Président a effectué une visite officielle au Viet Nam.']), {
      place: 'Viet Nam',
      country: 'vietnam',
      stated: true,
      isCountry: true,
    });
  });

  it('leaves a planned visit without a destination unplaced', () => {
    assert.deepEqual(
      placeOf(['KUALA LUMPUR, Nov. 10 (Bernama) -- Prabowo Subianto will pay a state visit next week.']),
      { stated: false },
    );
  });
});

describe('the countries of one trip', () => {
  function destinations(text: string): string[] {
    const view = viewArticle(memoryArticle([text]), index);
    const sentence = view.sentences[0]!;
    const [cue] = findCues(sentence.text, sentence.chinese);
    return destinationsOf(view.text, sentence, cue!).map((d) => d.id);
  }

  it('lists every country of the trip in order', () => {
    assert.deepEqual(
      destinations('Chinese President Xi Jinping will pay state visits to Malaysia and Cambodia from April 15 to 18.'),
      ['malaysia', 'cambodia'],
    );
    assert.deepEqual(destinations('国家主席习近平将对马来西亚、柬埔寨进行国事访问。'), ['malaysia', 'cambodia']);
  });

  it('reads the country of a visit by its official name after "the", and in French after "au" or "en"', () => {
    assert.deepEqual(destinations('Anwar Ibrahim will pay an official visit to the Kingdom of Cambodia.'), [
      'cambodia',
    ]);
    assert.deepEqual(destinations('Anwar Ibrahim a effectué une visite officielle au Viet Nam du 6 au 8 juin.'), [
      'vietnam',
    ]);
  });

  it('names no destination for a country that is not where the visit goes', () => {
    assert.deepEqual(destinations('Anwar Ibrahim paid an official visit with the Cambodian delegation.'), []);
    assert.deepEqual(destinations('Anwar Ibrahim visited Jakarta after talks in Malaysia.'), []);
  });
});

describe('a city after "in the ... capital,"', () => {
  it('places the event in the city, not in the country of the adjective', () => {
    const place = placeOf(['Widodo met Anwar in the Malaysian capital, Kuala Lumpur, on Friday.']);
    assert.equal(place.place, 'Kuala Lumpur');
    assert.equal(place.country, 'malaysia');
  });

  it('still reads "in the Malaysian capital" with no city named as the capital', () => {
    assert.equal(placeOf(['Widodo met Anwar in the Malaysian capital on Friday.']).place, 'Kuala Lumpur');
  });
});

describe('a country owning what follows it', () => {
  it('is not the place of the event ("in Indonesia\'s peace process"), but "in Indonesia\'s capital" is', () => {
    assert.notEqual(
      placeOf(["Widodo held talks with Anwar, who promised to play a role in Indonesia's peace process."]).place,
      'Indonesia',
    );
    assert.equal(placeOf(['Widodo held talks with Anwar in Indonesia.']).place, 'Indonesia');
  });
});

describe('a place named other than after "in" or "at"', () => {
  it('places a meeting at an estate by the town it is named after', () => {
    assert.equal(
      placeOf(['Ils se sont entretenus mercredi dans une propriété de Woodside, près de San Francisco.']).place,
      'Woodside',
    );
    assert.equal(placeOf(['The two leaders met at the estate of Woodside on Wednesday.']).place, 'Woodside');
  });

  it('does not place a meeting in the town a person is from', () => {
    assert.equal(placeOf(['Ils se sont entretenus mercredi avec le maire de Woodside.']).place, undefined);
  });

  it('places a Chinese meeting in the city of the gathering it was held at', () => {
    assert.deepEqual(placeOf(['王毅在出席第60届慕尼黑安全会议期间会见布林肯。']), {
      place: 'Munich',
      country: 'germany',
      stated: true,
    });
    assert.equal(placeOf(['王毅在北京会见出席慕尼黑安全会议的代表。']).place, 'Beijing');
  });

  it('knows the capitals of the region in their other spellings', () => {
    for (const form of ['Naypyitaw', 'Nay Pyi Taw', '內比都']) {
      const text = form.startsWith('內') ? `王毅在${form}会见敏昂莱。` : `He held talks in ${form} on Wednesday.`;
      assert.equal(placeOf([text]).place, 'Naypyidaw', form);
    }
  });
});

describe('the place a sentence names by its own words', () => {
  it('is the city after "in" or "at", known or not', () => {
    assert.equal(
      placeNamedIn('Widodo received Lee at his hotel in Surakarta, where two agreements were signed.'),
      'Surakarta',
    );
    assert.equal(placeNamedIn('Lee arrived in Siem Reap on Wednesday.'), 'Siem Reap');
  });

  it('is no site in a town, no owner, and nothing when no place is named', () => {
    assert.equal(placeNamedIn('Widodo and Lee held talks at Merdeka Palace on Thursday.'), undefined);
    assert.equal(placeNamedIn('Li promised a constructive role in Myanmar’s peace process.'), undefined);
    assert.equal(placeNamedIn('Widodo and Lee held talks on Thursday.'), undefined);
  });

  it('is not a place the people were at before or go to after, but the one the event was in', () => {
    const visit = 'Xi is paying a state visit to Vietnam, right after attending the APEC meeting in Da Nang.';
    assert.equal(placeNamedIn(visit), undefined);
    assert.equal(placeNamedIn('Right after attending the APEC meeting in Da Nang, Xi met Trong in Hanoi.'), 'Hanoi');
    assert.equal(placeNamedIn('Xi met Trong after the APEC meeting in Da Nang.'), 'Da Nang');
  });
});

describe('a building named with no city', () => {
  it('is a site in a town: a museum, an office, a temple', () => {
    assert.equal(placeNamedIn('Xi received Modi at the Hubei Provincial Museum on Friday afternoon.'), undefined);
    assert.equal(placeNamedIn('He later met Prime Minister Phuc at the Government Office.'), undefined);
    assert.ok(namesSiteOnly('He later met Prime Minister Phuc at the Government Office.'));
    assert.ok(namesSiteOnly('Xi received Modi at the Hubei Provincial Museum on Friday afternoon.'));
  });

  it('is a site in a town when its word follows its name in lower case', () => {
    assert.equal(placeNamedIn('Obama met President Thein Sein at the Parliament building.'), undefined);
    assert.ok(namesSiteOnly('Obama met President Thein Sein at the Parliament building.'));
    assert.equal(namesSiteOnly('Obama met President Thein Sein at the building in Yangon.'), false);
    assert.equal(namesSiteOnly('Obama met President Thein Sein at the Parliament in Nay Pyi Taw.'), false);
  });

  it('is a site in a town when it is an organisation’s headquarters', () => {
    const talks = "Nguyen Phu Trong held talks with Biden at the Party Central Committee's headquarters on Sunday.";
    assert.equal(placeNamedIn(talks), undefined);
    assert.ok(namesSiteOnly(talks));
    assert.equal(
      namesSiteOnly("Trong held talks with Biden at the Party Central Committee's headquarters in Hanoi."),
      false,
    );
  });

  it('is a site in a town when its word is in the plural', () => {
    const talks = 'Zuma and Modi held talks at the Union Buildings on Friday.';
    assert.equal(placeNamedIn(talks), undefined);
    assert.ok(namesSiteOnly(talks));
    assert.equal(namesSiteOnly('Zuma and Modi held talks at the Union Buildings in Pretoria on Friday.'), false);
    assert.equal(placeNamedIn('Zuma and Modi held talks at Buildingsworth on Friday.'), 'Buildingsworth');
  });

  it("is a site in a town when it is a head of government's seat named by its office", () => {
    const talks = 'Merkel and Modi held government consultations at the Chancellery on Tuesday.';
    assert.equal(placeNamedIn(talks), undefined);
    assert.ok(namesSiteOnly(talks));
    assert.equal(namesSiteOnly('Merkel and Modi held talks at the Chancellery in Vienna on Tuesday.'), false);
  });

  it('is no city when it is a district of one', () => {
    assert.equal(
      placeNamedIn('Yoon hosted a dinner for Kishida at the presidential residence in Hannam-dong.'),
      undefined,
    );
    assert.equal(placeNamedIn('Abe met Putin at a hotel in Minato-ku.'), undefined);
    assert.equal(placeNamedIn('Abe met Putin at a hot spring inn in Nagato.'), 'Nagato');
  });

  it('is a site in a town when it is a monument', () => {
    const welcome = 'Earlier, Macron welcomed Modi at the Arc de Triomphe, where the two leaders reviewed troops.';
    assert.equal(placeNamedIn(welcome), undefined);
    assert.ok(namesSiteOnly(welcome));
    assert.ok(namesSiteOnly('Xi laid a wreath at the Ho Chi Minh Mausoleum on Sunday.'));
    assert.ok(namesSiteOnly('Steinmeier welcomed Modi at the Brandenburg Gate.'));
    assert.equal(namesSiteOnly('Xi laid a wreath at the Ho Chi Minh Mausoleum in Hanoi on Sunday.'), false);
  });

  it('is a site in a town when it is an airport or an airbase', () => {
    const landed = 'Mr Xi landed at Nur Khan airbase on Monday morning for a two-day state visit.';
    assert.equal(placeNamedIn(landed), undefined);
    assert.ok(namesSiteOnly(landed));
    assert.ok(namesSiteOnly('Obama landed at Halim Perdanakusuma Airport on Tuesday.'));
    assert.equal(namesSiteOnly('Obama landed at Halim Perdanakusuma Airport in Jakarta on Tuesday.'), false);
  });

  it('is not all a sentence names when it names a city too, or no building at all', () => {
    assert.equal(namesSiteOnly('He later met Prime Minister Phuc at the Government Office in Hanoi.'), false);
    assert.equal(namesSiteOnly('He later met Prime Minister Phuc in Da Nang.'), false);
    assert.equal(namesSiteOnly('He later met Prime Minister Phuc.'), false);
  });
});

describe('a city beginning a longer name', () => {
  it('places nothing: the city after it does', () => {
    assert.equal(
      placeOf(
        ['Li Qiang will meet Anwar Ibrahim at the Shanghai Cooperation Organisation summit in Qingdao in June.'],
        false,
      ).place,
      'Qingdao',
    );
  });

  it('is still the place with a day or a month after it', () => {
    assert.equal(placeOf(['Li Qiang met Anwar Ibrahim in Beijing Monday.'], false).place, 'Beijing');
    assert.equal(placeOf(['Li Qiang will meet Anwar Ibrahim in Beijing June 3.'], false).place, 'Beijing');
  });
});

describe('a Chinese city named after its country', () => {
  it('places the event in the city, not the country', () => {
    const place = placeOf(['李强在中国杭州同马来西亚总理安瓦尔举行会谈。'], false);
    assert.equal(place.place, 'Hangzhou');
    assert.equal(place.isCountry, undefined);
  });

  it('places it in the country when no city follows', () => {
    assert.equal(placeOf(['李强在中国同马来西亚总理安瓦尔举行会谈。'], false).place, 'China');
  });
});

describe('a "where" clause after a known place', () => {
  it('places the event told in it there, whatever word stands before the place', () => {
    assert.deepEqual(placeOf(['YANGON, Nov. 19 (AP) -- Later, Obama drove to Phnom Penh, where he met Hun Sen.']), {
      place: 'Phnom Penh',
      country: 'cambodia',
      stated: true,
    });
  });

  it('places no event told before the place, nor one the clause looks back to', () => {
    assert.deepEqual(
      placeOf(['KUALA LUMPUR: Li Qiang met Anwar Ibrahim after driving from Jakarta, where the summit ended.']),
      { place: 'Kuala Lumpur', country: 'malaysia', stated: false },
    );
    assert.deepEqual(
      placeOf(['YANGON, Nov. 19 (AP) -- Modi flew in from Phnom Penh, where he had attended the summit.']),
      {
        place: 'Yangon',
        country: 'myanmar',
        stated: false,
      },
    );
  });
});

describe('a "where" clause in the pluperfect after a known place', () => {
  it('places there the talks it dates by a day of the trip, as an earlier stop', () => {
    assert.deepEqual(
      placeOf([
        'YANGON, Nov. 19 (AP) -- Modi came in from Phnom Penh, where he had held talks with Hun Sen earlier in the day.',
      ]),
      { place: 'Phnom Penh', country: 'cambodia', stated: true },
    );
  });
});

describe('a "where" clause in the simple past dated by a weekday of the trip', () => {
  it('places its event at the city or country the clause hangs on, not a place named before', () => {
    assert.deepEqual(
      placeOf([
        'YANGON, Nov. 19 (AP) -- Modi was in Yangon on Wednesday, coming from Phnom Penh, where he held talks with Hun Sen on Tuesday.',
      ]),
      { place: 'Phnom Penh', country: 'cambodia', stated: true },
    );
  });

  it('leaves a clause with no day of the trip to the place named before', () => {
    assert.deepEqual(
      placeOf([
        'YANGON, Nov. 19 (AP) -- Modi was in Yangon on Wednesday, coming from Phnom Penh, where he held talks with Hun Sen.',
      ]),
      { place: 'Yangon', country: 'myanmar', stated: true },
    );
  });
});

describe('a "where" clause in the pluperfect dated by a weekday of the trip', () => {
  it('places its event at the city or country the clause hangs on, not a place named before', () => {
    assert.deepEqual(
      placeOf([
        'YANGON, Nov. 19 (AP) -- Modi was in Yangon on Wednesday, coming from Phnom Penh, where he had held talks with Hun Sen on Tuesday.',
      ]),
      { place: 'Phnom Penh', country: 'cambodia', stated: true },
    );
    assert.deepEqual(
      placeOf([
        'YANGON, Nov. 19 (AP) -- Modi was in Yangon on Wednesday, coming from Cambodia, where he had held talks with Hun Sen on Tuesday.',
      ]),
      { place: 'Cambodia', country: 'cambodia', stated: true, isCountry: true },
    );
  });

  it('places nothing at a place the reader does not know, and leaves the event to the place named before', () => {
    assert.deepEqual(
      placeOf([
        'YANGON, Nov. 19 (AP) -- Modi was in Yangon on Wednesday, coming from Kampot, where he had held talks with Hun Sen on Tuesday.',
      ]),
      { place: 'Yangon', country: 'myanmar', stated: true },
    );
  });
});

describe('an announced visit to a country the reader does not know', () => {
  it('goes to the country its words name', () => {
    assert.deepEqual(placeOf(['Widodo will then travel to Dhaka for a state visit to Bangladesh.']), {
      place: 'Bangladesh',
      stated: true,
      isCountry: true,
    });
    assert.deepEqual(placeOf(['14日，习近平将前往达卡，对孟加拉国进行国事访问。']), {
      place: '孟加拉国',
      stated: true,
      isCountry: true,
    });
  });

  it('takes no such place for a visit held, nor a person for one', () => {
    assert.deepEqual(placeOf(['Widodo paid a state visit to Bangladesh.']), { stated: false });
    assert.deepEqual(placeOf(['Lee Hsien Loong will pay a courtesy visit to Joko Widodo next week.'], false), {
      stated: false,
    });
  });
});
