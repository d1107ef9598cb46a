import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EN } from '../../../src/load/frame/labels.js';
import { substituteInText } from '../../../src/document/substitute-parameters.js';
import type { Workspace } from '../../../src/load/workspace.js';
import type { Resolution } from '../../../src/resolve/resolve.js';
import { renderRedline } from '../../../src/features/diff/render-redline.js';
import type { ResolvedSpec } from '../../../src/resolve/resolved.js';
import { canUse } from '../../support/outside-tools.js';
import { diffOf, loadVariants, VARIANTS } from './support.js';

const PANDOC = canUse('pandoc', 'reading the redlines back');

const DATE = new Date(Date.UTC(2027, 2, 1));
let dir: string;
let ws: Workspace<Resolution>;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-redline-'));
  ws = await loadVariants();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function redline(variant: string, against?: string): Promise<{ file: string; bytes: Uint8Array }> {
  const bytes = await renderRedline(diffOf(ws, variant, against), { date: DATE, domains: ws.catalogue.config.domains });
  const file = path.join(dir, `${variant}-${against ?? 'root'}.docx`);
  await writeFile(file, bytes);
  return { file, bytes };
}

/** The paragraphs pandoc reads with all changes accepted or rejected, from the first chapter on. */
function pandocText(file: string, mode: 'accept' | 'reject'): string[] {
  const out = execFileSync('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', `--track-changes=${mode}`, file], {
    encoding: 'utf8',
  });
  const lines = out.split('\n').map(tidy).filter(Boolean);
  return lines.slice(lines.indexOf(ws.catalogue.config.domains[0]!.title));
}

/**
 * Spaces as compared: runs collapse, and none before punctuation. pandoc joins the two paragraphs of a deleted
 * paragraph mark with a space (Word does not), so "supply , and" and "supply, and" are the same text here.
 */
function tidy(line: string): string {
  return line
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/ ([,.;:])/g, '$1')
    .trim();
}

/** A spec's requirement texts as the tender reads them, built from the resolution without the renderer's code. */
function expectedText(resolved: ResolvedSpec): string[] {
  const out: string[] = [];
  for (const domain of ws.catalogue.config.domains) {
    const members = resolved.requirements.filter((r) => r.source.domain === domain.id);
    if (members.length === 0) continue;
    out.push(domain.title);
    for (const r of members) {
      const fill = (text: string) => substituteInText(text, r.parameters, r.source.parameters);
      out.push(`${r.id} ${fill(r.title)}`);
      out.push(
        `Obligation: ${EN.obligation[r.obligation]} Verification: ${r.verification.map((v) => EN.verification[v]).join(', ')}`,
      );
      out.push(...r.statement.markdown.split(/\n\s*\n/).map((p) => fill(p)));
      for (const s of r.source.sections.filter((x) => x.markdown.trim())) {
        out.push(EN.sections[s.key] ?? s.heading);
        out.push(
          ...s.markdown
            .trim()
            .split(/\n(?=- )|\n\s*\n/)
            .map((p) => fill(p.replace(/^- /, '\u2022 '))),
        );
      }
    }
  }
  return out.map(tidy);
}

describe('the Word redline', () => {
  it.runIf(PANDOC).each([
    ['be', 'its root'],
    ['lu', 'its root'],
    ['benelux', 'its root'],
    ['lu', 'be'],
  ])(
    'of %s against %s gives the baseline when all changes are rejected and the variant when all are accepted',
    async (variant, other) => {
      const against = other === 'its root' ? undefined : other;
      const { file } = await redline(variant, against);
      const v = ws.resolution.resolved.get(variant)!;
      const b = ws.resolution.resolved.get(against ?? v.chain[0]!.id)!;
      expect(pandocText(file, 'reject')).toEqual(expectedText(b));
      expect(pandocText(file, 'accept')).toEqual(expectedText(v));
    },
  );

  it('marks every difference as w:ins or w:del authored by the spec that declared it', async () => {
    const { bytes } = await redline('be');
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    const changes = [...xml.matchAll(/<w:(ins|del) w:id="(\d+)" w:author="([^"]*)" w:date="([^"]*)"/g)].map((m) => ({
      kind: m[1],
      id: m[2],
      author: m[3],
      date: m[4],
    }));
    expect(new Set(changes.map((c) => c.author))).toEqual(new Set(['be', 'benelux']));
    expect(new Set(changes.map((c) => c.date))).toEqual(new Set(['2027-03-01T00:00:00Z']));
    expect(new Set(changes.map((c) => c.id)).size).toBe(changes.length);
    // the parameter value is substituted: "5 s" becomes "3 s", by be
    expect(xml).toMatch(
      /<w:del w:id="\d+" w:author="be"[^>]*><w:r><w:delText xml:space="preserve">5\u00a0s<\/w:delText><\/w:r><\/w:del><w:ins w:id="\d+" w:author="be"[^>]*><w:r><w:t xml:space="preserve">3\u00a0s<\/w:t>/,
    );
    // the obligation wording changed by benelux
    expect(xml).toMatch(
      /<w:del w:id="\d+" w:author="benelux"[^>]*><w:r><w:delText xml:space="preserve">Recommended<\/w:delText>/,
    );
    // removed and added requirements are deleted and inserted paragraphs, marks included
    expect(xml).toMatch(
      /<w:pPr><w:pStyle w:val="Heading2"\/><w:rPr><w:del w:id="\d+" w:author="be"[^>]*\/><\/w:rPr><\/w:pPr><w:bookmarkStart [^>]*\/><w:del [^>]*><w:r><w:delText xml:space="preserve">EUS-002 Source code escrow/,
    );
    expect(xml).toMatch(
      /<w:pPr><w:pStyle w:val="Heading2"\/><w:rPr><w:ins w:id="\d+" w:author="be"[^>]*\/><\/w:rPr><\/w:pPr><w:bookmarkStart [^>]*\/><w:ins [^>]*><w:r><w:t xml:space="preserve">BE-INT-001 Operator interface/,
    );
    const settings = strFromU8(unzipSync(bytes)['word/settings.xml']!);
    expect(settings).toContain('<w:trackRevisions/>');
  });

  it('is reproducible: the same diff and date give the same bytes', async () => {
    const first = await redline('lu');
    const second = await redline('lu');
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    const core = strFromU8(unzipSync(first.bytes)['docProps/core.xml']!);
    expect(core).toContain('2027-03-01T00:00:00Z');
  });

  it('has no tracked change for a spec against itself', async () => {
    const { bytes } = await redline('be', 'be');
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(xml).not.toMatch(/<w:(ins|del) /);
  });
});

describe('the Word redline of a text in Greek', () => {
  it.runIf(PANDOC)('changes whole Greek words, and reads back as both texts', async () => {
    const { workspaceFrom } = await import('../../support/workspace.js');
    const config = (await import('node:fs/promises')).readFile(path.join(VARIANTS, 'tenderkit.yaml'), 'utf8');
    const tmp = await workspaceFrom('variants-basic', {
      // the modal-verb rule has no Greek word list
      'tenderkit.yaml': `${await config}rules:\n  modal-verb: off\n`,
      'requirements/interconnection/INT-004.md': [
        '---',
        'id: INT-004',
        'title: Ανταλλαγή μηνυμάτων',
        'domain: interconnection',
        'obligation: recommended',
        'verification: [test]',
        'status: approved',
        '---',
        'Το σύστημα πρέπει να παραδίδει τα μηνύματα συμβάντων στα συνδεδεμένα κέντρα.',
        '',
      ].join('\n'),
      'specs/national/lu.yaml': [
        'id: lu',
        'title: LU',
        'extends: benelux',
        'deviations:',
        '  - requirement: INT-004',
        '    set: { statement: "Το σύστημα πρέπει να παραδίδει αμέσως τα μηνύματα συμβάντων σε όλα τα συνδεδεμένα κέντρα." }',
        '    justification: Άμεση παράδοση.',
        '',
      ].join('\n'),
    });
    try {
      const loaded = await loadVariants(tmp.root);
      const diff = diffOf(loaded, 'lu', 'benelux');
      const bytes = await renderRedline(diff, { date: DATE, domains: loaded.catalogue.config.domains });
      const file = path.join(dir, 'greek.docx');
      await writeFile(file, bytes);
      const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
      const inserted = [...xml.matchAll(/<w:ins [^>]*><w:r><w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) =>
        m[1]!.trim(),
      );
      const deleted = [...xml.matchAll(/<w:delText xml:space="preserve">([^<]*)<\/w:delText>/g)].map((m) =>
        m[1]!.trim(),
      );
      expect(inserted).toEqual(['αμέσως', 'σε όλα τα']);
      expect(deleted).toEqual(['στα']);
      const read = (mode: string) =>
        execFileSync('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', `--track-changes=${mode}`, file], {
          encoding: 'utf8',
        });
      expect(read('reject')).toContain('Το σύστημα πρέπει να παραδίδει τα μηνύματα συμβάντων στα συνδεδεμένα κέντρα.');
      expect(read('accept')).toContain(
        'Το σύστημα πρέπει να παραδίδει αμέσως τα μηνύματα συμβάντων σε όλα τα συνδεδεμένα κέντρα.',
      );
    } finally {
      await tmp.dispose();
    }
  });
});
