import { canonicalTag, languageName, SOURCE_LANGUAGE } from '../../lib/language-tag.js';
import { languagesOf } from '../../load/spec/spec.js';
import { catalogueLanguages } from './catalogue-languages.js';
import type { I18n } from '../../load/i18n.js';
import { localiseRequirement } from '../../document/i18n/localise-requirement.js';
import { documentFrame } from '../../document/i18n/document-frame.js';
import { translationStatus } from '../../load/translation/translation-status.js';
import type { Workspace } from '../../load/workspace.js';
import type { Resolution } from '../../resolve/resolve.js';
import type { Requirement } from '../../load/requirement/requirement.js';

/** The state of one set of requirements (the catalogue, or one spec's) in one language. */
export interface TranslationCounts {
  total: number;
  translated: number;
  missing: string[];
  stale: string[];
}

export interface SpecTranslations extends TranslationCounts {
  spec: string;
  /** statements that a deviation replaced without a text in this language */
  replacedStatements: string[];
}

export interface LanguageTranslations {
  lang: string;
  name: string;
  catalogue: TranslationCounts;
  /** the specs written in this language */
  specs: SpecTranslations[];
}

export interface TranslationsReport {
  sourceLanguage: string;
  languages: LanguageTranslations[];
}

/**
 * Per language (the one asked for, else every language of a spec or a translation file) and per spec: how many
 * requirements are translated, which are missing, which are stale. Pure.
 */
export function translationsReport(
  workspace: Pick<Workspace<Resolution>, 'catalogue' | 'resolution'> & { i18n?: I18n },
  only?: string,
): TranslationsReport {
  const { catalogue, resolution } = workspace;
  const i18n: I18n = workspace.i18n ?? { translations: new Map(), labelOverrides: new Map() };
  const tags = only !== undefined ? [only] : catalogueLanguages(catalogue, i18n);
  const languages = tags.map((lang): LanguageTranslations => {
    const specs: SpecTranslations[] = [];
    for (const [id, resolved] of resolution.resolved) {
      if (!languagesOf(resolved.spec).some((l) => (canonicalTag(l) ?? l) === lang)) continue;
      const counts = countsOf(
        resolved.requirements.map((r) => r.source),
        lang,
        i18n,
      );
      const { labels } = documentFrame(
        lang,
        { overrides: i18n.labelOverrides, templates: new Map(), defaultLanguage: SOURCE_LANGUAGE },
        { file: '', at: { line: 1, column: 1 } },
      ).frame;
      const context = {
        language: lang,
        labels,
        translations: i18n.translations,
        specLanguages: new Map(resolved.chain.map((s) => [s.id, s.language])),
      };
      const replacedStatements = resolved.requirements
        .filter((r) => localiseRequirement(r, context).statement.fallback?.reason === 'deviation')
        .map((r) => r.id);
      specs.push({ spec: id, ...counts, replacedStatements });
    }
    return {
      lang,
      name: languageName(lang, SOURCE_LANGUAGE),
      catalogue: countsOf([...catalogue.requirements.values()], lang, i18n),
      specs,
    };
  });
  return { sourceLanguage: SOURCE_LANGUAGE, languages };
}

function countsOf(requirements: readonly Requirement[], lang: string, i18n: I18n): TranslationCounts {
  const out: TranslationCounts = { total: requirements.length, translated: 0, missing: [], stale: [] };
  for (const r of requirements) {
    const { status } = translationStatus(r, lang, i18n.translations);
    if (status === 'current' || status === 'source') out.translated++;
    else if (status === 'stale') out.stale.push(r.id);
    else out.missing.push(r.id);
  }
  return out;
}

/** The report as Markdown: a table per language, then the lists. */
export function formatTranslationsReport(report: TranslationsReport): string {
  const lines: string[] = [
    '# Translations',
    '',
    `The catalogue is written in ${languageName(report.sourceLanguage, SOURCE_LANGUAGE)} (${report.sourceLanguage}).`,
  ];
  if (report.languages.length === 0)
    lines.push('', 'No spec is written in another language and the catalogue has no translations.');
  for (const l of report.languages) {
    lines.push(
      '',
      `## ${l.name} (${l.lang})`,
      '',
      '| | requirements | translated | missing | stale |',
      '| --- | ---: | ---: | ---: | ---: |',
    );
    const row = (name: string, c: TranslationCounts) =>
      `| ${name} | ${c.total} | ${c.translated} | ${c.missing.length} | ${c.stale.length} |`;
    lines.push(row('catalogue', l.catalogue), ...l.specs.map((s) => row(`spec ${s.spec}`, s)));
    const list = (label: string, ids: string[]) => {
      if (ids.length > 0) lines.push('', `${label} (${ids.length}): ${ids.join(', ')}`);
    };
    list('Missing in the catalogue', l.catalogue.missing);
    list('Stale in the catalogue (the English text changed since)', l.catalogue.stale);
    for (const s of l.specs) {
      list(`Missing for spec ${s.spec}`, s.missing);
      list(`Stale for spec ${s.spec}`, s.stale);
      list(`Replacement statements of spec ${s.spec} without a ${l.name} text`, s.replacedStatements);
    }
  }
  return `${lines.join('\n')}\n`;
}
