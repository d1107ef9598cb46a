import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.js';
import { FIXTURES, workspaceFrom } from '../../support/workspace.js';
import { HAVE_SCHEMA, HAVE_XMLLINT, REPO_ROOT, schemaErrors } from '../../support/external-tools.js';

const basic = path.join(FIXTURES, 'basic');
const canValidate = HAVE_XMLLINT && HAVE_SCHEMA;
let out: string;

beforeAll(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-reqif-'));
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

async function exportTo(args: string[], root = basic, env: Record<string, string> = {}): Promise<string> {
  const file = path.join(out, args.at(-1)!);
  const run = await runCli(['export', 'reqif', ...args.slice(0, -1), '--root', root, '--out', file], { env });
  expect(run.code, run.stderr).toBe(0);
  return file;
}

/** A requirement whose statement has emphasis, a list and a table: what XHTML has to carry. */
const RICH = `---
id: INT-003
title: Message formats
domain: interconnection
obligation: mandatory
verification: [inspection]
status: approved
parameters:
  languages:
    type: integer
    default: 2
---
The system shall exchange messages in **both** formats, *without* loss, in {{languages}} languages:

- EMSI events,
- CAP alerts.

| Format | Version |
| --- | --- |
| EMSI | ISO/TR 22351 |
| CAP | 1.2 |

## Acceptance criteria

- A test exchanges one message of each format.
`;

describe('tenderkit export reqif', () => {
  it.skipIf(!canValidate)(
    'writes the catalogue and a resolved spec as ReqIF that validates against the OMG schema',
    async () => {
      expect(schemaErrors(await exportTo(['catalogue.reqif']))).toBe('');
      expect(schemaErrors(await exportTo(['be', 'be.reqif']))).toBe('');
    },
  );

  it.skipIf(!canValidate)('validates for the shipped catalogue and every spec of it', async () => {
    expect(schemaErrors(await exportTo(['shipped.reqif'], REPO_ROOT))).toBe('');
    expect(schemaErrors(await exportTo(['be', 'shipped-be.reqif'], REPO_ROOT))).toBe('');
  });

  it('keeps emphasis, lists and tables as XHTML, with the parameter values filled in', async () => {
    const ws = await workspaceFrom('basic', { 'requirements/interconnection/INT-003.md': RICH });
    try {
      const file = await exportTo(['rich.reqif'], ws.root);
      const xml = await readFile(file, 'utf8');
      const object = xml.slice(xml.indexOf('<SPEC-OBJECT IDENTIFIER="tk-req-INT-003"'));
      const text = object.slice(object.indexOf('<THE-VALUE>'), object.indexOf('</THE-VALUE>'));
      expect(text).toContain('<xhtml:strong>both</xhtml:strong>');
      expect(text).toContain('<xhtml:em>without</xhtml:em>');
      expect(text).toContain('in 2 languages');
      expect(text).toContain('<xhtml:ul><xhtml:li>EMSI events,</xhtml:li><xhtml:li>CAP alerts.</xhtml:li></xhtml:ul>');
      expect(text).toContain(
        '<xhtml:thead><xhtml:tr><xhtml:th>Format</xhtml:th><xhtml:th>Version</xhtml:th></xhtml:tr></xhtml:thead>',
      );
      expect(text).toContain('<xhtml:td>CAP</xhtml:td><xhtml:td>1.2</xhtml:td>');
      // the statement only: sections travel in the tenderkit attributes
      expect(text).not.toContain('Acceptance');
      if (canValidate) expect(schemaErrors(file)).toBe('');
    } finally {
      await ws.dispose();
    }
  });

  it('has enumerations for domain, obligation, verification and status, and a chapter per domain', async () => {
    const xml = await readFile(await exportTo(['enums.reqif']), 'utf8');
    for (const name of ['tenderkit.Domain', 'tenderkit.Obligation', 'tenderkit.Verification', 'tenderkit.Status']) {
      expect(xml).toContain(`<DATATYPE-DEFINITION-ENUMERATION IDENTIFIER="tk-dt-${name.split('.')[1]!.toLowerCase()}"`);
    }
    expect(xml).toContain('LONG-NAME="Verification" MULTI-VALUED="true"');
    expect(xml).toContain('LONG-NAME="ReqIF.ForeignID"');
    expect(xml).toContain(
      '<ATTRIBUTE-VALUE-STRING THE-VALUE="INT-001"><DEFINITION><ATTRIBUTE-DEFINITION-STRING-REF>tk-ad-foreign-id</ATTRIBUTE-DEFINITION-STRING-REF>',
    );
    expect(xml).toContain(
      '<ATTRIBUTE-VALUE-STRING THE-VALUE="Incident information exchange in EMSI"><DEFINITION><ATTRIBUTE-DEFINITION-STRING-REF>tk-ad-name</ATTRIBUTE-DEFINITION-STRING-REF>',
    );
    expect(xml).toContain(
      '<ENUM-VALUE-REF>tk-ev-verification-test</ENUM-VALUE-REF><ENUM-VALUE-REF>tk-ev-verification-demonstration</ENUM-VALUE-REF>',
    );
    const chapters = [...xml.matchAll(/<SPEC-HIERARCHY IDENTIFIER="(tk-node-chapter-[^"]+)"/g)].map((m) => m[1]);
    expect(chapters).toEqual([
      'tk-node-chapter-interconnection',
      'tk-node-chapter-security',
      'tk-node-chapter-eu-sourcing',
      'tk-node-chapter-resilience',
    ]);
  });

  it('gives a requirement the same identifier in every export, and no random ones', async () => {
    const catalogue = await readFile(await exportTo(['ids-catalogue.reqif']), 'utf8');
    const spec = await readFile(await exportTo(['be', 'ids-be.reqif']), 'utf8');
    const ids = (xml: string) => new Set([...xml.matchAll(/IDENTIFIER="([^"]+)"/g)].map((m) => m[1]!));
    expect(ids(catalogue)).toContain('tk-req-INT-001');
    expect(ids(spec)).toContain('tk-req-INT-001');
    for (const id of [...ids(catalogue), ...ids(spec)]) expect(id).toMatch(/^tk-/);
  });

  it('writes the same bytes twice, with LAST-CHANGE from SOURCE_DATE_EPOCH or the spec date', async () => {
    const env = { SOURCE_DATE_EPOCH: '1767225600' };
    const a = await readFile(await exportTo(['same-a.reqif'], basic, env));
    const b = await readFile(await exportTo(['same-b.reqif'], basic, env));
    expect(Buffer.compare(a, b)).toBe(0);
    const dates = new Set([...a.toString('utf8').matchAll(/LAST-CHANGE="([^"]+)"/g)].map((m) => m[1]));
    expect([...dates]).toEqual(['2026-01-01T00:00:00.000Z']);
    expect(a.toString('utf8')).toContain('<CREATION-TIME>2026-01-01T00:00:00.000Z</CREATION-TIME>');
  });

  it('writes .reqifz as a reproducible zip holding the .reqif', async () => {
    const a = await readFile(await exportTo(['be', 'a/be.reqifz']));
    const b = await readFile(await exportTo(['be', 'b/be.reqifz']));
    expect(Buffer.compare(a, b)).toBe(0);
    const entries = unzipSync(new Uint8Array(a));
    expect(Object.keys(entries)).toEqual(['be.reqif']);
    const inner = path.join(out, 'inner.reqif');
    await writeFile(inner, entries['be.reqif']!);
    expect(strFromU8(entries['be.reqif']!)).toBe(await readFile(await exportTo(['be', 'c/be.reqif']), 'utf8'));
    if (canValidate) expect(schemaErrors(inner)).toBe('');
  });

  it('refuses other file names, unknown specs and a workspace with errors', async () => {
    const wrong = await runCli(['export', 'reqif', '--root', basic, '--out', path.join(out, 'x.xml')]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('.reqif or .reqifz');
    const unknown = await runCli(['export', 'reqif', 'atlantis', '--root', basic, '--out', path.join(out, 'x.reqif')]);
    expect(unknown.code).toBe(2);
    const ws = await workspaceFrom('basic', { 'specs/be.yaml': 'id: be\ntitle: [broken\n' });
    try {
      const broken = await runCli(['export', 'reqif', '--root', ws.root, '--out', path.join(ws.root, 'x.reqif')]);
      expect(broken.code).toBe(1);
      expect(broken.stderr).toContain('nothing was written');
    } finally {
      await ws.dispose();
    }
  });
});
