import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { LocalisedRequirement } from '../../document/i18n/localise-requirement.js';
import type { Parameter, ParameterValue } from '../../load/requirement/requirement.js';
import type { TranslationSet } from '../../load/translation/translation.js';
import { translationStatus } from '../../load/translation/translation-status.js';
import { intlLocale, sameLanguage } from '../../lib/language-tag.js';
import type { EffectiveRequirement } from '../../resolve/resolved.js';

/** Where a field's text comes from: the requirement file, its translation, or the spec (a deviation's text). */
export type TextHome =
  | { kind: 'requirement'; file: string; offset: number }
  | { kind: 'translation'; file: string; lang: string }
  | { kind: 'spec' }
  | { kind: 'shown' };

/** The source of one text field as the document showed it, with the values that filled it in. */
export interface FieldSource {
  /** Markdown with `{{name}}` placeholders */
  text: string;
  home: TextHome;
  /** the values and parameters the document filled in, and the locale that wrote them */
  values: ReadonlyMap<string, ParameterValue>;
  parameters: ReadonlyMap<string, Parameter>;
  locale: string;
}

/** The source texts of a requirement's title, statement and sections, as a document in `language` shows them. */
export function fieldSources(
  r: EffectiveRequirement,
  l: LocalisedRequirement,
  language: string,
  translations: TranslationSet,
): Map<string, FieldSource> {
  const state = translationStatus(r.source, language, translations);
  const translation = state.status === 'current' ? state.translation : undefined;
  const filling = (lang: string) =>
    sameLanguage(lang, language)
      ? { values: l.values, parameters: l.parameters, locale: intlLocale(language) }
      : { values: l.source.values, parameters: l.source.parameters, locale: intlLocale(lang) };
  const out = new Map<string, FieldSource>();

  const titleHome: TextHome =
    r.title !== r.source.title
      ? { kind: 'spec' }
      : translation && l.title.text === translation.title
        ? { kind: 'translation', file: translation.file, lang: translation.lang }
        : { kind: 'requirement', file: r.source.file, offset: -1 };
  out.set('title', { text: l.title.text, home: titleHome, ...filling(l.title.lang) });

  const nodes = l.statement.nodes;
  const statement: Omit<FieldSource, 'values' | 'parameters' | 'locale'> = same(nodes, r.source.statement.nodes)
    ? {
        text: r.source.statement.markdown,
        home: { kind: 'requirement', file: r.source.file, offset: r.source.statement.offset },
      }
    : translation && same(nodes, translation.statement.nodes)
      ? {
          text: translation.statement.markdown,
          home: { kind: 'translation', file: translation.file, lang: translation.lang },
        }
      : same(nodes, r.statement.nodes)
        ? { text: r.statement.markdown, home: { kind: 'spec' } }
        : { text: '', home: { kind: 'shown' } };
  out.set('statement', { ...statement, ...filling(l.statement.lang) });

  l.sections.forEach((s, i) => {
    const own = r.source.sections[i];
    const translated = translation?.sections[i];
    const source =
      own && same(s.nodes, own.nodes)
        ? { text: own.markdown, home: { kind: 'requirement', file: r.source.file, offset: own.offset } as TextHome }
        : translated && same(s.nodes, translated.nodes) && translation
          ? {
              text: translated.markdown,
              home: { kind: 'translation', file: translation.file, lang: translation.lang } as TextHome,
            }
          : { text: '', home: { kind: 'shown' } as TextHome };
    out.set(`sections.${s.key}`, { ...source, ...filling(s.lang) });
  });
  return out;
}

/** Whether two texts are the same nodes, or read the same (a resolver or localiser may copy them). */
function same(a: readonly RootContent[], b: readonly RootContent[]): boolean {
  if (a === b) return true;
  const text = (nodes: readonly RootContent[]) => nodes.map((n) => toString(n)).join('\n');
  return text(a) === text(b);
}
