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
  /**
   * A building's short name, which names it only once the article gave its full name ("the
   * Great Hall" after "the Great Hall of the People"): other buildings bear it too.
   */
  shortForms?: readonly string[];
  /** The city a building is in; a city is its own city. */
  city: string;
  /** Knowledge-base country id; empty for a city in a country the knowledge base does not hold. */
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
  { name: 'Singapore', aliases: ['Singapour', '新加坡'], city: 'Singapore', country: 'singapore' },
  { name: 'Tokyo', aliases: ['东京'], city: 'Tokyo', country: 'japan' },
  { name: 'Seoul', aliases: ['Séoul', '首尔'], city: 'Seoul', country: 'south-korea' },
  // Cities that host the region's summits (the G20 in Osaka, APEC in Busan and Gyeongju): the
  // leaders' meetings on their sidelines are held there.
  { name: 'Osaka', aliases: ['大阪'], city: 'Osaka', country: 'japan' },
  { name: 'Busan', aliases: ['Pusan', '釜山'], city: 'Busan', country: 'south-korea' },
  { name: 'Gyeongju', aliases: ['庆州', '慶州'], city: 'Gyeongju', country: 'south-korea' },
  { name: 'Samarkand', aliases: ['Samarcande', '撒马尔罕'], city: 'Samarkand', country: 'uzbekistan' },
  { name: 'Phnom Penh', aliases: ['Phnôm Pênh', '金边'], city: 'Phnom Penh', country: 'cambodia' },
  { name: 'Bangkok', aliases: ['Băng Cốc', '曼谷'], city: 'Bangkok', country: 'thailand' },
  { name: 'Kuala Lumpur', aliases: ['吉隆坡'], city: 'Kuala Lumpur', country: 'malaysia' },
  { name: 'Manila', aliases: ['马尼拉'], city: 'Manila', country: 'philippines' },
  {
    name: 'Naypyidaw',
    aliases: ['Nay Pyi Taw', 'Naypyitaw', 'Nay Pyi Daw', '内比都', '內比都'],
    city: 'Naypyidaw',
    country: 'myanmar',
  },
  { name: 'Moscow', aliases: ['Moscou', 'Mát-xcơ-va', 'Moskva', '莫斯科'], city: 'Moscow', country: 'russia' },
  { name: 'Kazan', aliases: ['喀山'], city: 'Kazan', country: 'russia' },
  { name: 'New Delhi', aliases: ['新德里'], city: 'New Delhi', country: 'india' },
  // India's cities of summits beyond the capital: the informal summit of Chennai and
  // Mamallapuram, the BRICS summit in Goa, the G20's meetings in Mumbai and Bengaluru.
  { name: 'Chennai', aliases: ['Madras', '金奈'], city: 'Chennai', country: 'india' },
  { name: 'Mamallapuram', aliases: ['Mahabalipuram', '马马拉普拉姆'], city: 'Mamallapuram', country: 'india' },
  { name: 'Goa', aliases: ['果阿'], city: 'Goa', country: 'india' },
  { name: 'Mumbai', aliases: ['Bombay', '孟买'], city: 'Mumbai', country: 'india' },
  { name: 'Bengaluru', aliases: ['Bangalore', '班加罗尔'], city: 'Bengaluru', country: 'india' },
  { name: 'Washington', aliases: ['Washington, D.C.', '华盛顿'], city: 'Washington', country: 'united-states' },
  { name: 'San Francisco', aliases: ['旧金山'], city: 'San Francisco', country: 'united-states' },
  { name: 'Madrid', aliases: ['马德里'], city: 'Madrid', country: 'spain' },
  { name: 'Havana', aliases: ['La Havane', 'La Habana', '哈瓦那'], city: 'Havana', country: 'cuba' },
  { name: 'Ulaanbaatar', aliases: ['Ulan Bator', 'Oulan-Bator', '乌兰巴托'], city: 'Ulaanbaatar', country: 'mongolia' },
  // Capitals and the host cities of the world's summits (G20, APEC, BRICS, SCO, ASEAN, G7) and
  // resorts where leaders meet, with the forms English, French, Vietnamese and Chinese reports
  // use, so that a meeting on a summit's sidelines is placed wherever the summit is held. Not
  // names that are also common words or given names ("Nice", "Male", "Victoria", "Canton").
  // A country the knowledge base does not hold is left empty.
  { name: 'Jakarta', aliases: ['Djakarta', 'Gia-các-ta', '雅加达'], city: 'Jakarta', country: 'indonesia' },
  { name: 'Bali', aliases: ['Nusa Dua', '巴厘岛', '巴厘'], city: 'Bali', country: 'indonesia' },
  { name: 'Labuan Bajo', aliases: ['纳闽巴霍'], city: 'Labuan Bajo', country: 'indonesia' },
  { name: 'Bandung', aliases: ['万隆'], city: 'Bandung', country: 'indonesia' },
  { name: 'Putrajaya', aliases: ['布城', '布特拉再也'], city: 'Putrajaya', country: 'malaysia' },
  { name: 'Langkawi', aliases: ['兰卡威'], city: 'Langkawi', country: 'malaysia' },
  {
    name: 'Bandar Seri Begawan',
    aliases: ['斯里巴加湾市', '斯里巴加湾'],
    city: 'Bandar Seri Begawan',
    country: 'brunei',
  },
  { name: 'Dili', aliases: ['帝力'], city: 'Dili', country: 'timor-leste' },
  { name: 'Siem Reap', aliases: ['暹粒'], city: 'Siem Reap', country: 'cambodia' },
  { name: 'Sihanoukville', aliases: ['西哈努克市', '西港'], city: 'Sihanoukville', country: 'cambodia' },
  { name: 'Chiang Mai', aliases: ['清迈'], city: 'Chiang Mai', country: 'thailand' },
  { name: 'Pattaya', aliases: ['芭提雅'], city: 'Pattaya', country: 'thailand' },
  { name: 'Phuket', aliases: ['普吉'], city: 'Phuket', country: 'thailand' },
  { name: 'Yangon', aliases: ['Rangoon', '仰光'], city: 'Yangon', country: 'myanmar' },
  { name: 'Mandalay', aliases: ['曼德勒'], city: 'Mandalay', country: 'myanmar' },
  { name: 'Hiroshima', aliases: ['广岛'], city: 'Hiroshima', country: 'japan' },
  { name: 'Yokohama', aliases: ['横滨'], city: 'Yokohama', country: 'japan' },
  { name: 'Kyoto', aliases: ['京都'], city: 'Kyoto', country: 'japan' },
  { name: 'Pyongyang', aliases: ['平壤'], city: 'Pyongyang', country: 'north-korea' },
  { name: 'Astana', aliases: ['Nur-Sultan', '阿斯塔纳', '努尔苏丹'], city: 'Astana', country: 'kazakhstan' },
  { name: 'Almaty', aliases: ['阿拉木图'], city: 'Almaty', country: 'kazakhstan' },
  { name: 'Bishkek', aliases: ['Bichkek', '比什凯克'], city: 'Bishkek', country: 'kyrgyzstan' },
  { name: 'Dushanbe', aliases: ['Douchanbé', '杜尚别'], city: 'Dushanbe', country: 'tajikistan' },
  { name: 'Tashkent', aliases: ['Tachkent', '塔什干'], city: 'Tashkent', country: 'uzbekistan' },
  { name: 'Islamabad', aliases: ['伊斯兰堡'], city: 'Islamabad', country: 'pakistan' },
  // Modi's stopover at Nawaz Sharif's home near Lahore (2015); Karachi, the port and largest city.
  { name: 'Lahore', aliases: ['拉合尔'], city: 'Lahore', country: 'pakistan' },
  { name: 'Karachi', aliases: ['卡拉奇'], city: 'Karachi', country: 'pakistan' },
  { name: 'Vladivostok', aliases: ['符拉迪沃斯托克', '海参崴'], city: 'Vladivostok', country: 'russia' },
  {
    name: 'St Petersburg',
    aliases: ['St. Petersburg', 'Saint Petersburg', 'Saint-Pétersbourg', '圣彼得堡'],
    city: 'St Petersburg',
    country: 'russia',
  },
  { name: 'Sochi', aliases: ['索契'], city: 'Sochi', country: 'russia' },
  { name: 'Canberra', aliases: ['堪培拉'], city: 'Canberra', country: 'australia' },
  { name: 'Sydney', aliases: ['悉尼'], city: 'Sydney', country: 'australia' },
  { name: 'Melbourne', aliases: ['墨尔本'], city: 'Melbourne', country: 'australia' },
  { name: 'Paris', aliases: ['Pa-ri', '巴黎'], city: 'Paris', country: 'france' },
  { name: 'Berlin', aliases: ['Béc-lin', '柏林'], city: 'Berlin', country: 'germany' },
  { name: 'Hamburg', aliases: ['Hambourg', '汉堡'], city: 'Hamburg', country: 'germany' },
  { name: 'London', aliases: ['Londres', 'Luân Đôn', '伦敦'], city: 'London', country: 'united-kingdom' },
  { name: 'Brasília', aliases: ['Brasilia', '巴西利亚'], city: 'Brasília', country: 'brazil' },
  { name: 'Rio de Janeiro', aliases: ['里约热内卢', '里约'], city: 'Rio de Janeiro', country: 'brazil' },
  { name: 'Pretoria', aliases: ['比勒陀利亚'], city: 'Pretoria', country: 'south-africa' },
  { name: 'Johannesburg', aliases: ['约翰内斯堡'], city: 'Johannesburg', country: 'south-africa' },
  { name: 'New York', aliases: ['Niu Oóc', '纽约'], city: 'New York', country: 'united-states' },
  { name: 'Honolulu', aliases: ['檀香山'], city: 'Honolulu', country: 'united-states' },
  { name: 'Anchorage', aliases: ['安克雷奇'], city: 'Anchorage', country: 'united-states' },
  { name: 'Woodside', aliases: ['伍德赛德'], city: 'Woodside', country: 'united-states' },
  { name: 'Lima', aliases: ['利马'], city: 'Lima', country: '' },
  { name: 'Buenos Aires', aliases: ['布宜诺斯艾利斯'], city: 'Buenos Aires', country: '' },
  { name: 'Mexico City', aliases: ['墨西哥城'], city: 'Mexico City', country: '' },
  { name: 'Ottawa', aliases: ['渥太华'], city: 'Ottawa', country: '' },
  { name: 'Brussels', aliases: ['Bruxelles', 'Brúc-xen', '布鲁塞尔'], city: 'Brussels', country: '' },
  { name: 'Geneva', aliases: ['Genève', 'Giơ-ne-vơ', '日内瓦'], city: 'Geneva', country: '' },
  { name: 'Davos', aliases: ['达沃斯'], city: 'Davos', country: '' },
  { name: 'Vienna', aliases: ['维也纳'], city: 'Vienna', country: '' },
  { name: 'Rome', aliases: ['Rôma', '罗马'], city: 'Rome', country: '' },
  { name: 'Warsaw', aliases: ['Varsovie', '华沙'], city: 'Warsaw', country: '' },
  { name: 'Budapest', aliases: ['布达佩斯'], city: 'Budapest', country: '' },
  { name: 'Belgrade', aliases: ['贝尔格莱德'], city: 'Belgrade', country: '' },
  { name: 'Athens', aliases: ['Athènes', '雅典'], city: 'Athens', country: '' },
  { name: 'Lisbon', aliases: ['Lisbonne', '里斯本'], city: 'Lisbon', country: '' },
  { name: 'Helsinki', aliases: ['赫尔辛基'], city: 'Helsinki', country: '' },
  { name: 'Minsk', aliases: ['明斯克'], city: 'Minsk', country: '' },
  { name: 'Kyiv', aliases: ['Kiev', '基辅'], city: 'Kyiv', country: 'ukraine' },
  { name: 'Ankara', aliases: ['安卡拉'], city: 'Ankara', country: '' },
  { name: 'Istanbul', aliases: ['伊斯坦布尔'], city: 'Istanbul', country: '' },
  { name: 'Baku', aliases: ['巴库'], city: 'Baku', country: '' },
  { name: 'Tehran', aliases: ['Téhéran', '德黑兰'], city: 'Tehran', country: '' },
  { name: 'Riyadh', aliases: ['Riyad', '利雅得'], city: 'Riyadh', country: 'saudi-arabia' },
  { name: 'Jeddah', aliases: ['吉达'], city: 'Jeddah', country: 'saudi-arabia' },
  { name: 'Doha', aliases: ['多哈'], city: 'Doha', country: '' },
  { name: 'Abu Dhabi', aliases: ['阿布扎比'], city: 'Abu Dhabi', country: 'united-arab-emirates' },
  { name: 'Dubai', aliases: ['迪拜'], city: 'Dubai', country: 'united-arab-emirates' },
  { name: 'Cairo', aliases: ['Le Caire', '开罗'], city: 'Cairo', country: '' },
  { name: 'Colombo', aliases: ['科伦坡'], city: 'Colombo', country: '' },
  { name: 'Kathmandu', aliases: ['加德满都'], city: 'Kathmandu', country: '' },
  { name: 'Dhaka', aliases: ['达卡'], city: 'Dhaka', country: 'bangladesh' },
  { name: 'Wellington', aliases: ['惠灵顿', '威靈頓'], city: 'Wellington', country: '' },
  // The region's other capitals and a summit city (the Munich Security Conference).
  { name: 'Ashgabat', aliases: ['Ashkhabad', 'Achgabat', '阿什哈巴德'], city: 'Ashgabat', country: 'turkmenistan' },
  { name: 'Kabul', aliases: ['喀布尔'], city: 'Kabul', country: '' },
  { name: 'Thimphu', aliases: ['廷布'], city: 'Thimphu', country: '' },
  { name: 'Munich', aliases: ['München', '慕尼黑'], city: 'Munich', country: 'germany' },
  { name: 'Auckland', aliases: ['奥克兰'], city: 'Auckland', country: '' },
  { name: 'Port Moresby', aliases: ['莫尔兹比港'], city: 'Port Moresby', country: '' },
  {
    name: 'Great Hall of the People',
    aliases: ['人民大会堂'],
    shortForms: ['Great Hall'],
    city: 'Beijing',
    country: 'china',
  },
  { name: 'Diaoyutai State Guesthouse', aliases: ['Diaoyutai', '钓鱼台国宾馆'], city: 'Beijing', country: 'china' },
  { name: 'Zhongnanhai', aliases: ['中南海'], city: 'Beijing', country: 'china' },
  {
    name: 'headquarters of the CPV Central Committee',
    aliases: [
      'headquarters of the Communist Party of Viet Nam',
      'headquarters of the Communist Party of Vietnam',
      'headquarters of the CPV',
      '越共中央驻地',
      'Trụ sở Trung ương Đảng',
    ],
    city: 'Hanoi',
    country: 'vietnam',
  },
  // Seats of government that stand for their city: "talks in the Kremlin" were held in Moscow.
  { name: 'Kremlin', aliases: ['克里姆林宫', '克裏姆林宮'], city: 'Moscow', country: 'russia' },
  { name: 'White House', aliases: ['白宫'], city: 'Washington', country: 'united-states' },
  // New Delhi's: the President's house, the government's guest house for talks, the Prime Minister's
  // residence, whose address press English gives after "at" ("at his residence at 7, Lok Kalyan Marg").
  { name: 'Rashtrapati Bhavan', aliases: [], city: 'New Delhi', country: 'india' },
  { name: 'Hyderabad House', aliases: [], city: 'New Delhi', country: 'india' },
  { name: 'Lok Kalyan Marg', aliases: ['7, Lok Kalyan Marg'], city: 'New Delhi', country: 'india' },
  // The region's palaces and seats of government, which press English names without the city:
  // "talks at Malacañang Palace", "called on Prime Minister Lee at the Istana".
  {
    name: 'Malacañang Palace',
    aliases: ['Malacañang', 'Malacanang Palace', 'Malacanang', '马拉卡南宫'],
    city: 'Manila',
    country: 'philippines',
  },
  { name: 'Istana Negara', aliases: [], city: 'Kuala Lumpur', country: 'malaysia' },
  { name: 'Istana Nurul Iman', aliases: [], city: 'Bandar Seri Begawan', country: 'brunei' },
  { name: 'Istana Merdeka', aliases: ['Merdeka Palace'], city: 'Jakarta', country: 'indonesia' },
  { name: 'Istana', aliases: [], city: 'Singapore', country: 'singapore' },
  { name: 'Perdana Putra', aliases: [], city: 'Putrajaya', country: 'malaysia' },
  { name: 'Akasaka Palace', aliases: [], city: 'Tokyo', country: 'japan' },
  { name: 'Kantei', aliases: [], city: 'Tokyo', country: 'japan' },
  { name: 'Blue House', aliases: ['Cheong Wa Dae', '青瓦台'], city: 'Seoul', country: 'south-korea' },
  {
    name: 'Élysée Palace',
    aliases: ['Elysee Palace', 'palais de l’Élysée', "palais de l'Élysée", 'Élysée', 'Elysée', '爱丽舍宫'],
    city: 'Paris',
    country: 'france',
  },
  { name: 'Kumsusan State Guesthouse', aliases: ['锦绣山迎宾馆'], city: 'Pyongyang', country: 'north-korea' },
  // Hanoi's seats of state as the Vietnamese press names them: "Lễ đón ... tại Phủ Chủ tịch" (the
  // Presidential Palace), "hội đàm tại Trụ sở Chính phủ" (the Government Headquarters).
  { name: 'Phủ Chủ tịch', aliases: [], city: 'Hanoi', country: 'vietnam' },
  { name: 'Trụ sở Chính phủ', aliases: [], city: 'Hanoi', country: 'vietnam' },
  { name: 'Nhà Quốc hội', aliases: [], city: 'Hanoi', country: 'vietnam' },
  // Seats of government beyond the region, as the press names them without their city: "talks
  // and a working lunch at 10 Downing Street", "Lula welcomed Xi at the Alvorada Palace".
  {
    name: '10 Downing Street',
    aliases: ['Downing Street', '唐宁街10号', '唐宁街'],
    city: 'London',
    country: 'united-kingdom',
  },
  { name: 'Buckingham Palace', aliases: ['白金汉宫'], city: 'London', country: 'united-kingdom' },
  { name: 'Union Buildings', aliases: [], city: 'Pretoria', country: 'south-africa' },
  {
    name: 'Alvorada Palace',
    aliases: ['Palácio da Alvorada', 'Palacio da Alvorada', '黎明宫'],
    city: 'Brasília',
    country: 'brazil',
  },
  {
    name: 'Planalto Palace',
    aliases: ['Palácio do Planalto', 'Palacio do Planalto', 'Planalto', '高原宫'],
    city: 'Brasília',
    country: 'brazil',
  },
  {
    name: 'Itamaraty Palace',
    aliases: ['Palácio Itamaraty', 'Itamaraty', '伊塔马拉蒂宫'],
    city: 'Brasília',
    country: 'brazil',
  },
  { name: 'Casa Rosada', aliases: ['玫瑰宫'], city: 'Buenos Aires', country: '' },
  { name: 'Mariinskyi Palace', aliases: ['Mariinsky Palace'], city: 'Kyiv', country: 'ukraine' },
  {
    name: 'Federal Chancellery',
    aliases: ['Bundeskanzleramt', 'German Chancellery', 'chancellerie fédérale'],
    city: 'Berlin',
    country: 'germany',
  },
  { name: 'Aiwan-e-Sadr', aliases: [], city: 'Islamabad', country: 'pakistan' },
  // Country houses where leaders dine their guests away from the capital.
  { name: 'Meseberg Palace', aliases: ['Schloss Meseberg', 'Meseberg'], city: 'Meseberg', country: 'germany' },
  { name: 'Chequers', aliases: ['契克斯'], city: 'Chequers', country: 'united-kingdom' },
  { name: 'Villa Kérylos', aliases: ['Villa Kerylos'], city: 'Beaulieu-sur-Mer', country: 'france' },
  { name: 'Beaulieu-sur-Mer', aliases: [], city: 'Beaulieu-sur-Mer', country: 'france' },
  { name: 'Moncloa Palace', aliases: ['Palacio de la Moncloa', 'La Moncloa'], city: 'Madrid', country: 'spain' },
  // Airports and air bases where guests are met: "hours after landing at Changi Airport".
  { name: 'Changi Airport', aliases: ['Changi'], city: 'Singapore', country: 'singapore' },
  { name: 'Paya Lebar Air Base', aliases: [], city: 'Singapore', country: 'singapore' },
  { name: 'Villamor Air Base', aliases: [], city: 'Manila', country: 'philippines' },
  { name: 'Sunan International Airport', aliases: ['顺安国际机场'], city: 'Pyongyang', country: 'north-korea' },
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
  indonesia: 'Jakarta',
  brunei: 'Bandar Seri Begawan',
  'timor-leste': 'Dili',
  'north-korea': 'Pyongyang',
  kazakhstan: 'Astana',
  kyrgyzstan: 'Bishkek',
  tajikistan: 'Dushanbe',
  uzbekistan: 'Tashkent',
  pakistan: 'Islamabad',
  australia: 'Canberra',
  france: 'Paris',
  germany: 'Berlin',
  'united-kingdom': 'London',
  brazil: 'Brasília',
  'south-africa': 'Pretoria',
  bangladesh: 'Dhaka',
  turkmenistan: 'Ashgabat',
  ukraine: 'Kyiv',
  'saudi-arabia': 'Riyadh',
  'united-arab-emirates': 'Abu Dhabi',
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

/** The venues with a short name, which stands for them only after their full name: see {@link Venue.shortForms}. */
export const VENUES_WITH_SHORT_FORMS: readonly Venue[] = VENUES.filter((venue) => venue.shortForms?.length);

/** The venue a dateline city names ("BEIJING", "HANOI", "万象"), matched in any letter case. */
export function venueByName(name: string): Venue | undefined {
  venueForms();
  return byForm.get(name.trim().toLowerCase());
}
