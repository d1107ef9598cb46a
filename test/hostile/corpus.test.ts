import { readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { workspaceFrom } from '../support/workspace.js';
import { readCsv } from '../render/rfc4180.js';
import { CASES, type BuildsCase, type RefusedCase } from './cases.js';
import { blockTexts, parseGfm } from './support/read-outputs.js';

const CORPUS = fileURLToPath(new URL('./corpus/', import.meta.url));
const STACK_LINE = /\n\s+at .+\(.+:\d+:\d+\)/;

let out: string;
beforeAll(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-hostile-out-'));
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

/** A copy of the basic workspace with one corpus file placed, byte for byte. */
async function workspaceWith(file: string, target: string) {
  const ws = await workspaceFrom('basic');
  await mkdir(path.dirname(path.join(ws.root, target)), { recursive: true });
  await writeFile(path.join(ws.root, target), await readFile(path.join(CORPUS, file)));
  return ws;
}

describe('the hostile corpus', () => {
  it('has a case for every file and a file for every case', () => {
    const files = readdirSync(CORPUS).sort();
    expect(CASES.map((c) => c.file).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  const refused = CASES.filter((c): c is RefusedCase => c.kind === 'refused');
  it.each(refused.map((c) => [c.file, c] as const))('refuses %s with the position of the problem', async (_name, c) => {
    const ws = await workspaceWith(c.file, c.target);
    try {
      // templates are rendered by build; everything else is found by validate already
      const argv = c.target.startsWith('templates/')
        ? ['build', '--root', ws.root, '--out', path.join(out, c.file), '--format', 'md']
        : ['validate', '--root', ws.root];
      const run = await runCli(argv);
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).not.toMatch(STACK_LINE);
      expect(run.stderr).not.toContain('internal error');
      const errors = run.stderr.split('\n').filter((l) => / error .* \[[a-z-]+\]$/.test(l));
      const first = errors.find((l) => l.startsWith(`${c.at}: error `));
      expect(first, run.stderr).toBeDefined();
      expect(first!.endsWith(`[${c.rule}]`), first).toBe(true);
      expect(first).toMatch(c.message);
    } finally {
      await ws.dispose();
    }
  });

  const builds = CASES.filter((c): c is BuildsCase => c.kind === 'builds');
  it.each(builds.map((c) => [c.file, c] as const))(
    'builds %s with its text intact in the Markdown and the CSV',
    async (_name, c) => {
      const ws = await workspaceWith(c.file, c.target);
      try {
        const target = path.join(out, c.file);
        const run = await runCli(['build', '--root', ws.root, '--out', target, '--format', 'md,csv']);
        expect(run.code, run.stderr).toBe(0);
        const spec = c.target.startsWith('specs/') ? path.basename(c.target, '.yaml') : 'eu-baseline';
        const markdown = await readFile(path.join(target, spec, 'tender-specification.md'), 'utf8');
        const texts = blockTexts(parseGfm(markdown)).join('\n');
        const cells = readCsv(await readFile(path.join(target, spec, 'compliance-matrix.csv'), 'utf8')).flat();
        for (const { text, csv } of c.texts) {
          expect(texts, `Markdown of ${spec}`).toContain(text);
          if (csv) expect(cells, `CSV of ${spec}`).toContain(text);
        }
      } finally {
        await ws.dispose();
      }
    },
  );

  it('resolves parameters named like prototype fields from the requirement, never from a prototype', async () => {
    const ws = await workspaceWith('legit-parameter-names.md', 'requirements/interconnection/INT-095.md');
    try {
      await runCli([
        'build',
        'eu-baseline',
        '--root',
        ws.root,
        '--out',
        path.join(out, 'proto-param'),
        '--format',
        'md',
      ]);
      const markdown = await readFile(path.join(out, 'proto-param/eu-baseline/tender-specification.md'), 'utf8');
      expect(markdown).toContain('keep 7 copies and 9 logs');
    } finally {
      await ws.dispose();
    }
  });
});
