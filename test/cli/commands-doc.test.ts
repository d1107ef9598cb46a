import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createProgram } from '../../src/cli/main.js';
import { commandsReference, leaves } from '../../src/cli/commands-reference.js';

const program = createProgram({ stdout: () => {}, stderr: () => {}, env: {}, cwd: '.', isTTY: false }, () => {});
const doc = () => readFile(new URL('../../docs/commands.md', import.meta.url), 'utf8');

describe('docs/commands.md', () => {
  it('is what the program says (run `npm run build && node scripts/commands-doc.mjs` after changing a command)', async () => {
    expect(await doc()).toBe(commandsReference(program));
  });

  it('names every command and every option of it (the older spellings, hidden from --help, aside)', async () => {
    const text = await doc();
    for (const [words, cmd] of leaves(program)) {
      const section = text.split(`\n## tenderkit ${words.join(' ')}`)[1]?.split('\n## ')[0];
      expect(section, words.join(' ')).toBeDefined();
      for (const o of cmd.options.filter((o) => !o.hidden)) expect(section).toContain(`\`${o.flags}\``);
    }
  });
});
