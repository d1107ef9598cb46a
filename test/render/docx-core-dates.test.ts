import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { fixtureCopies } from '../support/workspace.js';

const core = (file: string) => strFromU8(unzipSync(readFileSync(file))['docProps/core.xml']!);

describe('issue 28.10 no made-up dates in Word properties', () => {
  const copy = fixtureCopies();

  it('a spec without a date gives documents without created and modified dates, not 2000-01-01', async () => {
    const root = await copy('basic');
    const build = await runCli(['build', 'be', '--format', 'docx', '--root', root]);
    expect(build.code, build.stderr).toBe(0);
    const document = core(path.join(root, 'out/be/tender-specification.docx'));
    expect(document).toContain('<dc:title>');
    expect(document).not.toMatch(/2000-01-01|<dcterms:created|<dcterms:modified/);
    const redline = path.join(root, 'be.docx');
    const diff = await runCli(['diff', 'be', '--format', 'docx', '--out', redline, '--root', root]);
    expect(diff.code, diff.stderr).toBe(0);
    expect(core(redline)).not.toMatch(/2000-01-01|<dcterms:created|<dcterms:modified/);
  });

  it('a date fixed by SOURCE_DATE_EPOCH is written as both dates', async () => {
    const root = await copy('basic');
    const build = await runCli(['build', 'be', '--format', 'docx', '--root', root], {
      env: { SOURCE_DATE_EPOCH: '1767225600' },
    });
    expect(build.code, build.stderr).toBe(0);
    const document = core(path.join(root, 'out/be/tender-specification.docx'));
    expect(document).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:created>');
    expect(document).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:modified>');
  });
});
