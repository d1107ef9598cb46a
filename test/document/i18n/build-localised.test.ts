import { wordingOf } from '../../../src/document/i18n/frame-of.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN, type Labels } from '../../../src/load/frame/labels.js';
import { FR } from '../../../src/load/frame/label-sets/fr.js';
import type { BuiltInLabels } from '../../../src/load/frame/label-sets/built-in-language.js';
import { localisedCompliance } from '../../../src/render/compliance-rows.js';
import { runCli } from '../../support/cli.js';
import { FIXTURES, workspaceFrom } from '../../support/workspace.js';
import { documentOf, loadWorkspace, textsByLanguage } from '../../support/i18n.js';
import { RESOLVE_AND_CHECK } from '../../../src/check/pipeline-steps.js';

const fixture = path.join(FIXTURES, 'i18n-basic');

async function buildMarkdown(
  root: string,
  spec: string,
  formats = 'md',
): Promise<{ md: string; stderr: string; code: number }> {
  const run = await runCli(['build', spec, '--root', root, '--out', path.join(root, 'out'), '--format', formats]);
  const raw =
    run.code === 0 && formats.includes('md')
      ? await readFile(path.join(root, 'out', spec, 'tender-specification.md'), 'utf8')
      : '';
  // the Markdown writer may escape the brackets of a fallback note: compare the words
  const md = raw.replace(/\\([[\]])/g, '$1');
  return { md, stderr: run.stderr, code: run.code };
}

/** Every label text, by its key path. */
function leaves(labels: Labels | BuiltInLabels): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (v: unknown, at: string) => {
    if (typeof v === 'string') out.set(at, v);
    else if (Array.isArray(v)) v.forEach((w, i) => walk(w, `${at}.${i}`));
    else if (v && typeof v === 'object') for (const [k, w] of Object.entries(v)) walk(w, at ? `${at}.${k}` : k);
  };
  walk(labels, '');
  return out;
}

describe('a spec in French', () => {
  it('uses the French translations and frame, with French number, unit and value formats', async () => {
    const ws = await workspaceFrom('i18n-basic');
    try {
      const { md, code } = await buildMarkdown(ws.root, 'fr');
      expect(code).toBe(0);
      expect(md).toContain('| Langue | français (fr) |');
      expect(md).toContain('## <a id="INT-001"></a>2.1 INT-001 Échange d\'informations sur les incidents en EMSI');
      expect(md).toContain('**Obligation\u00a0:** Obligatoire    **Vérification\u00a0:** Essai, Démonstration');
      expect(md).toContain('dans un délai de 5\u00a0s à compter');
      expect(md).toContain(
        "**Références\u00a0:** ISO/TR 22351:2015, Gestion des urgences - Structure des messages pour l'échange d'informations, ou équivalent.",
      );
      // an enum value by the translation's display name, a legal basis translated
      expect(md).toContain("jusqu'au niveau Confidentiel UE.");
      expect(md).toContain('**Base juridique\u00a0:** Directive (UE) 2016/680, art. 29.');
      // the workspace's labels/fr.yaml overrides one built-in word
      expect(md).toContain("| Référence dans l'offre du soumissionnaire |");
      expect(md).toContain('# <a id="chapter-6"></a>6 Annexe\u00a0: matrice de conformité'.replace('\u00a0:', ' :'));
    } finally {
      await ws.dispose();
    }
  });

  it('shows the English text where the translation is missing or stale, marked, and warns once per spec', async () => {
    const ws = await workspaceFrom('i18n-basic');
    try {
      const { md, stderr } = await buildMarkdown(ws.root, 'fr');
      const sec001 = md.slice(md.indexOf('SEC-001 Logging'), md.indexOf('## <a id="SEC-002"'));
      expect(sec001).toContain('[Texte pas encore disponible en français : original anglais]');
      expect(sec001).toContain('An inspection of the logs shows who consulted which record and when.');
      const res001 = md.slice(md.indexOf('RES-001 Availability'));
      expect(res001).toContain('[Traduction française en cours de mise à jour : original anglais]');
      // the English text keeps English number formats, units and words
      expect(res001).toContain(
        'available 99.5\u00a0% of the time, keep its logs for\n30\u00a0days, and a spare site is required: yes.',
      );
      expect(stderr).toMatch(
        /^specs\/fr\.yaml:\d+:\d+: warning spec fr: 1 of 5 requirements have no French \(fr\) translation: SEC-001; .* \[translation-missing\]$/m,
      );
      expect(stderr).toMatch(
        /^specs\/fr\.yaml:\d+:\d+: warning spec fr: 1 French \(fr\) translations were made from an older English text: RES-001; .* \[translation-stale\]$/m,
      );
    } finally {
      await ws.dispose();
    }
  });

  it('treats a translation as stale as soon as its source text changes', async () => {
    const source = await readFile(path.join(fixture, 'requirements/interconnection/INT-001.md'), 'utf8');
    const ws = await workspaceFrom('i18n-basic', {
      'requirements/interconnection/INT-001.md': source.replace(
        'every connected peer operational centre',
        'every connected peer centre',
      ),
    });
    try {
      const { md, stderr } = await buildMarkdown(ws.root, 'fr');
      const int001 = md.slice(md.indexOf('INT-001 Incident'), md.indexOf('## <a id="INT-002"'));
      expect(int001).toContain('[Traduction française en cours de mise à jour : original anglais]');
      expect(int001).toContain('deliver EMSI event messages to every connected peer centre');
      expect(stderr).toMatch(/translations were made from an older English text: INT-001, RES-001;/);
      const json = await runCli(['translations', '--root', ws.root, '--lang', 'fr', '--format', 'json']);
      const report = JSON.parse(json.stdout) as { languages: Array<{ catalogue: { stale: string[] } }> };
      expect(report.languages[0]!.catalogue.stale).toEqual(['INT-001', 'RES-001']);
    } finally {
      await ws.dispose();
    }
  });

  it("uses a deviation's French statement, and moves a translated modal verb with a changed obligation", async () => {
    const ws = await workspaceFrom('i18n-basic');
    try {
      const { md } = await buildMarkdown(ws.root, 'fr');
      expect(md).toContain(
        "Le système doit journaliser chaque consultation de données à caractère personnel avec l'identité de l'agent.",
      );
      // INT-002 is recommended ("devrait") in the catalogue; the French spec makes it mandatory
      expect(md).toContain('Le système doit émettre les alertes à la population');
      expect(md).not.toContain('Le système devrait émettre');
    } finally {
      await ws.dispose();
    }
  });

  it("reads a plain replacement statement as the language its words show, defaulting to the spec's", async () => {
    const spec = await readFile(path.join(fixture, 'specs/fr.yaml'), 'utf8');
    const english = spec.replace(
      /statement:\n\s+en: .*\n\s+fr: .*\n/,
      'statement: The system shall log every consultation of personal data with the identity of the officer.\n',
    );
    const ws = await workspaceFrom('i18n-basic', { 'specs/fr.yaml': english });
    try {
      const { md, stderr } = await buildMarkdown(ws.root, 'fr');
      const sec001 = md.slice(md.indexOf('SEC-001 Logging'), md.indexOf('## <a id="SEC-002"'));
      expect(sec001).toContain(
        'The system shall log every consultation of personal data with the identity of the officer.',
      );
      expect(stderr).toContain('1 statements have no French (fr) text: SEC-001 (replacement statement of fr)');
    } finally {
      await ws.dispose();
    }
    const french = spec.replace(/statement:\n\s+en: .*\n\s+fr: (.*)\n/, 'statement: $1\n');
    const ws2 = await workspaceFrom('i18n-basic', { 'specs/fr.yaml': french });
    try {
      const { stderr } = await buildMarkdown(ws2.root, 'fr');
      expect(stderr).not.toContain('statements have no French');
    } finally {
      await ws2.dispose();
    }
  });

  it('has no English frame word outside the texts tagged as English', async () => {
    const workspace = await loadWorkspace(fixture, {}, RESOLVE_AND_CHECK);
    const { tree } = documentOf(workspace, 'fr');
    const french = leaves(FR.labels);
    const englishOnly = [...leaves(EN)]
      .filter(([key, value]) => french.get(key) !== value && !key.startsWith('modal'))
      .map(([, v]) => v);
    const frame = textsByLanguage(tree, 'fr').filter((t) => t.lang === 'fr');
    for (const { text } of frame) {
      const bare = text.trim().replace(/:$/, '');
      expect(englishOnly, `"${text}"`).not.toContain(bare);
      for (const label of englishOnly.filter((l) => l.length >= 8)) expect(text, label).not.toContain(label);
    }
    expect(frame.map((t) => t.text).join(' ')).not.toMatch(/This document sets out|or equivalent|shall be/);
    // the English fallbacks are tagged, so Word can check their spelling in English
    const english = textsByLanguage(tree, 'fr')
      .filter((t) => t.lang === 'en')
      .map((t) => t.text)
      .join(' ');
    expect(english).toContain('An analysis of the monitoring data of a month shows the availability.');
    expect(english).toContain('Availability of the interconnection service');
  });

  it('formats the date of the document for the locale', async () => {
    const workspace = await loadWorkspace(fixture, {}, RESOLVE_AND_CHECK);
    const texts = (spec: string) => textsByLanguage(documentOf(workspace, spec).tree, spec).map((t) => t.text);
    expect(texts('fr')).toContain('15 mars 2027');
    expect(texts('de')).toContain('15. März 2027');
    expect(texts('eu-baseline')).toContain('15 March 2027');
  });

  it("keeps the CSV columns and codes fixed, its titles in the spec's language, and gives forms the localised matrix", async () => {
    const ws = await workspaceFrom('i18n-basic');
    try {
      await buildMarkdown(ws.root, 'fr', 'csv');
      const csv = await readFile(path.join(ws.root, 'out/fr/compliance-matrix.csv'), 'utf8');
      expect(csv.split('\r\n')[0]).toBe('id,title,obligation,verification,response,bidder reference');
      expect(csv).toContain("INT-001,Échange d'informations sur les incidents en EMSI,mandatory,test; demonstration,,");
    } finally {
      await ws.dispose();
    }
    const workspace = await loadWorkspace(fixture, {}, RESOLVE_AND_CHECK);
    const matrix = localisedCompliance(workspace.resolution.resolved.get('fr')!, wordingOf(workspace));
    expect(matrix.labels.matrix.title).toBe('Exigence');
    expect(matrix.labels.matrix.responses.comply).toBe('Conforme');
    const int001 = matrix.rows.find((r) => r.id === 'INT-001')!;
    expect([int001.domain, int001.title, int001.obligation, int001.verification]).toEqual([
      'Interconnexion des centres opérationnels',
      "Échange d'informations sur les incidents en EMSI",
      'Obligatoire',
      'Essai, Démonstration',
    ]);
    expect(int001.otherLanguage).toBeUndefined();
    expect(matrix.rows.find((r) => r.id === 'RES-001')).toMatchObject({
      otherLanguage: 'en',
      fallback: 'stale',
      title: 'Availability of the interconnection service',
    });
  });
});

describe('other languages', () => {
  it('builds the German frame and the German translation', async () => {
    const ws = await workspaceFrom('i18n-basic');
    try {
      const { md } = await buildMarkdown(ws.root, 'de');
      expect(md).toContain('**Verbindlichkeit:** Verpflichtend    **Nachweis:** Prüfung, Vorführung');
      expect(md).toContain('Das System muss EMSI-Ereignismeldungen');
      expect(md).toContain('[Text noch nicht auf Deutsch verfügbar: englisches Original]');
      expect(md).toContain('# <a id="chapter-1"></a>1 Einleitung');
    } finally {
      await ws.dispose();
    }
  });

  it('takes the words of a language tenderkit does not ship from labels/<lang>.yaml', async () => {
    const ws = await workspaceFrom('i18n-basic', {
      'specs/lv.yaml': 'id: lv\ntitle: Valsts policija\nextends: eu-baseline\nlanguage: lv\ndeviations: []\n',
      'labels/lv.yaml': 'introduction: Ievads\nobligation: { mandatory: Obligāta }\ndomains: { security: Drošība }\n',
    });
    try {
      const { md, stderr } = await buildMarkdown(ws.root, 'lv');
      expect(md).toContain('1 Ievads');
      expect(md).toContain('Obligāta');
      expect(md).toContain('Drošība');
      // no title for the other domains: kept, with a warning naming the key to add
      expect(stderr).toContain('no Latvian title for the domain "interconnection"');
      expect(stderr).toContain('add domains.interconnection to labels/lv.yaml');
    } finally {
      await ws.dispose();
    }
  });

  it('builds a language without any words in English, tagged, and says so', async () => {
    const ws = await workspaceFrom('i18n-basic', {
      'specs/ga.yaml': 'id: ga\ntitle: An Garda\nextends: eu-baseline\nlanguage: ga\ndeviations: []\n',
    });
    try {
      const { md, stderr } = await buildMarkdown(ws.root, 'ga');
      expect(md).toContain('1 Introduction');
      expect(stderr).toMatch(
        /tenderkit has no words for Irish \(ga\): the frame of the document is in English; add labels\/ga\.yaml .*\[labels\]/,
      );
      const workspace = await loadWorkspace(ws.root, {}, RESOLVE_AND_CHECK);
      const tree = documentOf(workspace, 'ga').tree;
      expect(textsByLanguage(tree, 'ga').find((t) => t.text === 'Introduction')?.lang).toBe('en');
    } finally {
      await ws.dispose();
    }
  });

  it('builds an English spec exactly as before: no notes, no warnings', async () => {
    const ws = await workspaceFrom('i18n-basic');
    try {
      const { md, stderr } = await buildMarkdown(ws.root, 'eu-baseline');
      expect(stderr).not.toContain('translation');
      expect(md).toContain('**Obligation:** Mandatory');
      expect(md).toContain('available 99.95\u00a0% of the time, keep its logs for\n30\u00a0days');
      expect(md).not.toContain('[Text not yet available');
    } finally {
      await ws.dispose();
    }
  });
});
