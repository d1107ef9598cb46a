import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_LANGUAGES } from '../../../src/load/frame/label-sets/index.js';
import { runCli } from '../../support/cli.js';
import { SHIPPED, shippedCopy } from '../../support/shipped.js';

/** The notes a document puts before a text shown in English, in every language tenderkit has words for. */
const NOTES = [...BUILT_IN_LANGUAGES.values()].flatMap((l) => [l.labels.fallback.missing, l.labels.fallback.stale]);

describe.skipIf(!SHIPPED)('a spec with several languages', () => {
  let copy: ReturnType<typeof shippedCopy>;
  let out: string;
  let stderr: string;
  beforeAll(async () => {
    copy = shippedCopy();
    out = path.join(copy.root, 'out');
    const run = await runCli(['build', 'be', 'nl', 'lu', 'at', '--root', copy.root, '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    stderr = run.stderr;
  }, 120_000);
  afterAll(() => copy.dispose());

  it('writes the document, the form and the deviations in each language, the others under <name>.<lang>.<ext>', () => {
    const be = readdirSync(path.join(out, 'be')).sort();
    expect(be).toEqual(
      [
        'annexes',
        'compliance-matrix.csv',
        'compliance-matrix.fr.csv',
        'compliance-matrix.de.csv',
        'compliance-matrix.xlsx',
        'compliance-matrix.fr.xlsx',
        'compliance-matrix.de.xlsx',
        'deviations.json',
        'deviations.md',
        'deviations.docx',
        'deviations.fr.md',
        'deviations.fr.docx',
        'deviations.de.md',
        'deviations.de.docx',
        'manifest.json',
        'tender-specification.md',
        'tender-specification.docx',
        'tender-specification.fr.md',
        'tender-specification.fr.docx',
        'tender-specification.de.md',
        'tender-specification.de.docx',
      ].sort(),
    );
    const lu = readdirSync(path.join(out, 'lu'));
    expect(lu).toContain('tender-specification.de.docx');
    expect(lu.some((f) => f.includes('.fr.'))).toBe(false);
    expect(readdirSync(path.join(out, 'nl')).some((f) => /\.[a-z]{2}\.[a-z]+$/.test(f))).toBe(false);
  });

  it('writes each document in its language, with no text left in English for want of a translation', () => {
    const documents: Array<[string, string, string]> = [
      ['be', 'tender-specification.md', '| Taal | Nederlands (nl) |'],
      ['be', 'tender-specification.fr.md', '| Langue | français (fr) |'],
      ['be', 'tender-specification.de.md', '| Sprache | Deutsch (de) |'],
      ['nl', 'tender-specification.md', '| Taal | Nederlands (nl) |'],
      ['lu', 'tender-specification.md', '| Langue | français (fr) |'],
      ['lu', 'tender-specification.de.md', '| Sprache | Deutsch (de) |'],
      ['at', 'tender-specification.md', '| Sprache | Deutsch (de) |'],
    ];
    for (const [spec, file, cover] of documents) {
      const md = readFileSync(path.join(out, spec, file), 'utf8').replace(/\\([[\]])/g, '$1');
      expect(md, `${spec}/${file}`).toContain(cover);
      for (const note of NOTES) expect(md.includes(note), `${spec}/${file}: ${note}`).toBe(false);
    }
    expect(stderr).not.toMatch(/translation-(missing|stale)/);
  });

  it('lists every file of every language in the manifest, and verify checks them', async () => {
    const manifest = JSON.parse(readFileSync(path.join(out, 'be', 'manifest.json'), 'utf8')) as {
      languages: string[];
      outputs: Array<{ path: string }>;
    };
    expect(manifest.languages).toEqual(['nl', 'fr', 'de']);
    // an annex folder (the interface package) keeps its tree: every file below annexes/ is an output
    const annexes = readdirSync(path.join(out, 'be', 'annexes'), { recursive: true, encoding: 'utf8' })
      .filter((f) => statSync(path.join(out, 'be', 'annexes', f)).isFile())
      .map((f) => `annexes/${f.split(path.sep).join('/')}`);
    expect(manifest.outputs.map((o) => o.path).sort()).toEqual(
      [...readdirSync(path.join(out, 'be')).filter((f) => f !== 'manifest.json' && f !== 'annexes'), ...annexes].sort(),
    );
    expect((await runCli(['verify', path.join(out, 'be')])).code).toBe(0);
    const french = path.join(out, 'be', 'tender-specification.fr.md');
    const text = readFileSync(french);
    writeFileSync(french, 'edited');
    const changed = await runCli(['verify', path.join(out, 'be')]);
    writeFileSync(french, text);
    expect(changed.code).toBe(1);
    expect(changed.stdout + changed.stderr).toContain('tender-specification.fr.md');
  });

  it('writes the main language as a spec with that one language would, and a further one as a spec in it would', async () => {
    const spec = path.join(copy.root, 'specs', 'national', 'be.yaml');
    const original = readFileSync(spec, 'utf8');
    const single = path.join(copy.root, 'single');
    const read = (dir: string, file: string) => readFileSync(path.join(dir, 'be', file));
    try {
      for (const [language, suffix] of [
        ['nl', ''],
        ['fr', '.fr'],
      ] as const) {
        writeFileSync(spec, original.replace('language: [nl, fr, de]', `language: ${language}`));
        const run = await runCli(['build', 'be', '--root', copy.root, '--out', single, '--force']);
        expect(run.code, run.stderr).toBe(0);
        for (const file of ['tender-specification.md', 'tender-specification.docx', 'compliance-matrix.xlsx']) {
          const named = file.replace(/(\.[a-z]+)$/, `${suffix}$1`);
          // a Word file and the response form name the fingerprint of the spec they were made from, whose language line
          // differs here; a further language's document links the annexes in its language (annexes/icd.fr.md), a main one icd.md
          expect(withoutIdentity(read(out, named), suffix), `${named} against ${language}`).toEqual(
            withoutIdentity(read(single, file), ''),
          );
        }
      }
    } finally {
      writeFileSync(spec, original);
    }
  }, 120_000);
});

/**
 * An Office file's parts as text, the custom document properties (the document's identity) left out, and the
 * language suffix of the annex files it links (`annexes/icd.fr.docx`) taken out.
 */
function withoutIdentity(bytes: Buffer, suffix: string): Record<string, string> | string {
  const plain = (text: string) =>
    suffix === ''
      ? text
      : text.replace(/(annexes\/[^"<>()\s]*?)\.fr\.(md|docx)/g, (_, name: string, ext: string) => `${name}.${ext}`);
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return plain(bytes.toString('utf8'));
  const parts = unzipSync(new Uint8Array(bytes));
  delete parts['docProps/custom.xml'];
  // the response form's cover sheet shows the same fingerprint as a cell
  const unsigned = (text: string) => text.replace(/<t>[0-9a-f]{16}<\/t>/g, '<t>fingerprint</t>');
  return Object.fromEntries(Object.entries(parts).map(([name, part]) => [name, unsigned(plain(strFromU8(part)))]));
}
