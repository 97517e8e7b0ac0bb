/**
 * What each bundled retext plugin flags, for the tests of the core, the command line and the
 * language server: a text it flags, what it flags, its message, and the text once the first fix
 * is applied.
 */
export const RETEXT_CASES: { plugin: string; text: string; flagged: string; fixed: string; message: RegExp }[] = [
  {
    plugin: 'retext-repeated-words',
    text: 'The the delegation arrived in Vientiane.',
    flagged: 'The the',
    fixed: 'The delegation arrived in Vientiane.',
    message: /^"The" is written twice in a row; keep one\.$/,
  },
  {
    plugin: 'retext-redundant-acronyms',
    text: 'They met at the ASEAN Secretariat near an ATM machine.',
    flagged: 'ATM machine',
    fixed: 'They met at the ASEAN Secretariat near an ATM.',
    message: /^"ATM machine" says its last word twice; write "ATM"\.$/,
  },
  {
    plugin: 'retext-quotes',
    text: "The minister's words were “a new chapter”.",
    flagged: "'",
    fixed: 'The minister’s words were “a new chapter”.',
    message: /^Apostrophe ' should be ’ here\.$/,
  },
  {
    plugin: 'retext-sentence-spacing',
    text: 'The talks ended.  Both sides agreed.',
    flagged: '  ',
    fixed: 'The talks ended. Both sides agreed.',
    message: /^Two spaces between sentences; use one space\.$/,
  },
  {
    plugin: 'retext-indefinite-article',
    text: 'It was a honour to receive a European delegation.',
    flagged: 'a',
    fixed: 'It was an honour to receive a European delegation.',
    message: /^"a honour": write "an honour"\.$/,
  },
  {
    plugin: 'retext-contractions',
    text: 'The sides dont agree.',
    flagged: 'dont',
    fixed: 'The sides don’t agree.',
    message: /^"dont" lacks its apostrophe; write "don’t"\.$/,
  },
];
