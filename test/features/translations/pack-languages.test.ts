import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESOLVE_AND_CHECK } from '../../../src/check/pipeline-steps.js';
import { loadWorkspace } from '../../../src/load/load-workspace.js';
import { buildPacks } from '../../../src/features/build/build-packs.js';
import { packTextGaps } from '../../../src/features/translations/pack-text-gaps.js';
import { translationsReport } from '../../../src/features/translations/translations-report.js';
import { translationWarnings } from '../../../src/features/translations/translation-warnings.js';
import { annexSourceHash } from '../../../src/load/annex/annex-translation.js';
import { sourceHash } from '../../../src/load/translation/source-hash.js';
import { canUse } from '../../support/outside-tools.js';

/**
 * A workspace of one requirement (with a reference and an enumerated value), a baseline with a Markdown annex and a
 * bilingual national spec whose own texts are given per language (DESIGN 2.5). `complete` adds every text the
 * German pack needs; without it the German texts are missing.
 */
function write(root: string, complete: boolean): void {
  const file = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  };
  file('tenderkit.yaml', 'domains:\n  - { id: interconnection, prefix: INT, title: Interconnection }\n');
  const requirement = {
    title: 'Incident exchange',
    statement: 'The system shall exchange incidents classified {{level}}.',
    sections: [{ heading: 'Rationale', markdown: 'Peers share one picture.' }],
  };
  file(
    'requirements/INT-001.md',
    `---
id: INT-001
title: ${requirement.title}
domain: interconnection
obligation: mandatory
verification: [test]
status: approved
references:
  - { id: "ISO/TR 22351:2015", title: Emergency management - Message structure, equivalent: true }
parameters:
  level: { type: enum, values: [restricted, confidential], default: confidential }
---
${requirement.statement}

## Rationale

${requirement.sections[0]!.markdown}
`,
  );
  const hash = sourceHash({ ...requirement, statement: { markdown: requirement.statement } });
  const translation = (lang: string, title: string, statement: string, rationale: string, extra: string) =>
    file(
      `requirements/INT-001.${lang}.md`,
      `---\nid: INT-001\nlang: ${lang}\ntitle: ${title}\nsource: "${hash}"\nstate: reviewed\n${extra}---\n${statement}\n\n## ${rationale}\n\nLes centres partagent une image.\n`,
    );
  translation(
    'fr',
    'Échange d’incidents',
    'Le système doit échanger les incidents classifiés {{level}}.',
    'Justification',
    'references: { "ISO/TR 22351:2015": Gestion des urgences - Structure des messages }\nvalues: { level: { restricted: restreint } }\n',
  );
  if (complete)
    translation(
      'de',
      'Austausch von Einsätzen',
      'Das System muss Einsätze der Stufe {{level}} austauschen.',
      'Begründung',
      'references: { "ISO/TR 22351:2015": Notfallmanagement - Nachrichtenstruktur }\n',
    );
  // the enumerated value's German word from the labels, for every requirement that has it
  file('labels/fr.yaml', 'domains: { interconnection: Interconnexion }\n');
  file(
    'labels/de.yaml',
    complete ? 'domains: { interconnection: Vernetzung }\nenum: { restricted: VS-NfD }\n' : 'units: {}\n',
  );
  const annex = '# Interface control document\n\nThe interface prevails.\n';
  file('annexes/icd.md', annex);
  file(
    'annexes/icd.fr.md',
    `---\nlang: fr\nsource: "${annexSourceHash(annex)}"\n---\n# Document de contrôle\n\nL’interface prévaut.\n`,
  );
  if (complete)
    file(
      'annexes/icd.de.md',
      `---\nlang: de\nsource: "${annexSourceHash(annex)}"\nstate: final\n---\n# Schnittstellendokument\n\nDie Schnittstelle ist maßgebend.\n`,
    );
  file(
    'specs/base.yaml',
    `id: base
title: Baseline
select: { domains: [interconnection] }
annexes:
  - { path: annexes/icd.md, title: ${complete ? '{ en: Interface control document, fr: Document de contrôle des interfaces, de: Schnittstellendokument }' : '{ en: Interface control document, fr: Document de contrôle des interfaces }'} }
`,
  );
  file(
    'specs/ch.yaml',
    `id: ch
extends: base
language: [fr, de]
translations: required
title: { fr: Police fédérale - interconnexion${complete ? ', de: Bundespolizei - Vernetzung' : ''} }
authority: { name: { fr: Office fédéral de la police${complete ? ', de: Bundesamt für Polizei' : ''} }, country: CH }
procurement: { title: { fr: Plateforme d'interconnexion${complete ? ', de: Vernetzungsplattform' : ''} }, reference: CH-1 }
deviations:
  - requirement: INT-001
    set: { parameters: { level: restricted } }
    justification: { fr: Le niveau national suffit.${complete ? ', de: Die nationale Stufe genügt.' : ''} }
award:
  - { id: quality, title: { fr: Qualité${complete ? ', de: Qualität' : ''} }, type: quality, weight: 60, requirements: [INT-001] }
  - { id: price, title: { fr: Prix${complete ? ', de: Preis' : ''} }, type: price, weight: 40 }
`,
  );
}

describe('a pack in every language of its spec (DESIGN 2.5)', () => {
  let incomplete: string;
  let complete: string;
  beforeAll(() => {
    incomplete = mkdtempSync(path.join(tmpdir(), 'tk-lang-'));
    complete = mkdtempSync(path.join(tmpdir(), 'tk-lang-'));
    write(incomplete, false);
    write(complete, true);
  });
  afterAll(() => {
    rmSync(incomplete, { recursive: true, force: true });
    rmSync(complete, { recursive: true, force: true });
  });

  it('counts every text the German pack lacks: requirement, reference title, value, spec texts, annex', async () => {
    const ws = await loadWorkspace(incomplete, {}, RESOLVE_AND_CHECK);
    expect(ws.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const ch = ws.resolution.resolved.get('ch')!;
    const de = packTextGaps(ws, ch, 'de');
    expect(de.missing).toEqual(['INT-001']);
    expect(de.references).toEqual(['INT-001: ISO/TR 22351:2015']);
    expect(de.values).toEqual(['INT-001: level = restricted']);
    expect(de.specTexts.sort()).toEqual(
      [
        'specs/base.yaml: annexes.0.title',
        'specs/ch.yaml: title',
        'specs/ch.yaml: authority.name',
        'specs/ch.yaml: procurement.title',
        'specs/ch.yaml: deviations.0.justification',
        'specs/ch.yaml: award.0.title',
        'specs/ch.yaml: award.1.title',
      ].sort(),
    );
    expect(de.annexes).toEqual([
      {
        annex: 'annexes/icd.md',
        path: 'annexes/icd.de.md',
        status: 'missing',
        source: expect.stringMatching(/^[0-9a-f]{16}$/),
      },
    ]);
    expect(de.labels).toEqual(['domains.interconnection']);
    const fr = packTextGaps(ws, ch, 'fr');
    expect([fr.missing, fr.references, fr.values, fr.specTexts, fr.annexes]).toEqual([[], [], [], [], []]);
  });

  it('makes validate report an error for a spec with "translations: required", and build refuse it', async () => {
    const ws = await loadWorkspace(incomplete, {}, RESOLVE_AND_CHECK);
    const findings = translationWarnings(ws);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', rule: 'translations', file: 'specs/ch.yaml', line: 3 });
    expect(findings[0]!.message).toMatch(/German \(de\).*translations: required/);
    const out = path.join(incomplete, 'out');
    const result = await buildPacks({ root: incomplete, specs: ['ch'], outDir: out });
    expect(result.kind).toBe('invalid');
    expect(() => readFileSync(path.join(out, 'ch', 'manifest.json'))).toThrow();
  });

  it('counts the states of the translation files', async () => {
    const ws = await loadWorkspace(complete, {}, RESOLVE_AND_CHECK);
    const report = translationsReport(ws);
    const fr = report.languages.find((l) => l.lang === 'fr')!;
    expect(fr.catalogue.states).toEqual({ translated: 0, reviewed: 1, final: 0 });
    const de = report.languages.find((l) => l.lang === 'de')!;
    expect(de.specs).toEqual([expect.objectContaining({ spec: 'ch', complete: true, missing: [], annexes: [] })]);
    expect(translationWarnings(ws)).toEqual([]);
  });

  it('writes the German documents and annex in German, as pandoc reads them', async () => {
    const out = path.join(complete, 'out');
    const result = await buildPacks({ root: complete, specs: ['ch'], outDir: out, formats: ['md', 'docx'] });
    expect(result.kind, JSON.stringify(result)).toBe('ok');
    const md = readFileSync(path.join(out, 'ch', 'tender-specification.de.md'), 'utf8');
    for (const text of [
      'Bundespolizei - Vernetzung',
      'Bundesamt für Polizei',
      'Vernetzungsplattform',
      'Qualität',
      'Schnittstellendokument',
      'VS-NfD',
      'Notfallmanagement - Nachrichtenstruktur',
    ])
      expect(md).toContain(text);
    for (const text of ['Police fédérale', 'Qualité', 'restreint', 'Interface control document'])
      expect(md).not.toContain(text);
    expect(md).toContain('annexes/icd.de.docx');
    const fr = readFileSync(path.join(out, 'ch', 'tender-specification.md'), 'utf8');
    expect(fr).toContain('Police fédérale - interconnexion');
    expect(fr).toContain('restreint');
    expect(readFileSync(path.join(out, 'ch', 'annexes', 'icd.de.md'), 'utf8')).toBe(
      '# Schnittstellendokument\n\nDie Schnittstelle ist maßgebend.\n',
    );
    if (!canUse('pandoc', 'reading the German annex')) return;
    const annex = execFileSync(
      'pandoc',
      ['-f', 'docx', '-t', 'plain', path.join(out, 'ch', 'annexes', 'icd.de.docx')],
      {
        encoding: 'utf8',
      },
    );
    expect(annex).toContain('Die Schnittstelle ist maßgebend.');
    const document = execFileSync(
      'pandoc',
      ['-f', 'docx', '-t', 'plain', path.join(out, 'ch', 'tender-specification.de.docx')],
      {
        encoding: 'utf8',
      },
    );
    expect(document).toContain('Bundespolizei - Vernetzung');
    expect(document).not.toContain('Police fédérale');
  });
});
