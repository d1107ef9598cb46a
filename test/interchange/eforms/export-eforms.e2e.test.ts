import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.js';
import { REPO_ROOT } from '../../support/outside-tools.js';
import { fixtureCopies } from '../../support/workspace.js';
import { FULL_NOTICE, TYPED_BE } from './full-notice.js';
import {
  codeListFiles,
  genericodeCodes,
  genericodeNames,
  HAVE_LXML,
  HAVE_SDK,
  HAVE_XMLLINT,
  noticeSchemaErrors,
  readFields,
  readXPaths,
  sdkFields,
} from './sdk.js';

interface SpecYaml {
  id: string;
  title: string;
  extends?: string;
  language?: string | string[];
  authority?: { name: string; country?: string };
  procurement?: { title?: string; cpv?: string[] };
  award?: Array<{ title: string; weight: number; type?: string; description?: string }>;
  notice?: Record<string, unknown> & { buyer?: Record<string, string> };
  regime?: string;
}

const NATIONAL = path.join(REPO_ROOT, 'specs', 'national');
let tmp = '';

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-eforms-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function exportNotice(spec: string, root: string, name = `${spec}.xml`) {
  const out = path.join(tmp, name);
  const run = await runCli(['export', 'eforms', spec, '--out', out, '--root', root]);
  return { ...run, out };
}

/** Every spec file of the shipped catalogue by id, parsed by the yaml package. */
function shippedSpecs(): Map<string, SpecYaml> {
  const specs = new Map<string, SpecYaml>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const file = path.join(dir, entry);
      if (entry.endsWith('.yaml')) {
        const spec = parse(readFileSync(file, 'utf8')) as SpecYaml;
        specs.set(spec.id, spec);
      } else if (!entry.includes('.')) walk(file);
    }
  };
  walk(path.join(REPO_ROOT, 'specs'));
  return specs;
}

/** The notice block of a spec's chain, nearer levels winning field by field (buyer fields one by one). */
function chainNotice(specs: Map<string, SpecYaml>, id: string): NonNullable<SpecYaml['notice']> {
  const chain: SpecYaml[] = [];
  for (let s = specs.get(id); s; s = s.extends ? specs.get(s.extends) : undefined) chain.unshift(s);
  const merged: NonNullable<SpecYaml['notice']> = {};
  for (const s of chain) {
    const { buyer, ...rest } = s.notice ?? {};
    Object.assign(merged, rest);
    if (buyer) merged.buyer = { ...merged.buyer, ...buyer };
  }
  return merged;
}

/** The SDK's code of a language or country, found by its English name in the Genericode file. */
function codeByEnglishName(file: string, name: string): string | undefined {
  for (const [code, n] of genericodeNames(file)) if (n === name) return code;
  return undefined;
}
const languageCode = (tag: string) =>
  codeByEnglishName('language_eu-official-language.gc', new Intl.DisplayNames(['en'], { type: 'language' }).of(tag)!);
const countryCode = (alpha2: string) =>
  codeByEnglishName('country.gc', new Intl.DisplayNames(['en'], { type: 'region' }).of(alpha2)!);

const withoutCheckDigit = (cpv: string) => cpv.split('-')[0]!;

describe.skipIf(!HAVE_SDK)('tenderkit export eforms', () => {
  // Subtype 16 is the notice of Directive 2014/24/EU: the national specs procured under 2009/81/EC (pl, lu) are
  // published with subtype 18, which export eforms refuses to write as 16 (tested below).
  const regimeOf = (specs: Map<string, SpecYaml>, id: string): string | undefined => {
    for (let s = specs.get(id); s; s = s.extends ? specs.get(s.extends) : undefined) if (s.regime) return s.regime;
    return undefined;
  };
  const nationalSpecs = existsSync(NATIONAL)
    ? readdirSyncSorted(NATIONAL)
        .map((f) => f.replace(/\.yaml$/, ''))
        .filter((id) => regimeOf(shippedSpecs(), id) !== '2009/81/EC')
    : [];

  it('finds the national specs of the shipped catalogue', () => {
    expect(nationalSpecs.length).toBeGreaterThanOrEqual(10);
  });

  it.skipIf(!HAVE_XMLLINT)(
    'writes for every national spec a notice that the SDK XML Schema accepts',
    async () => {
      for (const spec of nationalSpecs) {
        const run = await exportNotice(spec, REPO_ROOT);
        expect(run.code, `${spec}: ${run.stderr}`).toBe(0);
        expect(noticeSchemaErrors(run.out), spec).toBe('');
      }
    },
    240_000,
  );

  it.skipIf(!HAVE_LXML)(
    "puts each business term of the shipped specs at the field's XPath, with the spec's values",
    async () => {
      const specs = shippedSpecs();
      for (const id of nationalSpecs) {
        const spec = specs.get(id)!;
        const notice = chainNotice(specs, id);
        const run = await exportNotice(id, REPO_ROOT, `${id}-readback.xml`);
        expect(run.code, run.stderr).toBe(0);
        const got = readFields(run.out, [
          'BT-702(a)-notice',
          'BT-500-Organization-Company',
          'BT-514-Organization-Company',
          'BT-21-Procedure',
          'BT-24-Procedure',
          'BT-262-Procedure',
          'BT-263-Procedure',
          'BT-21-Lot',
          'BT-262-Lot',
          'BT-539-Lot',
          'BT-734-Lot',
          'BT-540-Lot',
          'BT-5421-Lot',
          'BT-541-Lot-WeightNumber',
          'BT-105-Procedure',
          'BT-23-Procedure',
          'BT-11-Procedure-Buyer',
          'BT-10-Procedure-Buyer',
          'BT-01-notice',
          'OPP-070-notice',
        ]);
        const cpv = (spec.procurement?.cpv ?? []).map(withoutCheckDigit);
        const award = spec.award ?? [];
        // a spec in several languages is noticed in its main one, the first
        const main = Array.isArray(spec.language) ? spec.language[0]! : spec.language!;
        expect(got.get('BT-702(a)-notice'), id).toEqual([languageCode(main)]);
        expect(got.get('BT-500-Organization-Company'), id).toEqual([spec.authority!.name]);
        expect(got.get('BT-514-Organization-Company'), id).toEqual([countryCode(spec.authority!.country!)]);
        expect(got.get('BT-21-Procedure'), id).toEqual([spec.procurement!.title]);
        expect(got.get('BT-24-Procedure'), id).toEqual([spec.title]);
        expect(got.get('BT-262-Procedure'), id).toEqual(cpv.slice(0, 1));
        expect(got.get('BT-263-Procedure'), id).toEqual(cpv.slice(1));
        expect(got.get('BT-21-Lot'), id).toEqual([spec.procurement!.title]);
        expect(got.get('BT-262-Lot'), id).toEqual(cpv.slice(0, 1));
        expect(award.length, id).toBeGreaterThan(0);
        expect(got.get('BT-539-Lot'), id).toEqual(award.map((a) => a.type));
        expect(got.get('BT-734-Lot'), id).toEqual(award.map((a) => a.title));
        got.get('BT-540-Lot')!.forEach((d, i) => expect(d, id).toContain(award[i]!.description ?? award[i]!.title));
        expect(got.get('BT-5421-Lot'), id).toEqual(award.map(() => 'per-exa'));
        expect(got.get('BT-541-Lot-WeightNumber')!.map(Number), id).toEqual(award.map((a) => a.weight));
        expect(got.get('BT-105-Procedure'), id).toEqual([notice['procedure']]);
        expect(got.get('BT-23-Procedure'), id).toEqual([notice['nature']]);
        expect(got.get('BT-11-Procedure-Buyer'), id).toEqual([notice.buyer!['legal_type']]);
        expect(got.get('BT-10-Procedure-Buyer'), id).toEqual([notice.buyer!['activity']]);
        expect(got.get('BT-01-notice'), id).toEqual(['32014L0024']);
        expect(got.get('OPP-070-notice'), id).toEqual(['16']);
      }
    },
    240_000,
  );

  it.skipIf(!HAVE_LXML)('writes only codes of the SDK code lists named by listName and by the field', async () => {
    const files = codeListFiles();
    const checked = new Set<string>();
    for (const spec of ['be', 'cz', 'se']) {
      const run = await exportNotice(spec, REPO_ROOT, `${spec}-codes.xml`);
      expect(run.code, run.stderr).toBe(0);
      const names = readXPaths(run.out, ['//@listName'])
        .get('//@listName')!
        .filter((n, i, all) => all.indexOf(n) === i);
      for (const listName of names) {
        const values = readXPaths(run.out, [`//*[@listName='${listName}']`]).get(`//*[@listName='${listName}']`)!;
        if (listName === 'cpv') {
          // cpv.gc is not in the SDK copy (too large): the form, eight digits, is all that can be checked
          for (const v of values) expect(v).toMatch(/^\d{8}$/);
          continue;
        }
        const file = files.get(listName);
        expect(file, `listName ${listName} names a code list of the SDK`).toBeDefined();
        const codes = genericodeCodes(file!);
        for (const v of values) expect(codes, `${v} in ${file}`).toContain(v);
        checked.add(listName);
      }
      // the notice language has no listName: its field names the code list
      const language = sdkFields().get('BT-702(a)-notice')!.codeList!.value.id;
      const [code] = readFields(run.out, ['BT-702(a)-notice']).get('BT-702(a)-notice')!;
      expect(genericodeCodes(files.get(language)!)).toContain(code);
    }
    expect([...checked].sort()).toEqual(
      expect.arrayContaining([
        'authority-activity',
        'award-criterion-type',
        'buyer-legal-type',
        'contract-nature',
        'country',
        'notice-subtype',
        'number-weight',
        'procurement-procedure-type',
      ]),
    );
  });

  it('says in the file and on stderr which mandatory fields the buyer completes, and writes the same bytes twice', async () => {
    const first = await exportNotice('be', REPO_ROOT, 'be-first.xml');
    const second = await exportNotice('be', REPO_ROOT, 'be-second.xml');
    expect(first.code, first.stderr).toBe(0);
    const xml = await readFile(first.out, 'utf8');
    expect(await readFile(second.out, 'utf8')).toBe(xml);
    const comment = /^<\?xml[^>]*>\n<!--([\s\S]*?)-->/.exec(xml)?.[1];
    expect(comment).toBeDefined();
    const listed = [...comment!.matchAll(/\(((?:BT|OPT|OPP)-\S+)\)$/gm)].map((m) => m[1]);
    // every field fields.json makes mandatory for subtype 16 without a condition is either written or listed
    const mandatory = [...sdkFields().values()]
      .filter((f) =>
        (f.mandatory?.constraints ?? []).some((c) => c.value && !c.condition && c.noticeTypes?.includes('16')),
      )
      .map((f) => f.id);
    const present = HAVE_LXML ? readFields(first.out, mandatory) : new Map<string, string[]>();
    for (const id of mandatory) {
      const written = (present.get(id) ?? []).length > 0;
      if (HAVE_LXML)
        expect(listed.includes(id), `${id}: written ${written}, listed ${listed.includes(id)}`).toBe(!written);
    }
    expect(listed).toContain('BT-05(a)-notice');
    expect(comment!.replace(/\s+/g, ' ')).toContain("such as the buyer's contact telephone (BT-503), e-mail (BT-506)");
    expect(listed).not.toContain('BT-500-Organization-Company');
    for (const id of listed) expect(first.stderr).toContain(`(${id})`);
    expect(first.stdout).toMatch(/be-first\.xml: contract notice \(eForms subtype 16\) for be, \d+ mandatory fields/);
  });
});

function readdirSyncSorted(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
}

describe.skipIf(!HAVE_SDK)('the notice block', () => {
  const copy = fixtureCopies();
  const base = TYPED_BE;

  it.skipIf(!HAVE_LXML || !HAVE_XMLLINT)(
    'fills the procedure type, buyer, lots, dates and addresses, inherited and overridden along the chain',
    async () => {
      const root = await copy('basic', FULL_NOTICE);
      const run = await exportNotice('be', root, 'be-full.xml');
      expect(run.code, run.stderr).toBe(0);
      expect(noticeSchemaErrors(run.out)).toBe('');
      const got = readFields(run.out, [
        'BT-105-Procedure',
        'BT-23-Procedure',
        'BT-23-Lot',
        'BT-24-Procedure',
        'BT-11-Procedure-Buyer',
        'BT-10-Procedure-Buyer',
        'BT-501-Organization-Company',
        'BT-513-Organization-Company',
        'BT-514-Organization-Company',
        'BT-15-Lot',
        'BT-14-Lot',
        'BT-18-Lot',
        'BT-131(d)-Lot',
        'BT-131(t)-Lot',
        'BT-137-Lot',
        'BT-21-Lot',
        'BT-24-Lot',
        'BT-262-Lot',
        'BT-262-Procedure',
        'BT-540-Lot',
        'BT-539-Lot',
        'BT-512-Organization-Company',
        'BT-503-Organization-Company',
        'BT-506-Organization-Company',
        'BT-36-Lot',
        'BT-98-Lot',
      ]);
      expect(got.get('BT-105-Procedure')).toEqual(['open']);
      expect(got.get('BT-23-Procedure')).toEqual(['supplies']);
      expect(got.get('BT-23-Lot')).toEqual(['supplies', 'supplies']);
      expect(got.get('BT-24-Procedure')).toEqual(['Koppelingsplatform & beheer']);
      expect(got.get('BT-11-Procedure-Buyer')).toEqual(['body-pl']);
      expect(got.get('BT-10-Procedure-Buyer')).toEqual(['pub-os']);
      expect(got.get('BT-501-Organization-Company')).toEqual(['0123.456.789']);
      expect(got.get('BT-513-Organization-Company')).toEqual(['Brussel']);
      expect(got.get('BT-514-Organization-Company')).toEqual(['BEL']);
      const documents = 'https://tenders.example.eu/documents?id=1&lang=nl';
      expect(got.get('BT-15-Lot')).toEqual([documents, documents]);
      expect(got.get('BT-14-Lot')).toEqual(['non-restricted-document', 'non-restricted-document']);
      expect(got.get('BT-18-Lot')).toEqual(['https://tenders.example.be/submit', 'https://tenders.example.be/submit']);
      expect(got.get('BT-131(d)-Lot')).toEqual(['2027-03-15+01:00', '2027-03-15+01:00']);
      expect(got.get('BT-131(t)-Lot')).toEqual(['12:00:00+01:00', '12:00:00+01:00']);
      expect(got.get('BT-137-Lot')).toEqual(['LOT-0001', 'LOT-0002']);
      expect(got.get('BT-21-Lot')).toEqual(['Platform', 'Support']);
      expect(got.get('BT-24-Lot')).toEqual(['Platform', 'Maintenance and support']);
      expect(got.get('BT-262-Lot')).toEqual(['48000000', '35710000']);
      expect(got.get('BT-262-Procedure')).toEqual(['35710000']);
      expect(got.get('BT-539-Lot')).toEqual(['quality', 'quality', 'price', 'quality', 'quality', 'price']);
      expect(got.get('BT-540-Lot')).toContain('Beyond the baseline & <more>');
      expect(got.get('BT-512-Organization-Company')).toEqual(['1000']);
      expect(got.get('BT-503-Organization-Company')).toEqual(['+32 2 642 60 00']);
      expect(got.get('BT-506-Organization-Company')).toEqual(['tenders@example.eu']);
      expect(got.get('BT-36-Lot')).toEqual(['96', '96']);
      expect(got.get('BT-98-Lot')).toEqual(['6', '6']);
      const units = readXPaths(run.out, ['//cbc:DurationMeasure/@unitCode']).get('//cbc:DurationMeasure/@unitCode');
      expect(units).toEqual(['MONTH', 'MONTH', 'MONTH', 'MONTH']);
      expect(genericodeCodes(codeListFiles().get('duration-unit')!)).toContain('MONTH');
      const listed = await readFile(run.out, 'utf8');
      expect(listed).not.toMatch(/\(BT-105-Procedure\)|\(BT-15-Lot\)|\(BT-501-Organization-Company\)/);
      // the fields that become mandatory with others are named only while the notice lacks them
      expect(listed.replace(/\s+/g, ' ')).toContain('NUTS region (BT-507)');
      expect(listed).not.toMatch(/\(BT-503\)|\(BT-506\)|\(BT-512\)|\(BT-36\)|\(BT-98\)|\(BT-18\)/);
    },
    60_000,
  );

  it.skipIf(!HAVE_LXML || !HAVE_XMLLINT)(
    'writes the deadline of a two-stage procedure as the one for requests to participate',
    async () => {
      const root = await copy('basic', {
        ...FULL_NOTICE,
        'specs/eu-baseline.yaml': FULL_NOTICE['specs/eu-baseline.yaml']!.replace(
          'procedure: open',
          'procedure: restricted',
        ),
      });
      const run = await exportNotice('be', root, 'be-restricted.xml');
      expect(run.code, run.stderr).toBe(0);
      expect(noticeSchemaErrors(run.out)).toBe('');
      const got = readFields(run.out, ['BT-105-Procedure', 'BT-1311(d)-Lot', 'BT-1311(t)-Lot', 'BT-131(d)-Lot']);
      expect(got.get('BT-105-Procedure')).toEqual(['restricted']);
      expect(got.get('BT-1311(d)-Lot')).toEqual(['2027-03-15+01:00', '2027-03-15+01:00']);
      expect(got.get('BT-1311(t)-Lot')).toEqual(['12:00:00+01:00', '12:00:00+01:00']);
      expect(got.get('BT-131(d)-Lot')).toEqual([]);
    },
    60_000,
  );

  it('reports a code outside the SDK code lists at its position, in a spec and in tenderkit.yaml', async () => {
    const root = await copy('basic', {
      'specs/be.yaml': `${base}notice:\n  procedure: opne\n  buyer: { activity: police }\n`,
      'tenderkit.yaml': `${readFileSync(path.join(REPO_ROOT, 'test/fixtures/basic/tenderkit.yaml'), 'utf8')}notice:\n  nature: goods\n`,
    });
    const lines = base.split('\n').length;
    const run = await runCli(['validate', '--root', root]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(`specs/be\\.yaml:${lines + 1}:14: error notice\\.procedure must be one of "comp-dial", .*"open"`),
    );
    expect(run.stderr).toMatch(
      new RegExp(`specs/be\\.yaml:${lines + 2}:22: error notice\\.buyer\\.activity must be one of .*"pub-os"`),
    );
    expect(run.stderr).toMatch(
      /tenderkit\.yaml:\d+:11: error notice\.nature must be one of "services", "supplies", "works"/,
    );
  });

  it('refuses award weights that do not sum to 100 and an unknown or missing criterion type, at their position', async () => {
    const weights = await copy('basic', {
      'specs/be.yaml': base.replace('weight: 30, type: price', 'weight: 25, type: price'),
    });
    const out = path.join(tmp, 'refused.xml');
    let run = await runCli(['export', 'eforms', 'be', '--out', out, '--root', weights]);
    expect(run.code).toBe(1);
    const awardLine = base.split('\n').findIndex((l) => l.startsWith('award:')) + 1;
    expect(run.stderr).toContain(`specs/be.yaml:${awardLine}:1: error the award weights sum to 95, not 100`);
    expect(existsSync(out)).toBe(false);

    const unknownType = base.replace('type: price', 'type: lowest-price');
    const type = await copy('basic', { 'specs/be.yaml': unknownType });
    run = await runCli(['export', 'eforms', 'be', '--out', out, '--root', type]);
    expect(run.code).toBe(1);
    const priceLine = unknownType.split('\n').findIndex((l) => l.includes('lowest-price')) + 1;
    const column = unknownType.split('\n')[priceLine - 1]!.indexOf('lowest-price') + 1;
    expect(run.stderr).toMatch(
      new RegExp(
        `specs/be\\.yaml:${priceLine}:${column}: error award\\[2\\]\\.type must be one of "quality", "price", "cost"`,
      ),
    );
    expect(existsSync(out)).toBe(false);

    const missing = await copy('basic');
    run = await runCli(['export', 'eforms', 'be', '--out', out, '--root', missing]);
    expect(run.code).toBe(1);
    const securityLine =
      readFileSync(path.join(missing, 'specs/be.yaml'), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('id: security')) + 1;
    expect(run.stderr).toContain(
      `specs/be.yaml:${securityLine}:5: error award criterion "security" has no type: the notice states one (BT-539)`,
    );
    expect(run.stderr).toContain('nothing was written');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an open procedure under 2009/81/EC, a language that is not an official EU language, and a wrong --out', async () => {
    const regime = await copy('basic', { 'specs/be.yaml': `${base}regime: 2009/81/EC\nnotice:\n  procedure: open\n` });
    const out = path.join(tmp, 'refused-regime.xml');
    let run = await runCli(['export', 'eforms', 'be', '--out', out, '--root', regime]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /specs\/be\.yaml:\d+:\d+: error the procedure "open" is not one of Directive 2009\/81\/EC/,
    );

    const language = await copy('basic', { 'specs/be.yaml': base.replace('language: nl', 'language: no') });
    run = await runCli(['export', 'eforms', 'be', '--out', out, '--root', language]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/specs\/be\.yaml:4:11: error the notice language "no" is not an official language/);
    expect(existsSync(out)).toBe(false);

    run = await runCli(['export', 'eforms', 'be', '--out', path.join(tmp, 'be.txt'), '--root', regime]);
    expect(run.code).toBe(2);
    run = await runCli(['export', 'eforms', 'nope', '--out', out, '--root', regime]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown spec|no spec/i);
  });
});
