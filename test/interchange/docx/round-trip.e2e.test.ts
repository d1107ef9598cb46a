import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDocx } from '../../../src/interchange/docx/import-docx.js';
import { runCli } from '../../support/cli.js';
import { canUse } from '../../support/outside-tools.js';
import { catalogueCopy, comment, documentXml, readBytes, repack, track, writeDocx } from './word-edits.js';

const NBSP = '\u00a0';
let root: string;
let out: string;
let built: Uint8Array;
let builtBe: Uint8Array;

const squeeze = (t: string) => t.replace(/[\s\u00a0]+/g, ' ').trim();
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const statementOf = (file: string) =>
  read(file)
    .split(/\n---\n/)[1]!
    .split('\n## ')[0]!
    .trim();

async function build(spec: string, dir: string): Promise<Uint8Array> {
  const run = await runCli(['build', spec, '--format', 'docx', '--out', dir, '--root', root]);
  expect(run.code, run.stderr).toBe(0);
  return readBytes(path.join(dir, spec, 'tender-specification.docx'));
}

/** Word's edits on eu-baseline: a value in split runs, a word inserted, a change across a placeholder, comments. */
function wordEdited(crossing = true): { file: string; bytes: Uint8Array } {
  let xml = documentXml(built);
  xml = track(xml, [
    `designated in the release within `,
    { del: '5', ins: '3' },
    `${NBSP}s of the release, each message `,
    { ins: 'always ' },
    'carrying',
  ]);
  if (crossing) xml = track(xml, ['record within ', { del: `10${NBSP}s of`, ins: 'one minute after' }, ' receipt']);
  xml = track(xml, ['This document sets out ', { ins: 'only ' }, 'the technical']);
  xml = comment(xml, 'Re-typing incoming information', [
    { id: 1, author: 'B. Janssens', text: 'Is a minute enough during a flood?' },
    { id: 2, author: 'A. Peeters', text: 'Yes, agreed with the centres.', replyTo: 1, done: true },
  ]);
  const bytes = repack(built, xml, [
    { id: 1, author: 'B. Janssens', text: 'Is a minute enough during a flood?' },
    { id: 2, author: 'A. Peeters', text: 'Yes, agreed with the centres.', replyTo: 1, done: true },
  ]);
  return { file: writeDocx(out, `word-${Math.random().toString(36).slice(2)}.docx`, bytes), bytes };
}

function expectWordProposals(report: { proposals: unknown[]; unmapped: unknown[] }, replies = true): void {
  const int001 = statementOf('requirements/interconnection/INT-001.md');
  const int002 = statementOf('requirements/interconnection/INT-002.md');
  const proposals = report.proposals as Array<{
    requirement: string;
    field: string;
    from: unknown;
    to: unknown;
    authors: string[];
    comments: Array<Record<string, unknown>>;
  }>;
  const byKey = new Map(proposals.map((p) => [`${p.requirement} ${p.field}`, p]));
  expect([...byKey.keys()].sort()).toEqual([
    'INT-001 parameters.max_delivery_seconds',
    'INT-001 statement',
    'INT-002 sections.Rationale',
    'INT-002 statement',
  ]);
  expect(byKey.get('INT-001 parameters.max_delivery_seconds')).toMatchObject({
    from: 5,
    to: 3,
    authors: ['A. Peeters'],
  });
  // the value went to the parameter: the statement keeps its placeholder and gains the inserted word
  expect(squeeze(String(byKey.get('INT-001 statement')!.to))).toBe(
    squeeze(int001.replace('each message carrying', 'each message always carrying')),
  );
  // the change crossed the placeholder: the words replace it
  expect(squeeze(String(byKey.get('INT-002 statement')!.to))).toBe(
    squeeze(int002.replace(/\{\{max_import_seconds\}\} of/, 'one minute after')),
  );
  const rationale = byKey.get('INT-002 sections.Rationale')!;
  expect(rationale.from).toBe(rationale.to);
  expect(rationale.comments).toMatchObject([
    { author: 'B. Janssens', text: 'Is a minute enough during a flood?', resolved: false, reply: false },
    { author: 'A. Peeters', text: 'Yes, agreed with the centres.', resolved: true, reply: replies },
  ]);
  expect(report.unmapped).toEqual([{ kind: 'insertion', text: 'only ', author: 'A. Peeters' }]);
}

beforeAll(async () => {
  root = catalogueCopy();
  out = mkdtempSync(path.join(os.tmpdir(), 'docx-out-'));
  built = await build('eu-baseline', out);
  builtBe = await build('be', out);
}, 300_000);

describe('import docx on documents edited the way Word writes them', () => {
  it('build names the spec, the tool and the fingerprint in custom properties of both documents', async () => {
    const { unzipSync, strFromU8 } = await import('fflate');
    const custom = strFromU8(unzipSync(builtBe)['docProps/custom.xml']!);
    expect(custom).toMatch(/name="tenderkit.spec"><vt:lpwstr>be</);
    expect(custom).toMatch(/name="tenderkit.fingerprint"><vt:lpwstr>[0-9a-f]{16}</);
    expect(custom).toMatch(/name="tenderkit.tool"><vt:lpwstr>tenderkit \d/);
  });

  it('maps split runs, a value, a change across a placeholder, comments with a resolved reply, and the unmapped', async () => {
    const { file } = wordEdited();
    const outcome = await importDocx({ file, root });
    expect(outcome.kind).toBe('ok');
    if (outcome.kind !== 'ok') return;
    expectWordProposals(outcome.report);
    expect(outcome.standing.changed).toEqual([]);
  }, 120_000);

  it.skipIf(!canUse('soffice', 'the LibreOffice round trip of an edited document'))(
    'reads the same proposals after LibreOffice opened and saved the document',
    async () => {
      const { file } = wordEdited();
      const lo = mkdtempSync(path.join(os.tmpdir(), 'docx-lo-'));
      execFileSync(
        'soffice',
        [
          '--headless',
          `-env:UserInstallation=file://${lo}/profile`,
          '--convert-to',
          'docx:MS Word 2007 XML',
          '--outdir',
          lo,
          file,
        ],
        { stdio: 'ignore', timeout: 180_000 },
      );
      const saved = path.join(lo, path.basename(file));
      const outcome = await importDocx({ file: saved, root });
      expect(outcome.kind).toBe('ok');
      if (outcome.kind !== 'ok') return;
      const report = outcome.report as { proposals: Array<{ comments: Array<{ date: string }> }>; unmapped: unknown[] };
      // LibreOffice keeps the resolved state but not which comment answers which (it writes no w15:paraIdParent)
      expectWordProposals(report, false);
    },
    300_000,
  );

  it('maps a Dutch document: frame labels in Dutch, a value in the translated statement', async () => {
    let xml = documentXml(builtBe);
    xml = comment(xml, 'importeren, zonder', [{ id: 7, author: 'A. Peeters', text: 'Ons centrum heeft 8 s nodig.' }]);
    xml = track(xml, [
      'wordt ontvangen, binnen ',
      { del: '10', ins: '8' },
      `${NBSP}s na ontvangst in het lokale incidentdossier importeren, zonder dat een`,
      { ins: ' enkele' },
      ' operator',
    ]);
    const file = writeDocx(
      out,
      'be-edited.docx',
      repack(builtBe, xml, [{ id: 7, author: 'A. Peeters', text: 'Ons centrum heeft 8 s nodig.' }]),
    );
    const outcome = await importDocx({ file, root });
    expect(outcome.kind).toBe('ok');
    if (outcome.kind !== 'ok') return;
    const fields = outcome.report.proposals.map((p) => `${p.requirement} ${p.field}`).sort();
    expect(fields).toEqual(['INT-002 parameters.max_import_seconds', 'INT-002 statement']);
    const statement = outcome.report.proposals.find((p) => p.field === 'statement')!;
    expect(String(statement.to)).toContain('{{max_import_seconds}}');
    expect(squeeze(String(statement.to))).toContain('zonder dat een enkele operator');
  }, 120_000);
});

describe('import docx --apply', () => {
  it.skipIf(!canUse('pandoc', 'reading both documents with their changes accepted'))(
    'writes the root spec into the requirement files; build then shows the edited text with every change accepted',
    async () => {
      root = catalogueCopy();
      built = await build('eu-baseline', mkdtempSync(path.join(os.tmpdir(), 'docx-eu-')));
      const { file } = wordEdited(false);
      const before = read('requirements/interconnection/INT-001.md');
      const run = await runCli(['import', 'docx', file, '--apply', '--root', root]);
      expect(run.code, run.stderr).toBe(0);
      const after = read('requirements/interconnection/INT-001.md');
      expect(after).toContain('default: 3\n');
      // the rest of the file is byte for byte as it was
      expect(
        after.replace('default: 3\n', 'default: 5\n').replace('each message always carrying', 'each message carrying'),
      ).toBe(before);
      const rebuilt = path.join(mkdtempSync(path.join(os.tmpdir(), 'docx-rebuilt-')), 'x');
      await build('eu-baseline', rebuilt);
      const text = (docx: string) =>
        execFileSync('pandoc', ['--track-changes=accept', '-f', 'docx', '-t', 'plain', '--wrap=none', docx], {
          encoding: 'utf8',
        });
      const edited = text(file).replace('This document sets out only the', 'This document sets out the');
      expect(text(path.join(rebuilt, 'eu-baseline', 'tender-specification.docx'))).toBe(edited);
    },
    300_000,
  );

  it('writes a derived spec as a deviation that starts its justification with the comment, keeping the YAML as it was', async () => {
    root = catalogueCopy();
    builtBe = await build('be', mkdtempSync(path.join(os.tmpdir(), 'docx-be-')));
    let xml = documentXml(builtBe);
    xml = comment(xml, 'ontvangen, binnen', [{ id: 7, author: 'A. Peeters', text: 'Ons centrum heeft 8 s nodig.' }]);
    xml = track(xml, ['wordt ontvangen, binnen ', { del: '10', ins: '8' }, `${NBSP}s na ontvangst in het lokale`]);
    const file = writeDocx(
      out,
      'be-apply.docx',
      repack(builtBe, xml, [{ id: 7, author: 'A. Peeters', text: 'Ons centrum heeft 8 s nodig.' }]),
    );
    const before = read('specs/national/be.yaml');
    const run = await runCli(['import', 'docx', file, '--apply', '--format', 'json', '--root', root]);
    expect(run.code, run.stderr).toBe(0);
    const after = read('specs/national/be.yaml');
    expect(after.startsWith(before.slice(0, before.indexOf('award:')).trimEnd())).toBe(true);
    expect(after).toContain(
      '  - requirement: INT-002\n    set: { parameters: { max_import_seconds: 8 } }\n    justification: Ons centrum heeft 8 s nodig.\n',
    );
    expect(after.endsWith(before.slice(before.indexOf('award:')))).toBe(true);
    const explain = await runCli(['explain', 'be', 'INT-002', '--format', 'json', '--root', root]);
    expect(explain.stdout).toMatch(/within 8[\s\u00a0]s of receipt/);
  }, 300_000);
});

/** Every file of the workspace with its hash: what "nothing was written" means. */
function snapshot(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (name === 'out' || name.startsWith('.tenderkit')) continue;
      if (statSync(p).isDirectory()) walk(p);
      else h.update(`${p}\0`).update(readFileSync(p));
    }
  };
  walk(dir);
  return h.digest('hex');
}

describe('import docx refuses hostile documents, exit 1 and nothing written', () => {
  const cases: Array<[string, () => Uint8Array, RegExp]> = [
    ['not a zip', () => strToU8('PK? not a zip at all'), /not a zip package/],
    [
      'a zip bomb',
      () => {
        const inflated = new Uint8Array(300 * 1024 * 1024);
        const entry = deflateRawSync(inflated, { level: 9 });
        return zipSync({ 'word/document.xml': [entry, { level: 0 }] as never });
      },
      /zip|bomb|limit/,
    ],
    [
      'an XML bomb',
      () => {
        const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><w:document xmlns:w="w"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>`;
        return repack(built, bomb);
      },
      /entit/,
    ],
    [
      'a document from another workspace',
      () => {
        const { unzipSync, strFromU8 } = require('fflate') as typeof import('fflate');
        const parts = unzipSync(built);
        parts['docProps/custom.xml'] = strToU8(
          strFromU8(parts['docProps/custom.xml']!).replace('>eu-baseline<', '>de-federal<'),
        );
        return zipSync(parts);
      },
      /another workspace/,
    ],
    [
      'a document with the bookmarks stripped',
      () => repack(built, documentXml(built).replace(/<w:bookmark(Start|End)\b[^>]*\/>/g, '')),
      /bookmarks/,
    ],
  ];
  for (const [name, make, message] of cases) {
    it(name, async () => {
      const file = writeDocx(out, `hostile-${name.replace(/\W+/g, '-')}.docx`, make());
      const before = snapshot(root);
      const run = await runCli(['import', 'docx', file, '--apply', '--root', root]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toMatch(/nothing was written/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(snapshot(root)).toBe(before);
    }, 120_000);
  }
});
