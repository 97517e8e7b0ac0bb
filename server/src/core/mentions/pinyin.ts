/**
 * Mandarin syllables in the two romanizations English texts use: Hanyu Pinyin and
 * Wade–Giles. A name is compared through a loose Wade–Giles form of its syllables, in which
 * the two systems meet: "Xi Jinping" and "Hsi Chin-p'ing" are both `hsi chin ping`.
 * Apostrophes (aspiration) and umlauts are dropped, as most texts drop them, so the loose
 * form merges more than Wade–Giles does (ji, qi, zhi and chi are all `chi`); the matcher
 * only relies on it when a text is not plain pinyin.
 */

/** Every Pinyin syllable, without tones (ü written u, as folded text has it). */
const PINYIN = `a o e ai ei ao ou an en ang eng er yi ya yo ye yao you yan yin yang ying yong wu wa wo wai wei wan wen wang weng yu yue yuan yun
ba bo bai bei bao ban ben bang beng bi bie biao bian bin bing bu
pa po pai pei pao pou pan pen pang peng pi pie piao pian pin ping pu
ma mo me mai mei mao mou man men mang meng mi mie miao miu mian min ming mu
fa fo fei fou fan fen fang feng fu
da de dai dei dao dou dan den dang deng dong di die diao diu dian ding du duo dui duan dun
ta te tai tao tou tan tang teng tong ti tie tiao tian ting tu tuo tui tuan tun
na ne nai nei nao nou nan nen nang neng nong ni nie niao niu nian nin niang ning nu nuo nuan nue
la le lai lei lao lou lan lang leng long li lia lie liao liu lian lin liang ling lu luo luan lun lue
ga ge gai gei gao gou gan gen gang geng gong gu gua guo guai gui guan gun guang
ka ke kai kei kao kou kan ken kang keng kong ku kua kuo kuai kui kuan kun kuang
ha he hai hei hao hou han hen hang heng hong hu hua huo huai hui huan hun huang
ji jia jie jiao jiu jian jin jiang jing jiong ju jue juan jun
qi qia qie qiao qiu qian qin qiang qing qiong qu que quan qun
xi xia xie xiao xiu xian xin xiang xing xiong xu xue xuan xun
zha zhe zhi zhai zhei zhao zhou zhan zhen zhang zheng zhong zhu zhua zhuo zhuai zhui zhuan zhun zhuang
cha che chi chai chao chou chan chen chang cheng chong chu chua chuo chuai chui chuan chun chuang
sha she shi shai shei shao shou shan shen shang sheng shu shua shuo shuai shui shuan shun shuang
re ri rao rou ran ren rang reng rong ru ruo rui ruan run
za ze zi zai zei zao zou zan zen zang zeng zong zu zuo zui zuan zun
ca ce ci cai cao cou can cen cang ceng cong cu cuo cui cuan cun
sa se si sai sao sou san sen sang seng song su suo sui suan sun`;

export const PINYIN_SYLLABLES: ReadonlySet<string> = new Set(PINYIN.split(/\s+/));

/** Syllables written the same in both systems up to the loose form, or only in Wade–Giles. */
const WHOLE_SYLLABLE: Readonly<Record<string, string>> = {
  zi: 'tzu',
  ci: 'tzu',
  si: 'ssu',
  zhi: 'chi',
  chi: 'chi',
  shi: 'shi',
  ri: 'ji',
  er: 'er',
  yi: 'i',
  you: 'yu',
  yan: 'yen',
  ye: 'yeh',
  yong: 'yung',
  yue: 'yueh',
  e: 'o',
};

const INITIALS: readonly [string, string][] = [
  ['zh', 'ch'],
  ['ch', 'ch'],
  ['sh', 'sh'],
  ['b', 'p'],
  ['p', 'p'],
  ['m', 'm'],
  ['f', 'f'],
  ['d', 't'],
  ['t', 't'],
  ['n', 'n'],
  ['l', 'l'],
  ['g', 'k'],
  ['k', 'k'],
  ['h', 'h'],
  ['j', 'ch'],
  ['q', 'ch'],
  ['x', 'hs'],
  ['r', 'j'],
  ['z', 'ts'],
  ['c', 'ts'],
  ['s', 's'],
  ['y', 'y'],
  ['w', 'w'],
];

/**
 * The loose Wade–Giles form of a Pinyin syllable: "jin" → `chin`, "xue" → `hsueh`,
 * "guo" → `kuo`, "zhuo" → `cho`, "ke" → `ko`, "gui" → `kuei`. Apostrophes and umlauts
 * dropped, final -ih written -i.
 */
export function looseWadeGiles(syllable: string): string {
  const whole = WHOLE_SYLLABLE[syllable];
  if (whole) return whole;
  const [initial, mapped] = INITIALS.find(([p]) => syllable.startsWith(p)) ?? ['', ''];
  let final = syllable.slice(initial.length);
  if (final === 'ong') final = 'ung';
  else if (final === 'iong') final = 'iung';
  else if (final === 'ian') final = 'ien';
  else if (final === 'ie') final = 'ieh';
  else if (final === 'ue') final = 'ueh';
  else if (final === 'uo' && !['g', 'k', 'h', 'sh'].includes(initial)) final = 'o';
  else if (final === 'e' && ['g', 'k', 'h'].includes(initial)) final = 'o';
  else if (final === 'ui' && (initial === 'g' || initial === 'k')) final = 'uei';
  return mapped + final;
}

/** The loose forms of every syllable, which is every Wade–Giles syllable a text may write (loosened). */
const WADE_GILES: ReadonlySet<string> = new Set([...PINYIN_SYLLABLES].map(looseWadeGiles));

/** The longest syllable in either system ("zhuang", "chuang", "hsiung"). */
const LONGEST_SYLLABLE = 6;

/** One romanized Chinese word read as syllables. */
export interface MandarinReading {
  /** The loose Wade–Giles form of each syllable. */
  loose: string[];
  /**
   * True when the word reads as plain Pinyin: every syllable is a Pinyin one, and the word
   * is not a given name hyphenated the Wade–Giles way ("Chi-shan", "Le-chi", whose syllables
   * all happen to be Pinyin too).
   */
  pinyin: boolean;
}

/**
 * Reads a folded word as Mandarin syllables, Pinyin first ("jinping" → jin ping) and
 * Wade–Giles where Pinyin has no such syllable ("chin-p'ing" → chin ping, `pinyin` false);
 * parts joined by hyphens are read one by one. Undefined when some part is not a run of
 * syllables ("ying-jeou", "shek"): the word is not Mandarin in either system.
 */
export function readMandarin(word: string): MandarinReading | undefined {
  const loose: string[] = [];
  const parts = word.replace(/['’]/g, '').split('-');
  let pinyin = parts.length === 1;
  for (const part of parts) {
    if (!part) continue;
    const syllables = segment(part);
    if (!syllables) return undefined;
    for (const { text, isPinyin } of syllables) {
      loose.push(isPinyin ? looseWadeGiles(text) : text.replace(/ih$/, 'i'));
      if (!isPinyin) pinyin = false;
    }
  }
  return loose.length > 0 ? { loose, pinyin } : undefined;
}

/** No name part is longer; a longer word is not read (and the search stays small). */
const LONGEST_PART = 24;

/**
 * The syllables of a part, longest first from the left, backtracking where the rest cannot
 * be read; positions already known not to lead to a reading are not tried again.
 */
function segment(part: string): { text: string; isPinyin: boolean }[] | undefined {
  if (part.length > LONGEST_PART) return undefined;
  const dead = new Set<number>();
  const from = (at: number): { text: string; isPinyin: boolean }[] | undefined => {
    if (at === part.length) return [];
    if (dead.has(at)) return undefined;
    for (let length = Math.min(LONGEST_SYLLABLE, part.length - at); length >= 1; length--) {
      const head = part.slice(at, at + length);
      const isPinyin = PINYIN_SYLLABLES.has(head);
      if (!isPinyin && !WADE_GILES.has(head.replace(/ih$/, 'i'))) continue;
      const rest = from(at + length);
      if (rest) return [{ text: head, isPinyin }, ...rest];
    }
    dead.add(at);
    return undefined;
  };
  return from(0);
}
