import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { fixtureCopies } from '../support/workspace.js';

/**
 * Bad input is normal input, for every command that reads the workspace: exit 1, the problem at its file, line and
 * column on stderr, no stack trace, and no output file written.
 */
const copy = fixtureCopies();
const BROKEN_SPEC = 'id: broken\ntitle: [unclosed\nextends: benelux\n';
const AT_THE_SPEC = /^specs\/broken\.yaml:3:1: error .*\[yaml\]$/m;
const BROKEN_REQUIREMENT_LINE = 'obligation: must';

/** `json`: a command asked for JSON answers a failure with the diagnostics in validate's JSON, on stdout. */
const COMMANDS: Array<{ argv: (root: string) => string[]; writes?: string; json?: true }> = [
  { argv: () => ['validate'] },
  { argv: () => ['build'], writes: 'out/be' },
  { argv: () => ['diff', 'be'] },
  { argv: () => ['diff', 'be', '--format', 'html', '--out', 'be.html'], writes: 'be.html' },
  { argv: () => ['matrix', '--format', 'json'], json: true },
  { argv: () => ['explain', 'be', 'INT-001'] },
  { argv: () => ['impact', 'INT-001'] },
  { argv: () => ['coverage', 'be'] },
  { argv: () => ['translations', '--format', 'json'] },
  { argv: () => ['export', 'reqif', '--out', 'x.reqif'], writes: 'x.reqif' },
  { argv: () => ['export', 'json', 'be'] },
  { argv: () => ['export', 'xliff', '--lang', 'fr', '--out', 'x.xlf'], writes: 'x.xlf' },
  { argv: () => ['site', '--out', 'site'], writes: 'site' },
];

describe('every command, given a workspace with an error', () => {
  for (const command of COMMANDS) {
    const name = command.argv('').join(' ');
    it(`${name}: exit 1, the error at its position, nothing written`, async () => {
      const root = await copy('basic');
      await writeFile(path.join(root, 'specs/broken.yaml'), BROKEN_SPEC);
      const run = await runCli([...command.argv(root), '--root', root], { cwd: root });
      expect(run.code, run.stderr).toBe(1);
      if (command.json)
        expect(JSON.parse(run.stdout).diagnostics).toContainEqual(
          expect.objectContaining({ severity: 'error', rule: 'yaml', file: 'specs/broken.yaml', line: 3, column: 1 }),
        );
      else expect(run.stderr).toMatch(AT_THE_SPEC);
      expect(run.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
      if (command.writes) expect(existsSync(path.join(root, command.writes)), command.writes).toBe(false);
    });
  }

  it('reports a schema error in a requirement at its field, for the commands that compare', async () => {
    const root = await copy('basic');
    const file = path.join(root, 'requirements/security/SEC-001.md');
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(file, 'utf8');
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.startsWith('obligation:')) + 1;
    await writeFile(file, text.replace(/^obligation: .*$/m, BROKEN_REQUIREMENT_LINE));
    for (const argv of [
      ['matrix'],
      ['explain', 'be', 'SEC-001'],
      ['impact', 'SEC-001'],
      ['translations'],
      ['export', 'xliff', '--lang', 'fr', '--out', 'y.xlf'],
    ]) {
      const run = await runCli([...argv, '--root', root], { cwd: root });
      expect(run.code, argv.join(' ')).toBe(1);
      expect(run.stderr, argv.join(' ')).toMatch(
        new RegExp(`^requirements/security/SEC-001\\.md:${line}:13: error .*\\[schema\\]$`, 'm'),
      );
    }
    expect(existsSync(path.join(root, 'y.xlf'))).toBe(false);
  });

  it('import reqif and import xliff: exit 1, the line and column of the broken XML, nothing written', async () => {
    const root = await copy('basic');
    await writeFile(path.join(root, 'bad.reqif'), '<?xml version="1.0"?>\n<REQ-IF>\n  <THE-HEADER>\n</REQ-IF>\n');
    await writeFile(
      path.join(root, 'bad.xlf'),
      '<?xml version="1.0"?>\n<xliff version="2.0" srcLang="en" trgLang="fr">\n <file id="x">\n</xliff>\n',
    );
    const reqif = await runCli(['import', 'reqif', 'bad.reqif', '--into', 'imported', '--root', root], { cwd: root });
    expect(reqif.code).toBe(1);
    expect(reqif.stderr).toMatch(/^bad\.reqif:4:1: error the XML is not well-formed: .* \[reqif\]$/m);
    expect(existsSync(path.join(root, 'imported'))).toBe(false);
    const xliff = await runCli(['import', 'xliff', 'bad.xlf', '--root', root], { cwd: root });
    expect(xliff.code).toBe(1);
    expect(xliff.stderr).toMatch(/^bad\.xlf:4:1: error the XML is not well-formed: .* \[xliff\]$/m);
  });
});
