import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/load/requirement/markdown-parser.js';
import { findPlaceholders } from '../../../src/load/requirement/placeholders.js';
import { parseRequirement } from '../../../src/load/requirement/parse-requirement.js';
import { parseTranslation } from '../../../src/load/translation/parse-translation.js';
import { sourceHash } from '../../../src/load/translation/source-hash.js';
import { runCli } from '../../support/cli.js';
import { canUse, SHARED } from '../../support/outside-tools.js';
import { source } from '../../support/source.js';
import { workspaceFrom } from '../../support/workspace.js';
import { xliffProblems } from './xliff-structure.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/** Every segment's source copied into a target: a "translation" that must come back as the source text. */
function copySourcesToTargets(xml: string): string {
  return xml.replace(
    /(<segment id="s\d+">\n\s*<source>([\s\S]*?)<\/source>)(\n\s*<\/segment>)/g,
    '$1<target>$2</target>$3',
  );
}

const SCHEMA_READY = canUse('xmllint', 'the XLIFF schema checks') && canUse('shared', 'the XLIFF schema checks');
const XLIFF_SCHEMA = path.join(SHARED, 'xliff', 'all.xsd');

/** xmllint against the XLIFF 2.0 core with its metadata and glossary modules: '' when valid, else its complaint. */
function xliffSchemaErrors(file: string): string {
  if (!SCHEMA_READY) return '';
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', XLIFF_SCHEMA, file], { encoding: 'utf8' });
  return run.status === 0 ? '' : run.stderr;
}

/**
 * A text's Markdown as a tree, for comparing meaning rather than spelling (`*a*` and `_a_` are one thing; a soft
 * line break inside a paragraph is a space, and segments join wrapped lines).
 */
function tree(markdown: string): unknown {
  return JSON.parse(
    JSON.stringify(parseMarkdown(markdown), (k, v: unknown) =>
      k === 'position' ? undefined : k === 'value' && typeof v === 'string' ? v.replace(/\s*\n\s*/g, ' ') : v,
    ),
  );
}

async function exportImport(
  root: string,
  lang: string,
  edit: (xml: string) => string,
): Promise<{ xml: string; importRun: Awaited<ReturnType<typeof runCli>> }> {
  const file = path.join(root, `out-${lang}.xlf`);
  const exported = await runCli(['export', 'xliff', '--lang', lang, '--out', file, '--root', root]);
  expect(exported.stderr).toBe('');
  expect(exported.code).toBe(0);
  expect(xliffSchemaErrors(file)).toBe('');
  const xml = edit(await readFile(file, 'utf8'));
  await writeFile(file, xml);
  return { xml, importRun: await runCli(['import', 'xliff', file, '--root', root]) };
}

describe('export xliff', () => {
  it('writes XLIFF 2.0 that is well formed and keeps the structure of the standard', async () => {
    const ws = await workspaceFrom('i18n-basic');
    try {
      const file = path.join(ws.root, 'fr.xlf');
      const run = await runCli(['export', 'xliff', '--lang', 'fr', '--out', file, '--root', ws.root]);
      expect(run.stdout).toContain('5 requirements to translate into fr');
      const xml = await readFile(file, 'utf8');
      expect(xliffProblems(xml)).toEqual([]);
      expect(xliffSchemaErrors(file)).toBe('');
      // one unit per field, a segment per list item; formatting as codes, placeholders as <ph>
      expect(xml).toContain('<unit id="section-2" name="Acceptance criteria">');
      expect(xml).toMatch(
        /<source>A test with three peer centres delivers <pc id="\d+" dataRefStart="(d\d+)" dataRefEnd="\1" type="fmt" subType="xlf:b">1,000<\/pc> EMSI messages, each within <ph id="\d+" dataRef="d\d+" equiv="\{\{max_delivery_seconds\}\}" disp="\{\{max_delivery_seconds\}\}" type="other" subType="tk:param"\/>\.<\/source>/,
      );
      expect(xml).toMatch(
        /<target>Un essai avec trois centres homologues transmet <pc id="\d+" [^>]*subType="xlf:b">1 000<\/pc>/,
      );
      // a current translation is "translated", a stale one comes along for reuse as "initial"
      expect(xml).toMatch(/<file id="INT-001"[\s\S]*?<segment id="s1" state="translated">/);
      expect(xml).toMatch(/<file id="RES-001"[\s\S]*?<segment id="s1" state="initial">/);
      expect(xml).toMatch(
        /<file id="SEC-001"[\s\S]*?<segment id="s1">\n\s*<source>Logging of consultation and disclosure<\/source>\n\s*<\/segment>/,
      );
      expect(xml).toContain('<mda:meta type="source-hash">');
      const only = await runCli([
        'export',
        'xliff',
        '--lang',
        'fr',
        '--untranslated',
        '--out',
        file,
        '--root',
        ws.root,
      ]);
      expect(only.stdout).toContain('2 requirements to translate into fr');
    } finally {
      await ws.dispose();
    }
  });

  it('refuses the source language and a tag that is no language', async () => {
    const ws = await workspaceFrom('i18n-basic');
    try {
      expect((await runCli(['export', 'xliff', '--lang', 'en', '--out', 'x.xlf', '--root', ws.root])).code).toBe(2);
      expect((await runCli(['export', 'xliff', '--lang', 'fr_FR!', '--out', 'x.xlf', '--root', ws.root])).code).toBe(2);
    } finally {
      await ws.dispose();
    }
  });
});

describe('import xliff', () => {
  it('carries the glossary entries each unit uses, stays valid, and reads them back as nothing to import', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-xliff-'));
    try {
      for (const part of ['tenderkit.yaml', 'requirements', 'specs', 'glossary', 'annexes'])
        await cp(path.join(REPO, part), path.join(root, part), { recursive: true });
      const { xml, importRun } = await exportImport(root, 'nl', (x) => x);
      const statement = /<file id="INT-001"[\s\S]*?<unit id="statement"[^>]*>([\s\S]*?)<\/unit>/.exec(xml)![1]!;
      const glossary = /<gls:glossary>([\s\S]*?)<\/gls:glossary>/.exec(statement)![1]!;
      const terms = [...glossary.matchAll(/<gls:term source="glossary\/nl\.yaml">([^<]+)<\/gls:term>/g)].map(
        (m) => m[1],
      );
      // "peer operational centres" is the longer term "operational centre", not "peer centre"
      expect(terms).toContain('operational centre');
      expect(terms).not.toContain('peer centre');
      expect(terms).not.toContain('escrow');
      expect(glossary).toContain('<gls:translation source="glossary/nl.yaml">operationeel centrum</gls:translation>');
      expect(glossary).toMatch(
        /<gls:definition>[^<]*Not: operationele centrale, meldcentrum, meldkamer\.<\/gls:definition>/,
      );
      expect(xml).toContain('xmlns:gls="urn:oasis:names:tc:xliff:glossary:2.0"');
      expect(importRun.code, importRun.stderr).toBe(0);
      // the national additions of other countries have no Dutch text and are skipped; every Dutch one reads back unchanged
      expect(importRun.stdout).toMatch(/wrote 0 nl translations, [1-9]\d* unchanged, \d+ skipped/);
      expect(importRun.stdout).not.toMatch(/^(INT|SEC|EUS|RES|BE-INT|NL-RES)-\d+: skipped/m);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('round-trips every field of the shipped catalogue: the imported texts equal the sources', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-xliff-'));
    try {
      for (const part of ['tenderkit.yaml', 'requirements', 'specs', 'annexes', 'glossary'])
        await cp(path.join(REPO, part), path.join(root, part), { recursive: true });
      // a language the catalogue ships no translations of (pt, es, pl and it it now ships), so every one is new
      const { xml, importRun } = await exportImport(root, 'sv', copySourcesToTargets);
      expect(xliffProblems(xml)).toEqual([]);
      expect(importRun.code).toBe(0);
      expect(importRun.stdout).toMatch(/wrote \d+ sv translations, 0 unchanged, 0 skipped/);
      const written = [...importRun.stdout.matchAll(/^(requirements\/\S+\.sv\.md): new$/gm)].map((m) => m[1]!);
      expect(written.length).toBeGreaterThan(0);
      for (const file of written) {
        const translation = parseTranslation(source(file, await readFile(path.join(root, file), 'utf8'))).translation!;
        const sourceFile = file.replace(/\.sv\.md$/, '.md');
        const requirement = parseRequirement(source(sourceFile, await readFile(path.join(root, sourceFile), 'utf8')))
          .requirement!;
        expect(translation.source).toBe(sourceHash(requirement));
        expect(translation.title, file).toBe(requirement.title);
        expect(tree(translation.statement.markdown), file).toEqual(tree(requirement.statement.markdown));
        expect(translation.sections.map((s) => s.heading)).toEqual(requirement.sections.map((s) => s.heading));
        translation.sections.forEach((s, i) =>
          expect(tree(s.markdown), `${file} section ${i + 1}`).toEqual(tree(requirement.sections[i]!.markdown)),
        );
        expect(findPlaceholders(translation.statement.markdown).map((p) => p.name)).toEqual(
          findPlaceholders(requirement.statement.markdown).map((p) => p.name),
        );
      }
      // and the workspace with its new translations is valid
      expect((await runCli(['validate', '--root', root])).stderr).not.toContain('[translation]');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('brings back emphasis, strong text, code and placeholders of a real translation', async () => {
    const ws = await workspaceFrom('i18n-basic');
    try {
      const translationFile = 'requirements/interconnection/INT-001.fr.md';
      const before = parseTranslation(
        source(translationFile, await readFile(path.join(ws.root, translationFile), 'utf8')),
      ).translation!;
      const file = path.join(ws.root, 'fr.xlf');
      await runCli(['export', 'xliff', '--lang', 'fr', '--out', file, '--root', ws.root]);
      expect(xliffSchemaErrors(file)).toBe('');
      await rm(path.join(ws.root, translationFile));
      const run = await runCli(['import', 'xliff', file, '--root', ws.root]);
      expect(run.stdout).toContain(`${translationFile}: new`);
      const text = await readFile(path.join(ws.root, translationFile), 'utf8');
      expect(text).toContain('*situation opérationnelle*');
      expect(text).toContain('**1 000**');
      expect(text).toContain('`EMSI`');
      const after = parseTranslation(source(translationFile, text)).translation!;
      expect(after.references).toEqual(before.references);
      expect([after.title, after.source]).toEqual([before.title, before.source]);
      expect(tree(after.statement.markdown)).toEqual(tree(before.statement.markdown));
      after.sections.forEach((s, i) => expect(tree(s.markdown)).toEqual(tree(before.sections[i]!.markdown)));
      // RES-001's stale translation came as "initial": it stays as it was until a translator confirms it
      expect(run.stdout).toContain(
        'RES-001: skipped: 4 fields have no translation yet (title, statement, section-1-heading, section-1)',
      );
      expect(run.stdout).toContain('SEC-001: skipped');
      // the other current translations come back as they are
      expect(run.stdout).toContain('wrote 1 fr translation, 2 unchanged, 2 skipped');
    } finally {
      await ws.dispose();
    }
  });

  it('records the source hash of the export: a confirmed translation is current, a source edited since stays stale', async () => {
    const ws = await workspaceFrom('i18n-basic');
    try {
      const file = path.join(ws.root, 'fr.xlf');
      await runCli(['export', 'xliff', '--lang', 'fr', '--out', file, '--root', ws.root]);
      expect(xliffSchemaErrors(file)).toBe('');
      await writeFile(file, (await readFile(file, 'utf8')).replaceAll('state="initial"', 'state="translated"'));
      const source002 = path.join(ws.root, 'requirements/interconnection/INT-002.md');
      await writeFile(source002, (await readFile(source002, 'utf8')).replace('in at least', 'in no fewer than'));
      await writeFile(file, (await readFile(file, 'utf8')).replace('dans au moins', 'dans au minimum'));
      const run = await runCli(['import', 'xliff', file, '--root', ws.root]);
      expect(run.stdout).toContain('requirements/resilience/RES-001.fr.md: updated');
      expect(run.stdout).toContain('requirements/interconnection/INT-002.fr.md: updated');
      const report = JSON.parse(
        (await runCli(['translations', '--root', ws.root, '--lang', 'fr', '--format', 'json'])).stdout,
      );
      expect(report.languages[0].catalogue.stale).toEqual(['INT-002']);
      expect(report.languages[0].catalogue.missing).toEqual(['SEC-001']);
    } finally {
      await ws.dispose();
    }
  });

  it('skips a translation whose placeholders differ from the source, and writes nothing in a dry run', async () => {
    const ws = await workspaceFrom('i18n-basic');
    try {
      const { importRun } = await exportImport(ws.root, 'fr', (xml) =>
        copySourcesToTargets(xml).replace(
          /(<file id="SEC-001"[\s\S]*?<target>The system shall log )/,
          '$1{{retention_days}} ',
        ),
      );
      expect(importRun.stdout).toContain(
        'SEC-001: skipped: the translation would not be valid: the statement has {{retention_days}}, which the source does not',
      );
      expect(importRun.stderr).toMatch(
        /^requirements\/security\/SEC-001\.fr\.md:\d+:1: error the statement has \{\{retention_days\}\}/m,
      );
      const dry = await runCli([
        'import',
        'xliff',
        path.join(ws.root, 'out-fr.xlf'),
        '--root',
        ws.root,
        '--dry-run',
        '--format',
        'json',
      ]);
      expect(JSON.parse(dry.stdout).dryRun).toBe(true);
    } finally {
      await ws.dispose();
    }
  });

  it('refuses a file that is not XLIFF 2', async () => {
    const ws = await workspaceFrom('i18n-basic');
    try {
      const file = path.join(ws.root, 'old.xlf');
      await writeFile(
        file,
        '<?xml version="1.0"?><xliff version="1.2"><file original="x" source-language="en" datatype="plaintext"><body/></file></xliff>',
      );
      const run = await runCli(['import', 'xliff', file, '--root', ws.root]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('this is XLIFF 1.2; tenderkit reads XLIFF 2');
    } finally {
      await ws.dispose();
    }
  });
});
