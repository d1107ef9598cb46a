import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { fixtureCopies } from '../support/workspace.js';

/**
 * Every command's failure is a diagnostic, printed by the one printer: `path:line:column: severity message [rule]`,
 * or `path: severity message [rule]` when the problem has no position; with `--format json`, the diagnostics in the
 * shape of `validate --format json`.
 */
const copy = fixtureCopies();
const BROKEN_XML = '<?xml version="1.0"?>\n<root>\n  <open>\n</root>\n';
const TEXT_LINE = /^(\S+?)(?::(\d+):(\d+))?: (error|warning) (.+) \[([a-z-]+)\]$/;

/** The keys and types of validate's JSON, with one diagnostic: what every command's JSON failure must match. */
async function validateShape(root: string) {
  await writeFile(path.join(root, 'specs/broken.yaml'), 'id: broken\ntitle: [unclosed\n');
  const run = await runCli(['validate', '--format', 'json', '--root', root], { cwd: root });
  const parsed = JSON.parse(run.stdout) as { diagnostics: Array<Record<string, unknown>>; summary: object };
  const { rm } = await import('node:fs/promises');
  await rm(path.join(root, 'specs/broken.yaml'));
  return { keys: Object.keys(parsed).sort(), diagnosticKeys: Object.keys(parsed.diagnostics[0]!).sort() };
}

const CASES: Array<{ name: string; argv: string[]; file: string; rule: string; at: [number, number] | null }> = [
  {
    name: 'import reqif',
    argv: ['import', 'reqif', 'bad.xml', '--out-dir', 'in'],
    file: 'bad.xml',
    rule: 'reqif',
    at: [4, 1],
  },
  { name: 'import xliff', argv: ['import', 'xliff', 'bad.xml'], file: 'bad.xml', rule: 'xliff', at: [4, 1] },
  { name: 'import docx', argv: ['import', 'docx', 'bad.xml'], file: 'bad.xml', rule: 'docx', at: null },
  { name: 'changes', argv: ['changes', 'HEAD'], file: '.', rule: 'git', at: null },
];

describe('one printer for every failure', () => {
  for (const c of CASES) {
    it(`${c.name}: the refusal as path${c.at ? ':line:column' : ''}: error message [rule], and validate's JSON shape`, async () => {
      const root = await copy('basic');
      await writeFile(path.join(root, 'bad.xml'), BROKEN_XML);
      const text = await runCli([...c.argv, '--root', root], { cwd: root });
      expect(text.code, text.stderr).toBe(1);
      expect(text.stderr).not.toMatch(/^tenderkit: /m);
      const line = text.stderr.split('\n').find((l) => TEXT_LINE.test(l));
      expect(line, text.stderr).toBeDefined();
      const [, file, l, col, severity, , rule] = TEXT_LINE.exec(line!)!;
      expect({ file, severity, rule }).toEqual({ file: c.file, severity: 'error', rule: c.rule });
      expect(l === undefined ? null : [Number(l), Number(col)]).toEqual(c.at);

      const asJson = await runCli([...c.argv, '--format', 'json', '--root', root], { cwd: root });
      expect(asJson.code).toBe(1);
      const parsed = JSON.parse(asJson.stdout) as { diagnostics: Array<Record<string, unknown>>; summary: unknown };
      const shape = await validateShape(root);
      expect(Object.keys(parsed).sort()).toEqual(shape.keys);
      expect(Object.keys(parsed.diagnostics[0]!).sort()).toEqual(shape.diagnosticKeys);
      expect(parsed.diagnostics[0]).toMatchObject({
        severity: 'error',
        rule: c.rule,
        file: c.file,
        line: c.at?.[0] ?? 0,
        column: c.at?.[1] ?? 0,
      });
      expect(parsed.summary).toEqual({ errors: 1, warnings: 0 });
    });
  }
});
