import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Installs `retext-shouting` in `folder/node_modules`: a retext plugin, as an ES module whose
 * package exports only an `import` entry, that flags a word written in capitals (its `word`
 * option, "NO" by default) and expects it in lower case.
 */
export function installShoutingPlugin(folder: string): void {
  const root = join(folder, 'node_modules', 'retext-shouting');
  mkdirSync(join(root, 'lib'), { recursive: true });
  writeFileSync(
    join(root, 'package.json'),
    JSON.stringify({
      name: 'retext-shouting',
      version: '1.0.0',
      type: 'module',
      exports: { '.': { import: './lib/index.js' } },
    }),
  );
  writeFileSync(
    join(root, 'lib', 'index.js'),
    `export default function retextShouting(options) {
  const word = (options && options.word) || 'NO';
  return (tree, file) => {
    const visit = (node) => {
      if (node.type === 'WordNode' && node.children.map((child) => child.value).join('') === word) {
        const message = file.message('Do not shout ' + word, { place: node.position, source: 'retext-shouting', ruleId: 'shout' });
        message.actual = word;
        message.expected = [word.toLowerCase()];
        message.url = 'https://example.com/retext-shouting';
      }
      if (node.children) node.children.forEach(visit);
    };
    visit(tree);
  };
}
`,
  );
}
