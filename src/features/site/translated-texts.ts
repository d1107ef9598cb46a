import type { RootContent } from 'mdast';
import type { Requirement } from '../../load/requirement/requirement.js';
import type { TranslationSet } from '../../load/translation/translation.js';
import { translationStatus } from '../../load/translation/translation-status.js';
import { languageName, SOURCE_LANGUAGE } from '../../lib/language-tag.js';
import { substituteParameters } from '../../document/substitute-parameters.js';
import { intlLocale } from '../../lib/language-tag.js';

/** One translation of a requirement as its page shows it: the texts with the defaults filled in, and its state. */
export interface TranslatedTexts {
  lang: string;
  /** the language's name in English, as the site speaks */
  name: string;
  state: 'current' | 'stale';
  title: string;
  statement: RootContent[];
  sections: Array<{ key: string; heading: string; nodes: RootContent[] }>;
}

/** Every translation of a requirement, by language tag, each with whether it was made from today's English text. */
export function translatedTexts(r: Requirement, translations: TranslationSet | undefined): TranslatedTexts[] {
  const byLang = translations?.get(r.id);
  if (!byLang) return [];
  const defaults = new Map([...r.parameters].map(([name, p]) => [name, p.default]));
  return [...byLang.keys()].sort().flatMap((lang): TranslatedTexts[] => {
    const state = translationStatus(r, lang, translations!);
    if (state.status !== 'current' && state.status !== 'stale') return [];
    const t = state.translation;
    const fill = (nodes: readonly RootContent[]) =>
      substituteParameters(nodes, defaults, r.parameters, intlLocale(lang));
    return [
      {
        lang,
        name: languageName(lang, SOURCE_LANGUAGE),
        state: state.status,
        title: t.title,
        statement: fill(t.statement.nodes),
        sections: t.sections.map((s, i) => ({
          key: r.sections[i]?.key ?? '',
          heading: s.heading,
          nodes: fill(s.nodes),
        })),
      },
    ];
  });
}
