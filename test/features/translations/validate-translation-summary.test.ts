import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.js';
import { SHIPPED, shippedCopy } from '../../support/shipped.js';

let dispose: (() => void) | undefined;
afterEach(() => dispose?.());

async function validate(root: string): Promise<string[]> {
  const run = await runCli(['validate', '--root', root]);
  expect(run.code, run.stderr).toBe(0);
  return run.stderr.split('\n').filter((l) => l.endsWith('[translations]'));
}

describe.skipIf(!SHIPPED)('validate reports translations', () => {
  it('gives one warning per spec and language that lacks translations, and names what a translated pack still lacks', async () => {
    const copy = shippedCopy();
    dispose = copy.dispose;
    const lines = await validate(copy.root);
    const specs = lines.map((l) => /warning spec ([a-z-]+):/.exec(l)?.[1]);
    // one line per spec and language (be has three languages, lu two)
    expect(specs.filter((s) => s === 'be')).toHaveLength(3);
    expect(specs.filter((s) => s === 'cz')).toHaveLength(1);
    // every requirement of these packs is translated: what they lack is other text (annexes, spec texts, titles)
    for (const translated of ['be', 'nl', 'lu', 'at'])
      for (const line of lines.filter((l) => l.includes(`spec ${translated}:`)))
        expect(line).not.toMatch(/requirements have no current/);
    // cz has no Czech translation at all: the count is every requirement of its pack, as the matrix lists them
    const matrix = await runCli(['matrix', '--format', 'json', '--spec', 'cz', '--root', copy.root]);
    const rows = (JSON.parse(matrix.stdout) as { requirements: Array<{ cells: Record<string, string> }> }).requirements;
    const n = rows.filter((r) => !['absent', 'removed'].includes(r.cells['cz'] ?? 'absent')).length;
    expect(n).toBeGreaterThan(90);
    const cz = lines.find((l) => l.includes('spec cz:'));
    expect(cz).toMatch(
      new RegExp(
        `^specs/national/cz\\.yaml:\\d+:\\d+: warning spec cz: ${n} of ${n} requirements have no current Czech \\(cs\\) translation \\(${n} missing\\): INT-001, INT-002, INT-003, INT-004, INT-005 and ${n - 5} more; .*\`tenderkit translations --lang cs\` lists them all\\) \\[translations\\]$`,
      ),
    );
  });

  it('reports the translations an English edit made stale, in every language of every spec that uses them', async () => {
    const copy = shippedCopy();
    dispose = copy.dispose;
    const file = path.join(copy.root, 'requirements', 'interconnection', 'INT-002.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('without manual re-entry', 'without any manual re-entry'));
    const lines = (await validate(copy.root)).filter((l) => !/spec (cz|ee|es|fi|it|pl|pt|se):/.test(l));
    const be = readFileSync(path.join(copy.root, 'specs', 'national', 'be.yaml'), 'utf8').split('\n');
    const languageLine = be.findIndex((l) => l.startsWith('language:')) + 1;
    const column = (lang: string) => be[languageLine - 1]!.indexOf(lang) + 1;
    const expected = [
      ['at', 'German (de)'],
      ['be', 'Dutch (nl)'],
      ['be', 'French (fr)'],
      ['be', 'German (de)'],
      ['lu', 'French (fr)'],
      ['lu', 'German (de)'],
      ['nl', 'Dutch (nl)'],
    ];
    expect(lines).toHaveLength(expected.length);
    for (const [spec, name] of expected) {
      const line = lines.find((l) => l.includes(`spec ${spec}:`) && l.includes(name!));
      expect(line, `${spec} ${name}`).toMatch(
        new RegExp(
          `: 1 of \\d+ requirements have no current ${name!.replace(/[()]/g, '\\$&')} translation \\(1 stale\\): INT-002;`,
        ),
      );
    }
    const french = lines.find((l) => l.includes('spec be:') && l.includes('French'))!;
    expect(french.startsWith(`specs/national/be.yaml:${languageLine}:${column('fr')}: warning`)).toBe(true);
  });
});
