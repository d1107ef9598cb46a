import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { runCli } from '../../support/cli.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDocxImport } from '../../../src/interchange/docx/format-docx-import.js';
import { importDocx } from '../../../src/interchange/docx/import-docx.js';

const root = path.resolve(__dirname, '../../..');
let built: Uint8Array;
let dir: string;

function edited(edit: (xml: string) => string): string {
  const parts = unzipSync(built);
  parts['word/document.xml'] = strToU8(edit(strFromU8(parts['word/document.xml'] as Uint8Array)));
  const file = path.join(dir, `edited-${Math.random().toString(36).slice(2)}.docx`);
  writeFileSync(file, zipSync(parts));
  return file;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'docx-import-'));
  const run = await runCli(['build', 'eu-baseline', '--format', 'docx', '--out', dir, '--root', root]);
  if (run.code !== 0) throw new Error(`build eu-baseline failed: ${run.stderr}`);
  built = readFileSync(path.join(dir, 'eu-baseline', 'tender-specification.docx'));
}, 120_000);

describe('import docx', () => {
  it('reads a tracked change of a value split over runs as a proposal for the parameter', async () => {
    const file = edited((xml) =>
      xml.replace(
        'designated in the release within 5\u00a0s of the release',
        'designated in the release within </w:t></w:r><w:del w:id="901" w:author="A. Peeters" w:date="2026-12-01T10:00:00Z"><w:r w:rsidDel="00AB"><w:delText>5</w:delText></w:r></w:del><w:ins w:id="902" w:author="A. Peeters" w:date="2026-12-01T10:00:00Z"><w:r><w:t>3</w:t></w:r></w:ins><w:r><w:t xml:space="preserve">\u00a0s of the release',
      ),
    );
    const outcome = await importDocx({ file, root });
    expect(outcome.kind).toBe('ok');
    if (outcome.kind !== 'ok') return;
    expect(outcome.report.proposals).toEqual([
      {
        requirement: 'INT-001',
        field: 'parameters.max_delivery_seconds',
        from: 5,
        to: 3,
        authors: ['A. Peeters'],
        comments: [],
      },
    ]);
  }, 60_000);

  it('shows a statement edit in the Markdown report as a word diff, for a review meeting', async () => {
    const file = edited((xml) =>
      xml.replace(
        'designated in the release within',
        '</w:t></w:r><w:del w:id="911" w:author="A. Peeters" w:date="2026-12-01T10:00:00Z"><w:r><w:delText>designated</w:delText></w:r></w:del><w:ins w:id="912" w:author="A. Peeters" w:date="2026-12-01T10:00:00Z"><w:r><w:t>named</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> in the release within',
      ),
    );
    const outcome = await importDocx({ file, root });
    expect(outcome.kind).toBe('ok');
    if (outcome.kind !== 'ok') return;
    const statement = outcome.report.proposals.find((p) => p.field === 'statement');
    expect(statement?.requirement).toBe('INT-001');
    const md = formatDocxImport(outcome.report, 'md');
    expect(md).toContain('## INT-001 statement');
    const change = md.split('\n').find((l) => l.startsWith('- change: '));
    expect(change).toContain('<del>designated</del>');
    expect(change).toContain('<ins>named</ins>');
    expect(change).not.toContain('<del>in the release');
  }, 60_000);

  it('an unedited document gives no proposals', async () => {
    const outcome = await importDocx({ file: edited((x) => x), root });
    expect(outcome.kind === 'ok' && outcome.report.proposals).toEqual([]);
  }, 60_000);

  it('refuses a file that is not a zip, and a document whose bookmarks were stripped', async () => {
    const bad = path.join(dir, 'bad.docx');
    writeFileSync(bad, 'not a zip');
    expect(await importDocx({ file: bad, root })).toMatchObject({
      kind: 'invalid',
      diagnostics: [{ rule: 'docx', line: 0 }],
    });
    const stripped = edited((xml) => xml.replace(/<w:bookmark(Start|End)\b[^>]*\/>/g, ''));
    expect(await importDocx({ file: stripped, root })).toMatchObject({
      kind: 'invalid',
      diagnostics: [{ message: expect.stringMatching(/bookmarks/) }],
    });
  }, 60_000);
});
