/** Synthetic inputs for the benchmarks, built from the sample corpus's vocabulary. */

const SYLLABLES = [
  'boun',
  'kham',
  'phou',
  'sai',
  'thong',
  'vanh',
  'sy',
  'la',
  'nguyen',
  'tran',
  'minh',
  'hoa',
  'zhang',
  'wei',
  'ming',
  'li',
  'sou',
  'vong',
  'keo',
  'phet',
  'dao',
  'quang',
  'hung',
  'xia',
  'lin',
];

function capitalized(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

/** A deterministic pseudo-random generator, so that every run measures the same input. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function syntheticName(next: () => number): string {
  const word = () =>
    capitalized(SYLLABLES[Math.floor(next() * SYLLABLES.length)]! + SYLLABLES[Math.floor(next() * SYLLABLES.length)]!);
  return `${word()} ${word()}`;
}

/** A knowledge-base file with `count` invented people (each gives about four aliases). */
export function syntheticPeopleYaml(count: number): string {
  const next = random(42);
  const lines = ['people:'];
  const seen = new Set<string>();
  for (let i = 0; lines.length / 6 < count && i < count * 10; i++) {
    const name = syntheticName(next);
    if (seen.has(name)) continue;
    seen.add(name);
    lines.push(
      `  - id: synthetic-${seen.size}`,
      `    name: ${name}`,
      '    country: laos',
      '    convention: given-name',
      `    romanizations: ["${name.replace(/h/g, '')}"]`,
      '',
    );
  }
  return lines.join('\n');
}

/** About `size` characters of news text: the corpus's sentences, shuffled, with invented names mixed in. */
export function syntheticText(corpus: string, size: number): string {
  const sentences = corpus.split(/(?<=[.!?。])\s+/).filter((s) => s.length > 20);
  const next = random(7);
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const sentence = sentences[Math.floor(next() * sentences.length)]!;
    const withName = next() < 0.3 ? `${syntheticName(next)} said that ${sentence}` : sentence;
    parts.push(withName);
    length += withName.length + 1;
  }
  return parts.join(' ');
}

/** A Markdown draft of about `words` words, from the corpus's English sentences, dated in front matter. */
export function syntheticDraft(corpus: string, words: number): string {
  const sentences = corpus.split(/(?<=[.!?])\s+/).filter((s) => s.length > 40 && !/[\u4e00-\u9fff]/.test(s));
  const next = random(11);
  const parts: string[] = ['---', 'date: 2024-06-12', '---', ''];
  let count = 0;
  while (count < words) {
    const paragraph: string[] = [];
    for (let i = 0; i < 4 && count < words; i++) {
      const sentence = sentences[Math.floor(next() * sentences.length)]!.replace(/\s+/g, ' ');
      paragraph.push(sentence);
      count += sentence.split(' ').length;
    }
    parts.push(paragraph.join(' '), '');
  }
  return parts.join('\n');
}

/** Leaders of the region whose names the synthetic paragraphs and queries swap in. */
export const LEADER_NAMES = [
  'Xi Jinping',
  'Li Qiang',
  'Wang Yi',
  'Thongloun Sisoulith',
  'Sonexay Siphandone',
  'To Lam',
  'Pham Minh Chinh',
  'Tran Thanh Man',
  'Luong Cuong',
  'Zhao Leji',
  'Wang Huning',
  'Saysomphone Phomvihane',
];
