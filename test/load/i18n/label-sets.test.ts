import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/load/requirement/markdown-parser.js';
import { EN } from '../../../src/load/frame/labels.js';
import { renderTemplate } from '../../../src/document/render-template.js';
import { BUILT_IN_LANGUAGES } from '../../../src/load/frame/label-sets/index.js';
import type { BuiltInLabels } from '../../../src/load/frame/label-sets/built-in-language.js';
import { loadLabelOverrides } from '../../../src/load/frame/label-overrides.js';
import { documentFrame } from '../../../src/document/i18n/document-frame.js';
import { source } from '../../support/source.js';

const REQUIRED = ['en', 'fr', 'de', 'nl', 'cs', 'es', 'it', 'pl', 'sv'];

function shape(v: unknown): unknown {
  if (typeof v === 'string') return 'text';
  if (Array.isArray(v)) return 'list';
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, w]) => [k, shape(w)]));
  return typeof v;
}

const templateData = {
  spec: { id: 'lu', title: 'Spec', language: 'fr' },
  authority: { name: 'Police', country: 'LU' },
  procurement: { title: 'Platform', reference: 'R-1', cpv: ['35710000-4'] },
  date: '',
  chain: ['eu-baseline', 'benelux'],
  counts: { total: 90, mandatory: 80, recommended: 7, optional: 3 },
  domains: [],
};

describe('built-in label sets', () => {
  it('cover at least the nine languages of the brief', () => {
    for (const tag of REQUIRED) expect(BUILT_IN_LANGUAGES.has(tag), tag).toBe(true);
  });

  it("have the words of the response form, the auditors' reports and the selection chapter in every language of the specs, those of the acceptance documents in Dutch, French and German", () => {
    for (const tag of ['nl', 'fr', 'de', 'cs', 'et', 'es', 'fi', 'it', 'pl', 'pt', 'sv']) {
      expect(BUILT_IN_LANGUAGES.get(tag)!.labels.form, tag).toBeDefined();
      expect(BUILT_IN_LANGUAGES.get(tag)!.labels.report, tag).toBeDefined();
      expect(BUILT_IN_LANGUAGES.get(tag)!.labels.selection, tag).toBeDefined();
    }
    for (const tag of ['nl', 'fr', 'de']) expect(BUILT_IN_LANGUAGES.get(tag)!.labels.acceptance, tag).toBeDefined();
  });

  for (const [tag, language] of BUILT_IN_LANGUAGES) {
    it(`${tag}: has every label of the English set, none empty, and an introduction that renders`, () => {
      // the response form's, the reports' and the acceptance documents' words come as whole groups, or from English
      const own = (l: typeof EN) => {
        // reference titles and enumerated values are the workspace's words (labels/<lang>.yaml), never built in
        const { form, report, selection, acceptance, references: _r, enum: _e, ...rest } = l;
        return {
          ...rest,
          ...(language.labels.form ? { form } : {}),
          ...(language.labels.report ? { report } : {}),
          ...(language.labels.selection ? { selection } : {}),
          ...(language.labels.acceptance ? { acceptance } : {}),
        };
      };
      const sections = ({ references: _r, enum: _e, ...l }: BuiltInLabels) => ({
        ...l,
        sections: Object.keys(l.sections),
        domains: Object.keys(l.domains),
        units: {},
        modal: {},
      });
      expect(shape(sections(language.labels))).toEqual(shape(sections(own(EN))));
      const empty: string[] = [];
      const walk = (v: unknown, at: string) => {
        if (typeof v === 'string' && v.trim() === '') empty.push(at);
        else if (v && typeof v === 'object') for (const [k, w] of Object.entries(v)) walk(w, `${at}.${k}`);
      };
      walk(language.labels, tag);
      expect(empty).toEqual([]);
      const intro = renderTemplate(
        'introduction.md.hbs',
        new Map([['introduction.md.hbs', language.introduction]]),
        templateData,
      );
      expect(intro.ok).toBe(true);
      const markdown = intro.ok ? intro.markdown : '';
      expect(markdown).toContain('Platform');
      expect(markdown).toContain('90');
      expect(markdown).toContain('eu-baseline');
      expect(markdown).toContain('2014/24/');
      expect(parseMarkdown(markdown).children.some((n) => n.type === 'list')).toBe(true);
      if (tag !== 'en') {
        expect(markdown).not.toMatch(/\b(shall|should|the bidder|requirement)\b/i);
        // the words the introduction explains are the modal verbs of the label set, where it has them
        for (const forms of Object.values(language.labels.modal))
          if (forms[0]) expect(markdown).toContain(`**${forms[0]}**`);
      }
    });
  }
});

describe('labels/<lang>.yaml', () => {
  it('overrides words of a built-in set and reports unknown keys and wrong types at their line', () => {
    const { overrides, diagnostics } = loadLabelOverrides([
      source('labels/fr.yaml', 'matrix:\n  response: Réponse du candidat\n  respons: typo\ncover:\n  date: [1, 2]\n'),
    ]);
    expect(diagnostics.map((d) => [d.severity, d.line, d.rule])).toEqual([
      ['warning', 3, 'labels'],
      ['error', 5, 'labels'],
    ]);
    expect(diagnostics[0]!.message).toContain('unknown label "matrix.respons"');
    expect(overrides.size).toBe(0);
    const ok = loadLabelOverrides([source('labels/fr.yaml', 'matrix:\n  response: Réponse du candidat\n')]);
    const frame = documentFrame(
      'fr',
      { overrides: ok.overrides, templates: new Map(), defaultLanguage: 'en' },
      { file: 'x', at: { line: 1, column: 1 } },
    ).frame;
    expect(frame.labels.matrix.response).toBe('Réponse du candidat');
    expect(frame.labels.matrix.title).toBe('Exigence');
  });

  it('lists the words a new language still lacks', () => {
    const { overrides, diagnostics } = loadLabelOverrides([source('labels/lv.yaml', 'introduction: Ievads\n')]);
    expect(overrides.has('lv')).toBe(true);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.message).toMatch(
      /^tenderkit ships no words for "lv" and this file lacks \d+ labels, which stay in English: contents, updateContents, cover\.authority/,
    );
  });

  it('lets a regional file change a few words of its language', () => {
    const { overrides, diagnostics } = loadLabelOverrides([
      source('labels/fr-BE.yaml', 'cover:\n  authority: Autorité adjudicatrice\n'),
    ]);
    expect(diagnostics).toEqual([]);
    const frame = documentFrame(
      'fr-BE',
      { overrides, templates: new Map(), defaultLanguage: 'en' },
      { file: 'x', at: { line: 1, column: 1 } },
    ).frame;
    expect(frame.labels.cover.authority).toBe('Autorité adjudicatrice');
    expect(frame.labels.cover.title).toBe('Objet du marché');
    expect(frame.labelsLanguage).toBe('fr-BE');
  });

  it('refuses a file named after no language', () => {
    const { diagnostics } = loadLabelOverrides([source('labels/french!.yaml', 'contents: x\n')]);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', rule: 'labels' });
  });
});
