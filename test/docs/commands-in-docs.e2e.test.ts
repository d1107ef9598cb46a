import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { shippedCopy } from '../support/shipped.js';

/**
 * Every `npx tenderkit ...` line of a ```sh block in the README and docs/ runs as written, in order, on a copy of
 * the shipped catalogue (one copy per page, so a page's `verify out/be` finds the pack its `build be` wrote), and
 * exits 0. A line that shows syntax rather than a command belongs in a ```text block.
 */
const REPO = fileURLToPath(new URL('../../', import.meta.url));
/**
 * The specs the pages name (and the chains they extend, which the copy keeps): a page's `build` of every spec then
 * builds five packs, not all of the catalogue's; the shipped catalogue as a whole is built and checked by
 * test/features/build and test/check.
 */
const SPECS_SHOWN = ['be', 'lu', 'nl'];

interface DocCommand {
  line: number;
  env: Record<string, string>;
  argv: string[];
}

/** Splits a shell line into words: quotes group, `#` starts a comment, leading NAME=value pairs are environment. */
function shellWords(text: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote: string | undefined;
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = undefined;
      else word = (word ?? '') + ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      word ??= '';
    } else if (ch === '#' && word === undefined) break;
    else if (/\s/.test(ch)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else word = (word ?? '') + ch;
  }
  if (word !== undefined) words.push(word);
  return words;
}

function commandsOf(markdown: string): DocCommand[] {
  const commands: DocCommand[] = [];
  let inShell = false;
  let inFence = false;
  markdown.split('\n').forEach((text, index) => {
    const fence = /^```(\w*)/.exec(text);
    if (fence) {
      inShell = !inFence && fence[1] === 'sh';
      inFence = !inFence;
      return;
    }
    if (!inShell) return;
    const words = shellWords(text);
    const env: Record<string, string> = {};
    while (words[0] && /^[A-Z_]+=/.test(words[0])) {
      const [name, ...value] = words.shift()!.split('=');
      env[name!] = value.join('=');
    }
    if (words[0] === 'npx' && words[1] === 'tenderkit') commands.push({ line: index + 1, env, argv: words.slice(2) });
  });
  return commands;
}

const pages = [
  'README.md',
  ...readdirSync(path.join(REPO, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const copies: Array<() => void> = [];
afterAll(() => {
  for (const dispose of copies) dispose();
});

describe('commands shown in the documentation', () => {
  it('finds commands on the pages', () => {
    expect(commandsOf(readFileSync(path.join(REPO, 'README.md'), 'utf8')).length).toBeGreaterThan(5);
    expect(shellWords(`new requirement --title "Key rotation" # note`)).toEqual([
      'new',
      'requirement',
      '--title',
      'Key rotation',
    ]);
  });

  for (const page of pages) {
    const commands = commandsOf(readFileSync(path.join(REPO, page), 'utf8'));
    if (commands.length === 0) continue;
    it(`${page}: every command runs as written`, async () => {
      const { root: dir, dispose } = shippedCopy(SPECS_SHOWN);
      copies.push(dispose);
      for (const command of commands) {
        const run = await runCli(command.argv, { cwd: dir, env: command.env });
        expect(
          { line: `${page}:${command.line}`, code: run.code },
          `${page}:${command.line}: tenderkit ${command.argv.join(' ')}\n${run.stderr}`,
        ).toEqual({ line: `${page}:${command.line}`, code: 0 });
      }
      // a page may build every pack of the catalogue, in each of its languages, several times
    }, 300_000);
  }
});
