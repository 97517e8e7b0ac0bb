/**
 * Cities and buildings where the region's leaders meet, with their Chinese names, so that
 * "in Beijing", "at the Great Hall of the People", "在北京" and "人民大会堂" all place an event
 * in Beijing, and a Chinese and an English report of one meeting agree on where it was. The
 * knowledge base has a `places` section for these; until it is filled, this short list keeps
 * reports comparable. Knowledge-base places are used as well when present.
 */

/** A place an event can be held at. */
export interface Venue {
  /** English name as house style writes it. */
  name: string;
  /** Other spellings and the Chinese names. */
  aliases: readonly string[];
  /** The city a building is in; a city is its own city. */
  city: string;
  /** Knowledge-base country id. */
  country: string;
}

/** City names first, then buildings, each with the forms press texts use. */
export const VENUES: readonly Venue[] = [
  { name: 'Beijing', aliases: ['Peking', 'Pékin', 'Bắc Kinh', '北京'], city: 'Beijing', country: 'china' },
  { name: 'Shanghai', aliases: ['上海'], city: 'Shanghai', country: 'china' },
  { name: 'Kunming', aliases: ['昆明'], city: 'Kunming', country: 'china' },
  { name: 'Nanning', aliases: ['南宁'], city: 'Nanning', country: 'china' },
  { name: "Xi'an", aliases: ['Xian', 'Xi’an', '西安'], city: "Xi'an", country: 'china' },
  { name: 'Guangzhou', aliases: ['广州'], city: 'Guangzhou', country: 'china' },
  { name: 'Urumqi', aliases: ['乌鲁木齐'], city: 'Urumqi', country: 'china' },
  { name: 'Hong Kong', aliases: ['香港'], city: 'Hong Kong', country: 'china' },
  // Cities a visit to China goes to beyond the capital: forums (Summer Davos in Dalian and
  // Tianjin, Boao), provincial stops of state visits, border provinces' capitals.
  { name: 'Dalian', aliases: ['大连'], city: 'Dalian', country: 'china' },
  { name: 'Tianjin', aliases: ['天津'], city: 'Tianjin', country: 'china' },
  { name: 'Shenzhen', aliases: ['深圳'], city: 'Shenzhen', country: 'china' },
  { name: 'Chengdu', aliases: ['成都'], city: 'Chengdu', country: 'china' },
  { name: 'Chongqing', aliases: ['重庆'], city: 'Chongqing', country: 'china' },
  { name: 'Hangzhou', aliases: ['杭州'], city: 'Hangzhou', country: 'china' },
  { name: 'Xiamen', aliases: ['厦门'], city: 'Xiamen', country: 'china' },
  { name: 'Qingdao', aliases: ['青岛'], city: 'Qingdao', country: 'china' },
  { name: 'Wuhan', aliases: ['武汉'], city: 'Wuhan', country: 'china' },
  { name: 'Changsha', aliases: ['长沙'], city: 'Changsha', country: 'china' },
  { name: 'Guilin', aliases: ['桂林'], city: 'Guilin', country: 'china' },
  { name: 'Haikou', aliases: ['海口'], city: 'Haikou', country: 'china' },
  { name: 'Sanya', aliases: ['三亚'], city: 'Sanya', country: 'china' },
  { name: 'Boao', aliases: ["Bo'ao", '博鳌'], city: 'Boao', country: 'china' },
  { name: 'Jinghong', aliases: ['景洪'], city: 'Jinghong', country: 'china' },
  { name: 'Nanjing', aliases: ['南京'], city: 'Nanjing', country: 'china' },
  { name: 'Suzhou', aliases: ['苏州'], city: 'Suzhou', country: 'china' },
  { name: 'Harbin', aliases: ['哈尔滨'], city: 'Harbin', country: 'china' },
  { name: 'Vientiane', aliases: ['Viêng Chăn', '万象', '萬象'], city: 'Vientiane', country: 'laos' },
  { name: 'Luang Prabang', aliases: ['琅勃拉邦'], city: 'Luang Prabang', country: 'laos' },
  { name: 'Hanoi', aliases: ['Ha Noi', 'Hanoï', 'Hà Nội', '河内'], city: 'Hanoi', country: 'vietnam' },
  { name: 'Ho Chi Minh City', aliases: ['胡志明市'], city: 'Ho Chi Minh City', country: 'vietnam' },
  { name: 'Da Nang', aliases: ['Danang', '岘港'], city: 'Da Nang', country: 'vietnam' },
  // Not Hue: it is also a Vietnamese given name (Vuong Dinh Hue).
  { name: 'Hai Phong', aliases: ['Haiphong', '海防'], city: 'Hai Phong', country: 'vietnam' },
  { name: 'Ha Long', aliases: ['Halong', '下龙'], city: 'Ha Long', country: 'vietnam' },
  { name: 'Can Tho', aliases: ['芹苴'], city: 'Can Tho', country: 'vietnam' },
  { name: 'Lao Cai', aliases: ['老街'], city: 'Lao Cai', country: 'vietnam' },
  { name: 'Lang Son', aliases: ['谅山'], city: 'Lang Son', country: 'vietnam' },
  { name: 'Pakse', aliases: ['巴色'], city: 'Pakse', country: 'laos' },
  { name: 'Savannakhet', aliases: ['沙湾拿吉'], city: 'Savannakhet', country: 'laos' },
  { name: 'Vang Vieng', aliases: ['万荣'], city: 'Vang Vieng', country: 'laos' },
  { name: 'Singapore', aliases: ['新加坡'], city: 'Singapore', country: 'singapore' },
  { name: 'Tokyo', aliases: ['东京'], city: 'Tokyo', country: 'japan' },
  { name: 'Seoul', aliases: ['首尔'], city: 'Seoul', country: 'south-korea' },
  // Cities that host the region's summits (the G20 in Osaka, APEC in Busan and Gyeongju): the
  // leaders' meetings on their sidelines are held there.
  { name: 'Osaka', aliases: ['大阪'], city: 'Osaka', country: 'japan' },
  { name: 'Busan', aliases: ['Pusan', '釜山'], city: 'Busan', country: 'south-korea' },
  { name: 'Gyeongju', aliases: ['庆州', '慶州'], city: 'Gyeongju', country: 'south-korea' },
  { name: 'Samarkand', aliases: ['撒马尔罕'], city: 'Samarkand', country: 'uzbekistan' },
  { name: 'Phnom Penh', aliases: ['金边'], city: 'Phnom Penh', country: 'cambodia' },
  { name: 'Bangkok', aliases: ['曼谷'], city: 'Bangkok', country: 'thailand' },
  { name: 'Kuala Lumpur', aliases: ['吉隆坡'], city: 'Kuala Lumpur', country: 'malaysia' },
  { name: 'Manila', aliases: ['马尼拉'], city: 'Manila', country: 'philippines' },
  { name: 'Naypyidaw', aliases: ['Nay Pyi Taw', '内比都'], city: 'Naypyidaw', country: 'myanmar' },
  { name: 'Moscow', aliases: ['Mát-xcơ-va', 'Moskva', '莫斯科'], city: 'Moscow', country: 'russia' },
  { name: 'Kazan', aliases: ['喀山'], city: 'Kazan', country: 'russia' },
  { name: 'New Delhi', aliases: ['新德里'], city: 'New Delhi', country: 'india' },
  { name: 'Washington', aliases: ['Washington, D.C.', '华盛顿'], city: 'Washington', country: 'united-states' },
  { name: 'San Francisco', aliases: ['旧金山'], city: 'San Francisco', country: 'united-states' },
  { name: 'Madrid', aliases: ['马德里'], city: 'Madrid', country: 'spain' },
  { name: 'Havana', aliases: ['哈瓦那'], city: 'Havana', country: 'cuba' },
  { name: 'Ulaanbaatar', aliases: ['Ulan Bator', '乌兰巴托'], city: 'Ulaanbaatar', country: 'mongolia' },
  { name: 'Great Hall of the People', aliases: ['人民大会堂'], city: 'Beijing', country: 'china' },
  { name: 'Diaoyutai State Guesthouse', aliases: ['Diaoyutai', '钓鱼台国宾馆'], city: 'Beijing', country: 'china' },
  { name: 'Zhongnanhai', aliases: ['中南海'], city: 'Beijing', country: 'china' },
  {
    name: 'headquarters of the CPV Central Committee',
    aliases: [
      'headquarters of the Communist Party of Viet Nam',
      'headquarters of the Communist Party of Vietnam',
      'headquarters of the CPV',
      '越共中央驻地',
    ],
    city: 'Hanoi',
    country: 'vietnam',
  },
  // Seats of government that stand for their city: "talks in the Kremlin" were held in Moscow.
  { name: 'Kremlin', aliases: ['克里姆林宫', '克裏姆林宮'], city: 'Moscow', country: 'russia' },
  { name: 'White House', aliases: ['白宫'], city: 'Washington', country: 'united-states' },
  { name: 'Noi Bai International Airport', aliases: ['Noi Bai'], city: 'Hanoi', country: 'vietnam' },
  { name: 'Wattay International Airport', aliases: ['Wattay'], city: 'Vientiane', country: 'laos' },
];

/**
 * The capital of each country whose capital the list above holds: "in the Malaysian capital"
 * is Kuala Lumpur, "the Lao capital" Vientiane.
 */
const CAPITALS: Readonly<Record<string, string>> = {
  china: 'Beijing',
  laos: 'Vientiane',
  vietnam: 'Hanoi',
  cambodia: 'Phnom Penh',
  thailand: 'Bangkok',
  malaysia: 'Kuala Lumpur',
  philippines: 'Manila',
  myanmar: 'Naypyidaw',
  singapore: 'Singapore',
  japan: 'Tokyo',
  'south-korea': 'Seoul',
  russia: 'Moscow',
  india: 'New Delhi',
  'united-states': 'Washington',
  spain: 'Madrid',
  cuba: 'Havana',
  mongolia: 'Ulaanbaatar',
};

/** The capital of a knowledge-base country, when this list knows it. */
export function capitalOf(countryId: string): Venue | undefined {
  const name = CAPITALS[countryId];
  return name ? venueByName(name) : undefined;
}

/** A venue found in a text, with offsets into it. */
export interface VenueMatch {
  venue: Venue;
  start: number;
  end: number;
}

/** A form a venue is written in, and the venue it names. */
interface VenueForm {
  form: string;
  venue: Venue;
}

let formsByFirstCode: Map<number, VenueForm[]> | undefined;
/** 1 for a code unit some form starts with: most characters start none, and are passed over without a lookup. */
const startsAForm = new Uint8Array(0x10000);
const byForm = new Map<string, Venue>();

/**
 * The venues' forms by their first code unit, longest first. Looking a form up only where its
 * first character is costs a fraction of a pattern of all the forms, tried at every offset of
 * every sentence, and finds the same.
 */
function venueForms(): Map<number, VenueForm[]> {
  if (formsByFirstCode) return formsByFirstCode;
  const forms: string[] = [];
  for (const venue of VENUES) {
    for (const form of [venue.name, ...venue.aliases]) {
      byForm.set(form.toLowerCase(), venue);
      forms.push(form);
    }
  }
  forms.sort((a, b) => b.length - a.length);
  formsByFirstCode = new Map();
  for (const form of forms) {
    const venue = byForm.get(form.toLowerCase())!;
    const code = form.charCodeAt(0);
    startsAForm[code] = 1;
    const list = formsByFirstCode.get(code) ?? [];
    list.push({ form, venue });
    formsByFirstCode.set(code, list);
  }
  return formsByFirstCode;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Every venue named in a text, in order, longest form first where two overlap. A form counts
 * where no Latin letter is before it and no lower-case letter after it ("Beijing's", not "Hanoian").
 */
export function findVenues(text: string): VenueMatch[] {
  const forms = venueForms();
  const out: VenueMatch[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (startsAForm[code] === 0) continue;
    const candidates = forms.get(code);
    if (!candidates || (i > 0 && isAsciiLetter(text.charCodeAt(i - 1)))) continue;
    for (const { form, venue } of candidates) {
      if (!text.startsWith(form, i)) continue;
      const after = text.charCodeAt(i + form.length);
      if (after >= 97 && after <= 122) continue;
      out.push({ venue, start: i, end: i + form.length });
      i += form.length - 1;
      break;
    }
  }
  return out;
}

/** The venue a dateline city names ("BEIJING", "HANOI", "万象"), matched in any letter case. */
export function venueByName(name: string): Venue | undefined {
  venueForms();
  return byForm.get(name.trim().toLowerCase());
}
