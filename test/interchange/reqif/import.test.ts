import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Requirement } from '../../../src/load/requirement/requirement.js';
import { loadWorkspace } from '../../../src/load/load-workspace.js';
import { RESOLVE_AND_CHECK } from '../../../src/check/pipeline-steps.js';
import type { ImportReport } from '../../../src/interchange/reqif/import-reqif.js';
import { runCli } from '../../support/cli.js';
import { FIXTURES } from '../../support/workspace.js';
import { HAVE_SAMPLES, REPO_ROOT, REQIF_SAMPLES } from '../../support/external-tools.js';

const basic = path.join(FIXTURES, 'basic');
const foreign = path.join(FIXTURES, 'reqif-foreign', 'doors-like.reqif');
let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-import-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** An empty workspace with the configuration (domains, scenarios) of another one. */
async function emptyWorkspace(name: string, configFrom: string): Promise<string> {
  const root = path.join(tmp, name);
  await mkdir(root, { recursive: true });
  await copyFile(path.join(configFrom, 'tenderkit.yaml'), path.join(root, 'tenderkit.yaml'));
  return root;
}

async function importInto(file: string, root: string, extra: string[] = []) {
  const run = await runCli([
    'import',
    'reqif',
    file,
    '--into',
    path.join(root, 'requirements'),
    '--root',
    root,
    '--format',
    'json',
    ...extra,
  ]);
  return { ...run, report: run.code === 0 ? (JSON.parse(run.stdout) as ImportReport) : undefined };
}

/** The fields of a requirement that a round trip must keep. */
function fields(r: Requirement) {
  return {
    id: r.id,
    title: r.title,
    domain: r.domain,
    obligation: r.obligation,
    verification: r.verification,
    status: r.status,
    references: r.references,
    legalBasis: r.legalBasis,
    justification: r.justification,
    scenarios: r.scenarios,
    parameters: Object.fromEntries(r.parameters),
    tags: r.tags,
    lint: r.lint,
    statement: r.statement.markdown,
    sections: r.sections.map((s) => [s.heading, s.markdown]),
  };
}

async function roundTrip(source: string, name: string): Promise<void> {
  const file = path.join(tmp, `${name}.reqifz`);
  expect((await runCli(['export', 'reqif', '--root', source, '--out', file])).code).toBe(0);
  const target = await emptyWorkspace(name, source);
  const { code, report, stderr } = await importInto(file, target);
  expect(code, stderr).toBe(0);
  expect(report!.generatedIds).toEqual([]);
  expect(report!.remarks).toEqual([]);
  expect(report!.unmapped).toEqual([]);
  const before = await loadWorkspace(source, {}, RESOLVE_AND_CHECK);
  const after = await loadWorkspace(target, {}, RESOLVE_AND_CHECK);
  expect(after.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect([...after.catalogue.requirements.keys()].sort()).toEqual([...before.catalogue.requirements.keys()].sort());
  for (const [id, r] of before.catalogue.requirements)
    expect(fields(after.catalogue.requirements.get(id)!), id).toEqual(fields(r));
}

describe('tenderkit import reqif', () => {
  it('round-trips the fixture catalogue: same ids, titles, statements and fields', async () => {
    await roundTrip(basic, 'basic');
  });

  it('round-trips the shipped catalogue', async () => {
    await roundTrip(REPO_ROOT, 'shipped');
  });

  it('maps the attributes of another tool, generates ids from the domain and reports what it left', async () => {
    const root = await emptyWorkspace('foreign', basic);
    const { code, report } = await importInto(foreign, root);
    expect(code).toBe(0);
    expect(report!.requirements.map((r) => [r.id, r.foreignId])).toEqual([
      ['SEC-901', 'REQ 12'],
      ['SEC-900', 'SEC-900'],
    ]);
    expect(report!.headings).toBe(1);
    expect(report!.generatedIds).toMatchObject([{ id: 'SEC-901', foreignId: 'REQ 12' }]);
    expect(report!.unmapped).toEqual([{ attribute: 'Owner', values: 1 }]);
    expect(report!.droppedElements).toEqual(['object']);
    expect(report!.defaulted).toEqual({ verification: 2, status: 2 });

    const text = await readFile(path.join(root, 'requirements', 'SEC-901.md'), 'utf8');
    expect(text).toContain('title: Audit trail of operator actions\ndomain: security\nobligation: mandatory\n');
    expect(text).toContain('tags: [reqif-id:REQ 12]');
    expect(text).toContain(
      "The system **shall** record every *operator action* with:\n\n- the operator's identity,\n- the time & the action.",
    );
    expect(text).toContain('| Event | Kept for |');
    // braces from another tool never become a tenderkit parameter
    expect(text).toContain('\\{\\{days}} days');
    const should = await readFile(path.join(root, 'requirements', 'SEC-900.md'), 'utf8');
    expect(should).toContain('obligation: recommended');

    const validate = await runCli(['validate', '--root', root]);
    expect(validate.code, validate.stderr).toBe(0);
  });

  it('never overwrites: a second import of the same file gets new ids', async () => {
    const root = await emptyWorkspace('twice', basic);
    await importInto(foreign, root);
    const first = await readFile(path.join(root, 'requirements', 'SEC-900.md'), 'utf8');
    const { report } = await importInto(foreign, root);
    expect(report!.requirements.map((r) => r.id)).toEqual(['SEC-902', 'SEC-903']);
    expect(await readFile(path.join(root, 'requirements', 'SEC-900.md'), 'utf8')).toBe(first);
    expect((await readdir(path.join(root, 'requirements'))).length).toBe(4);
  });

  it('takes a text changed in another tool over the tenderkit source, and says so', async () => {
    const file = path.join(tmp, 'edited.reqif');
    await runCli(['export', 'reqif', '--root', basic, '--out', file]);
    const xml = await readFile(file, 'utf8');
    await writeFile(
      file,
      xml.replace(
        '<xhtml:p>Every connection between operational centres should be encrypted',
        '<xhtml:p>Every <xhtml:em>single</xhtml:em> connection between operational centres should be encrypted',
      ),
    );
    const root = await emptyWorkspace('edited', basic);
    const { report } = await importInto(file, root);
    expect(report!.remarks).toEqual([expect.stringContaining('ReqIF.Text was changed in another tool')]);
    const sec = await readFile(path.join(root, 'requirements', 'SEC-002.md'), 'utf8');
    expect(sec).toContain(
      'Every *single* connection between operational centres should be encrypted with TLS 1.2 or later.',
    );
    expect(sec).toContain('## Acceptance criteria');
  });

  it('uses --domain and --prefix for requirements whose data names no domain', async () => {
    const xml = (await readFile(foreign, 'utf8')).replace('THE-VALUE="Security"', 'THE-VALUE="Chapter 4"');
    const file = path.join(tmp, 'no-domain.reqif');
    await writeFile(file, xml);
    const root = await emptyWorkspace('prefix', basic);
    const { report } = await importInto(file, root, ['--domain', 'resilience', '--prefix', 'IMP']);
    // SEC-900 is a tenderkit id already and stays
    expect(report!.requirements.map((r) => r.id)).toEqual(['IMP-001', 'SEC-900']);
    expect(await readFile(path.join(root, 'requirements', 'IMP-001.md'), 'utf8')).toContain('domain: resilience');
    const unknown = await runCli([
      'import',
      'reqif',
      file,
      '--into',
      path.join(root, 'x'),
      '--root',
      root,
      '--domain',
      'space',
    ]);
    expect(unknown.code).toBe(2);
  });

  describe.skipIf(!HAVE_SAMPLES)('the samples of other tools (../shared/reqif/samples)', () => {
    /** Requirements each sample yields; the others hold headings or attribute tests only. */
    const EXPECTED: Record<string, number> = {
      'Doors__03_example_from_a_user.reqif': 1,
      'Doors__04_example_from_a_user.reqif': 1,
      'Doors__05_example_from_a_user.reqif': 1,
      'Doors__06_example_from_a_user.reqif': 1,
      'Doors__10_example_capella_requirements_vp.reqif': 1,
      'Polarion__01_anonimized_example.reqif': 58,
      'ReqIF_Studio__01_anonimized_example.reqif': 137,
      'SparxSystems_Enterprise_Architect_8.0__01_example.reqif': 3,
      'ci.eclipse.org__TC1200_E0000_S10_Reference_20210122_1256_jenkins.reqif': 44,
    };

    it('imports every sample without a crash, into files that validate', async () => {
      const samples = (await readdir(REQIF_SAMPLES)).filter((f) => /\.reqifz?$/.test(f)).sort();
      expect(samples.length).toBeGreaterThanOrEqual(20);
      const counts: Record<string, number> = {};
      for (const sample of samples) {
        const root = await emptyWorkspace(`sample-${sample}`, REPO_ROOT);
        const { code, report, stderr } = await importInto(path.join(REQIF_SAMPLES, sample), root);
        expect(code, `${sample}: ${stderr}`).toBe(0);
        counts[sample] = report!.requirements.length;
        expect(report!.requirements.length + report!.headings + report!.skipped.length, sample).toBe(report!.objects);
        const validate = await runCli(['validate', '--root', root]);
        expect(validate.code, `${sample}: ${validate.stderr}`).toBe(0);
      }
      console.info(`requirements per sample: ${JSON.stringify(counts, null, 1)}`);
      for (const sample of samples) expect(counts[sample], sample).toBe(EXPECTED[sample] ?? 0);
    });

    it('reads a DOORS text attribute that has no definition by its identifier', async () => {
      const root = await emptyWorkspace('doors03', REPO_ROOT);
      const { report } = await importInto(path.join(REQIF_SAMPLES, 'Doors__03_example_from_a_user.reqif'), root);
      const text = await readFile(report!.requirements[0]!.file, 'utf8');
      expect(text).toContain('More info about the spec object');
    });
  });
});

describe('hostile ReqIF input', () => {
  const HOSTILE: Record<string, [string, RegExp]> = {
    'billion-laughs.reqif': [
      '<?xml version="1.0"?><!DOCTYPE REQ-IF [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><REQ-IF>&c;</REQ-IF>',
      /declares entities in a DOCTYPE/,
    ],
    'external-entity.reqif': [
      '<?xml version="1.0"?><!DOCTYPE REQ-IF [<!ENTITY x SYSTEM "file:///etc/passwd">]><REQ-IF>&x;</REQ-IF>',
      /declares entities/,
    ],
    'external-dtd.reqif': [
      '<?xml version="1.0"?><!DOCTYPE REQ-IF SYSTEM "http://example.invalid/x.dtd"><REQ-IF/>',
      /external DTD/,
    ],
    'deep.reqif': [`<REQ-IF>${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}</REQ-IF>`, /nests elements more than/],
    'broken.reqif': ['<REQ-IF><CORE-CONTENT></REQ-IF>', /not well-formed/],
    'html.reqif': ['<html><body>hello</body></html>', /not <REQ-IF>/],
    'binary.reqif': ['\u0000\u0001\u0002\u00ff', /not well-formed|no XML element/],
  };

  for (const [name, [content, message]] of Object.entries(HOSTILE)) {
    it(`refuses ${name} with a clear message, exit 1 and nothing written`, async () => {
      const file = path.join(tmp, name);
      await writeFile(file, content);
      const into = path.join(tmp, `out-${name}`);
      const run = await runCli(['import', 'reqif', file, '--into', into, '--root', tmp]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toContain('internal error');
      expect(run.stderr).not.toMatch(/\n\s+at /);
      await expect(readdir(into)).rejects.toThrow();
    });
  }

  it('refuses a .reqifz zip bomb by its declared and by its actual size', async () => {
    const bomb = path.join(tmp, 'bomb.reqifz');
    await writeFile(bomb, zipSync({ 'a.reqif': new Uint8Array(100 * 1024 * 1024) }, { level: 9 }));
    const run = await runCli(['import', 'reqif', bomb, '--into', path.join(tmp, 'bomb-out'), '--root', tmp]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/more than the limit/);

    const liar = Buffer.from(zipSync({ 'a.reqif': new Uint8Array(8 * 1024 * 1024) }, { level: 9 }));
    const eocd = liar.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    liar.writeUInt32LE(1000, liar.readUInt32LE(eocd + 16) + 24);
    const lying = path.join(tmp, 'liar.reqifz');
    await writeFile(lying, liar);
    const second = await runCli(['import', 'reqif', lying, '--into', path.join(tmp, 'liar-out'), '--root', tmp]);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('more than the 1000 bytes it declares');
  });

  it('refuses a file that does not exist', async () => {
    const run = await runCli([
      'import',
      'reqif',
      path.join(tmp, 'nowhere.reqif'),
      '--into',
      path.join(tmp, 'x'),
      '--root',
      tmp,
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('does not exist');
  });
});
