import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.js';
import { fixtureCopies } from '../../support/workspace.js';
import { findTerms } from '../../../src/lib/text/term-match.js';

const copy = fixtureCopies();

const GLOSSARIES = {
  'glossary/fr.yaml': `lang: fr
terms:
  - { source: peer centre, target: centre partenaire, forbidden: [centre pair, centre homologue] }
  - { source: operational centre, target: centre opérationnel, forbidden: [centrale opérationnelle] }
`,
  'glossary/de.yaml': `lang: de
terms:
  - { source: peer centre, target: Partnerleitstelle, forbidden: [Peer-Leitstelle] }
  - { source: operational centre, target: Leitstelle, forbidden: [Einsatzzentrale] }
  - { source: bidder, target: Bieter, forbidden: [Anbieter] }
`,
  'glossary/nl.yaml': `lang: nl
terms:
  - { source: peer centre, target: partnercentrum, forbidden: [peercentrum] }
  - { source: operational centre, target: operationeel centrum, forbidden: [operationele centrale] }
`,
};

/** A translation of the fixture's INT-001 (English: "... to every connected peer operational centre ...", "Peer centres ..."). */
function translation(lang: string, statement: string, rationale: string): string {
  return `---
id: INT-001
lang: ${lang}
title: EMSI
source: "a1a77601c2c89c14"
---
${statement}

## R

${rationale}

## A

- ${CRITERIA[lang]} {{max_delivery_seconds}}.
- EMSI
`;
}

/** the acceptance criteria, where the English has "a test with three peer centres" */
const CRITERIA: Record<string, string> = {
  fr: 'Un essai avec trois centres partenaires,',
  de: 'Eine Prüfung mit drei Partnerleitstellen,',
  nl: 'Een test met drie partnercentra,',
};

async function findings(lang: string, statement: string, rationale: string): Promise<string[]> {
  const glossary = `glossary/${lang}.yaml` as keyof typeof GLOSSARIES;
  const root = await copy('i18n-basic', {
    [glossary]: GLOSSARIES[glossary],
    [`requirements/interconnection/INT-001.${lang}.md`]: translation(lang, statement, rationale),
  });
  const run = await runCli(['validate', '--root', root]);
  return run.stderr.split('\n').filter((l) => l.endsWith('[term-consistency]'));
}

const CENTRE = '{{max_delivery_seconds}}';

describe('term-consistency', () => {
  it.each([
    [
      'fr',
      'an inflected approved term',
      `Le système doit transmettre les messages à chaque centre opérationnel partenaire connecté en ${CENTRE}.`,
      'Les centres partenaires coordonnent une intervention.',
    ],
    [
      'de',
      'approved terms inside compounds, inflected',
      `Das System muss die Meldungen an jede angeschlossene Partnerleitstelle in ${CENTRE} übermitteln.`,
      'Partnerleitstellen koordinieren einen Einsatz.',
    ],
    [
      'nl',
      'a plural with another ending (centrum, centra)',
      `Het systeem moet de berichten binnen ${CENTRE} naar elk verbonden operationeel partnercentrum sturen.`,
      'Partnercentra coördineren een grensoverschrijdend optreden.',
    ],
    [
      'de',
      'a forbidden variant where the English text does not use its term ("Anbieter" for a provider)',
      `Das System muss die Meldungen an jede Partnerleitstelle in ${CENTRE} übermitteln, über den Netz-Anbieter.`,
      'Partnerleitstellen koordinieren einen Einsatz.',
    ],
  ])('accepts a %s translation with %s', async (lang, _name, statement, rationale) => {
    expect(await findings(lang, statement, rationale)).toEqual([]);
  });

  it('reports a forbidden variant of a French term, inflected, at the word', async () => {
    const lines = await findings(
      'fr',
      `Le système doit transmettre les messages à chaque centre opérationnel partenaire en ${CENTRE}.`,
      'Les centres pairs coordonnent une intervention.',
    );
    expect(lines).toEqual([
      'requirements/interconnection/INT-001.fr.md:11:1: warning the English text says "Peer centres", but this translation lacks its approved term "centre partenaire" (glossary/fr.yaml) [term-consistency]',
      'requirements/interconnection/INT-001.fr.md:11:5: warning "centres pairs" translates "Peer centres", but glossary/fr.yaml forbids this variant: write "centre partenaire" [term-consistency]',
    ]);
  });

  it('reports a forbidden German variant only where the English text uses its term', async () => {
    const lines = await findings(
      'de',
      `Das System muss die Meldungen an jede angeschlossene Peer-Leitstelle in ${CENTRE} übermitteln.`,
      'Die Peer-Leitstellen koordinieren einen Einsatz.',
    );
    // the statement says "peer operational centre": its term is "operational centre", which "Leitstelle" translates
    expect(lines).toEqual([
      'requirements/interconnection/INT-001.de.md:11:1: warning the English text says "Peer centres", but this translation lacks its approved term "Partnerleitstelle" (glossary/de.yaml) [term-consistency]',
      'requirements/interconnection/INT-001.de.md:11:5: warning "Peer-Leitstellen" translates "Peer centres", but glossary/de.yaml forbids this variant: write "Partnerleitstelle" [term-consistency]',
    ]);
  });

  it('reports a Dutch translation that lacks the approved term', async () => {
    const lines = await findings(
      'nl',
      `Het systeem moet de berichten binnen ${CENTRE} naar elk verbonden operationeel partnercentrum sturen.`,
      'Zustercentra coördineren een grensoverschrijdend optreden.',
    );
    expect(lines).toEqual([
      'requirements/interconnection/INT-001.nl.md:11:1: warning the English text says "Peer centres", but this translation lacks its approved term "partnercentrum" (glossary/nl.yaml) [term-consistency]',
    ]);
  });

  it('rejects a glossary that does not follow the schema, at the field, and exits 1', async () => {
    const root = await copy('i18n-basic', {
      'glossary/nl.yaml': 'lang: nl\nterms:\n  - source: peer centre\n    forbidden: peercentrum\n',
    });
    const run = await runCli(['validate', '--root', root]);
    expect(run.code).toBe(1);
    const lines = run.stderr.split('\n').filter((l) => l.startsWith('glossary/'));
    expect(lines).toEqual([
      expect.stringMatching(/^glossary\/nl\.yaml:3:5: error glossary: .*target.* \[schema\]$/),
      expect.stringMatching(/^glossary\/nl\.yaml:4:16: error glossary: .*forbidden must be a list.* \[schema\]$/),
    ]);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const wrongLanguage = await copy('i18n-basic', { 'glossary/nl.yaml': 'lang: fr\nterms: []\n' });
    const other = await runCli(['validate', '--root', wrongLanguage]);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain(
      'glossary/nl.yaml:1:7: error "lang: fr" differs from the language in the file name (nl) [glossary]',
    );
  });
});

describe('term matching', () => {
  const at = (text: string, terms: Parameters<typeof findTerms>[1]) =>
    findTerms(text, terms).map((m) => text.slice(m.start, m.end));
  it('takes the longest term first, and English terms only in their own forms', () => {
    const terms = [
      { text: 'centre', kind: 'source' as const },
      { text: 'peer centre', kind: 'source' as const },
      { text: 'operator', kind: 'source' as const },
    ];
    expect(at('Peer centres and the centre of the operators; operational data was operated.', terms)).toEqual([
      'Peer centres',
      'centre',
      'operators',
    ]);
  });
  it('recognises forbidden variants strictly and approved terms generously', () => {
    expect(at('operationele centra', [{ text: 'operationele centrale', kind: 'variant' }])).toEqual([]);
    expect(at('operationele centrales', [{ text: 'operationele centrale', kind: 'variant' }])).toEqual([
      'operationele centrales',
    ]);
    expect(at('operationele centra', [{ text: 'operationeel centrum', kind: 'approved' }])).toEqual([
      'operationele centra',
    ]);
    expect(at('Meldung von Sicherheitsvorfällen', [{ text: 'Sicherheitsvorfall', kind: 'approved' }])).toEqual([
      'Sicherheitsvorfällen',
    ]);
  });
});
