/**
 * Venues named in a sentence: the forms are looked up where their first character is, and must
 * find what one pattern of all the forms, tried at every offset, finds.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { capitalOf, findVenues, venueByName, VENUES } from '../../../../server/src/core/facts/venues.js';
import { bundled } from '../../../support/bundled.js';

/** The venues of a text as the pattern of all forms, longest first, finds them. */
function venuesByPattern(text: string): { name: string; start: number; end: number }[] {
  const forms = VENUES.flatMap((venue) => [venue.name, ...venue.aliases]).sort((a, b) => b.length - a.length);
  const escaped = forms.map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![A-Za-z])(?:${escaped.join('|')})(?![a-z])`, 'gu');
  return [...text.matchAll(pattern)].map((match) => ({
    name: venueByName(match[0])!.name,
    start: match.index,
    end: match.index + match[0].length,
  }));
}

function venuesOf(text: string): { name: string; start: number; end: number }[] {
  return findVenues(text).map(({ venue, start, end }) => ({ name: venue.name, start, end }));
}

describe('findVenues', () => {
  it('finds cities and buildings in English and Chinese, the longest form where two overlap', () => {
    const text =
      'Xi met him at the Great Hall of the People in Beijing, then at the headquarters of the CPV Central Committee. 习近平在人民大会堂会见';
    assert.deepEqual(
      venuesOf(text).map((v) => [v.name, text.slice(v.start, v.end)]),
      [
        ['Great Hall of the People', 'Great Hall of the People'],
        ['Beijing', 'Beijing'],
        ['headquarters of the CPV Central Committee', 'headquarters of the CPV Central Committee'],
        ['Great Hall of the People', '人民大会堂'],
      ],
    );
  });

  it('takes a form with a possessive after it, not one inside a longer word', () => {
    assert.deepEqual(
      venuesOf("Hanoi's streets").map((v) => v.name),
      ['Hanoi'],
    );
    assert.deepEqual(venuesOf('Hanoians and xBeijing and Beijingers'), []);
    assert.deepEqual(venuesOf('The two leaders met on Tuesday.'), []);
  });

  it('finds on every line of the sample corpus what the pattern of all forms finds', () => {
    const dir = fileURLToPath(new URL('../../../../../samples/corpus/', import.meta.url));
    const lines = readdirSync(dir).flatMap((name) => readFileSync(`${dir}${name}`, 'utf8').split('\n'));
    let found = 0;
    for (const line of lines) {
      const venues = venuesOf(line);
      assert.deepEqual(venues, venuesByPattern(line), line);
      found += venues.length;
    }
    assert.ok(found >= 50, `${found} venues`);
  });
});

describe('the capitals', () => {
  it('are known for every country the knowledge base holds, each in its own country', () => {
    const countries = [...bundled().kb.entities.values()].filter((entity) => entity.kind === 'country');
    assert.ok(countries.length > 30);
    for (const country of countries) assert.equal(capitalOf(country.id)?.country, country.id, country.id);
  });
});

describe('the seats of government in New Delhi', () => {
  it('place the President’s house, the guest house for talks and the Prime Minister’s residence in New Delhi', () => {
    const text =
      'Putin was welcomed at Rashtrapati Bhavan, held talks at Hyderabad House and dined at 7, Lok Kalyan Marg.';
    assert.deepEqual(
      findVenues(text).map(({ venue }) => `${venue.name}: ${venue.city}`),
      ['Rashtrapati Bhavan: New Delhi', 'Hyderabad House: New Delhi', 'Lok Kalyan Marg: New Delhi'],
    );
  });

  it('do not take a street’s other words or another Bhavan for them', () => {
    assert.deepEqual(findVenues('He spoke at Vigyan Bhavan on Lok Sabha business.'), []);
  });
});

describe('the seats of government beyond the region', () => {
  it('place Downing Street, the Union Buildings and the palaces of Brasília in their cities', () => {
    const text =
      'After talks at 10 Downing Street and a stop at the Union Buildings, he was received at the Alvorada Palace, then at the Palácio do Planalto; 卢拉在伊塔马拉蒂宫设宴。';
    assert.deepEqual(
      findVenues(text).map(({ venue }) => `${venue.name}: ${venue.city}`),
      [
        '10 Downing Street: London',
        'Union Buildings: Pretoria',
        'Alvorada Palace: Brasília',
        'Planalto Palace: Brasília',
        'Itamaraty Palace: Brasília',
      ],
    );
  });

  it('place the country houses where leaders dine their guests in their towns', () => {
    const text =
      'A dinner at Meseberg Palace, north of Berlin; another at the Villa Kérylos in Beaulieu-sur-Mer; talks at Chequers.';
    assert.deepEqual(
      findVenues(text).map(({ venue }) => `${venue.name}: ${venue.city}`),
      [
        'Meseberg Palace: Meseberg',
        'Berlin: Berlin',
        'Villa Kérylos: Beaulieu-sur-Mer',
        'Beaulieu-sur-Mer: Beaulieu-sur-Mer',
        'Chequers: Chequers',
      ],
    );
  });
});

describe('the seats of state in Hanoi as the Vietnamese press names them', () => {
  it('place the Presidential Palace, the Government Headquarters and the National Assembly House in Hanoi', () => {
    const text =
      'Lễ đón diễn ra tại Phủ Chủ tịch, hai nhà lãnh đạo hội đàm tại Trụ sở Chính phủ rồi thăm Nhà Quốc hội.';
    assert.deepEqual(
      findVenues(text).map(({ venue }) => `${venue.name}: ${venue.city}`),
      ['Phủ Chủ tịch: Hanoi', 'Trụ sở Chính phủ: Hanoi', 'Nhà Quốc hội: Hanoi'],
    );
  });
});
