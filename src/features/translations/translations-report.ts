import { canonicalTag, languageName, SOURCE_LANGUAGE } from '../../lib/language-tag.js';
import { languagesOf } from '../../load/spec/spec.js';
import { catalogueLanguages } from './catalogue-languages.js';
import type { I18n } from '../../load/i18n.js';
import { hashOf, translationStatus } from '../../load/translation/translation-status.js';
import type { Workspace } from '../../load/workspace.js';
import type { Resolution } from '../../resolve/resolve.js';
import type { Requirement } from '../../load/requirement/requirement.js';
import { findTranslation } from '../../load/translation/translation.js';
import type { TranslationState } from '../../load/translation/translation-state.js';
import { type AnnexGap, gapCount, packTextGaps } from './pack-text-gaps.js';

/** The state of one set of requirements (the catalogue, or one spec's) in one language. */
export interface TranslationCounts {
  total: number;
  translated: number;
  missing: string[];
  stale: string[];
  /** the translation files of these requirements in the language, by their `state:` (current or stale) */
  states: Record<TranslationState, number>;
}

export interface SpecTranslations extends TranslationCounts {
  spec: string;
  /** statements that a deviation replaced without a text in this language */
  replacedStatements: string[];
  /** "<requirement>: <reference id>": reference titles without a text in the language */
  references: string[];
  /** "<requirement>: <parameter> = <value>": enumerated values without a text in the language */
  values: string[];
  /** "<spec file>: <yaml path>": texts the specs of the chain write themselves, without a text in the language */
  specTexts: string[];
  /** Markdown annexes without a current translation, with the `source:` hash their translation must carry */
  annexes: AnnexGap[];
  /** frame labels that fall back to English */
  labels: string[];
  /** whether the pack has every text it needs in the language (what `translations: required` asks) */
  complete: boolean;
  /** for each missing or stale requirement: the `source:` its translation file must carry (the English text's hash) */
  sources: Record<string, string>;
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
      const gaps = packTextGaps({ catalogue, i18n }, resolved, lang);
      specs.push({
        spec: id,
        ...counts,
        replacedStatements: gaps.replaced,
        references: gaps.references,
        values: gaps.values,
        specTexts: gaps.specTexts,
        annexes: gaps.annexes,
        labels: gaps.labels,
        complete: gapCount(gaps) === 0,
        sources: Object.fromEntries(
          resolved.requirements
            .filter((r) => counts.missing.includes(r.id) || counts.stale.includes(r.id))
            .map((r) => [r.id, hashOf(r.source)]),
        ),
      });
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
  const out: TranslationCounts = {
    total: requirements.length,
    translated: 0,
    missing: [],
    stale: [],
    states: { translated: 0, reviewed: 0, final: 0 },
  };
  for (const r of requirements) {
    const file = findTranslation(i18n.translations, r.id, lang);
    if (file) out.states[file.state]++;
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
      '| | requirements | translated | missing | stale | reviewed | final |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    const row = (name: string, c: TranslationCounts) =>
      `| ${name} | ${c.total} | ${c.translated} | ${c.missing.length} | ${c.stale.length} | ${c.states.reviewed} | ${c.states.final} |`;
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
      list(`Reference titles for spec ${s.spec} without a ${l.name} text`, s.references);
      list(`Enumerated values for spec ${s.spec} without a ${l.name} text`, s.values);
      list(`Spec texts for spec ${s.spec} without a ${l.name} text`, s.specTexts);
      list(
        `Annexes of spec ${s.spec} without a current ${l.name} translation`,
        s.annexes.map((a) => `${a.path} (${a.status}; source: "${a.source}")`),
      );
      list(`Frame labels of spec ${s.spec} in English`, s.labels);
    }
  }
  return `${lines.join('\n')}\n`;
}
