import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO } from '../support/lspClient.js';
import { temporaryFolder } from '../support/temporaryFolders.js';

/**
 * A second, independent LSP client: headless Neovim (Debian's 0.7) with its built-in client
 * starts `attache lsp --stdio`, opens a draft, waits for diagnostics and asks for a hover.
 */
test('Neovim gets diagnostics and a hover from attache lsp --stdio', { timeout: 120_000 }, () => {
  const dir = temporaryFolder('attache-nvim-');
  const draft = join(dir, 'readout.md');
  writeFileSync(
    draft,
    '---\ndate: 2024-06-12\n---\n\nPremier Li Keqiang met Lao Prime Minister Sonexay Siphandone in Beijing.\n',
  );
  const output = join(dir, 'result.json');
  const script = join(dir, 'client.lua');
  writeFileSync(
    script,
    `
local diagnostics = nil
vim.cmd('filetype on')
local client = vim.lsp.start_client({
  cmd = { ${JSON.stringify(process.execPath)}, ${JSON.stringify(join(REPO, 'bin', 'attache.js'))}, 'lsp', '--stdio' },
  root_dir = ${JSON.stringify(dir)},
  handlers = {
    ['textDocument/publishDiagnostics'] = function(_, result)
      if result and #result.diagnostics > 0 then diagnostics = result.diagnostics end
    end,
  },
})
vim.cmd('edit ' .. ${JSON.stringify(draft)})
vim.lsp.buf_attach_client(0, client)
vim.wait(30000, function() return diagnostics ~= nil end, 100)
local codes = {}
for _, d in ipairs(diagnostics or {}) do table.insert(codes, d.code) end
local hover = vim.lsp.buf_request_sync(0, 'textDocument/hover', {
  textDocument = { uri = vim.uri_from_fname(${JSON.stringify(draft)}) },
  position = { line = 4, character = 50 },
}, 10000)
local value = ''
for _, response in pairs(hover or {}) do
  if response.result and response.result.contents then value = response.result.contents.value end
end
local file = io.open(${JSON.stringify(output)}, 'w')
file:write(vim.fn.json_encode({ filetype = vim.bo.filetype, codes = codes, hover = value }))
file:close()
vim.cmd('qa!')
`,
  );
  execFileSync('nvim', ['--headless', '-u', 'NONE', '-c', `luafile ${script}`], { timeout: 90_000, stdio: 'pipe' });
  const result = JSON.parse(readFileSync(output, 'utf8')) as { filetype: string; codes: string[]; hover: string };
  assert.equal(result.filetype, 'markdown');
  assert.ok(result.codes.includes('title/not-held'), JSON.stringify(result));
  assert.match(result.hover, /Sonexay Siphandone/);
  assert.match(result.hover, /Prime Minister of the Lao People's Democratic Republic/);
});
