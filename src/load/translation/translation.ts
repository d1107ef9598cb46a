import type { RootContent } from 'mdast';
import type { ParsedYaml } from '../yaml/parse-yaml.js';
import type { TranslationState } from './translation-state.js';

/** A translated text of one field, parsed like the source. */
export interface TranslatedText {
  markdown: string;
  nodes: RootContent[];
  /** 1-based line in the translation file */
  line: number;
}

export interface TranslatedSection extends TranslatedText {
  /** the heading as the translator wrote it */
  heading: string;
}

/**
 * `requirements/<domain>/<ID>.<lang>.md`: the title, statement and sections of one requirement in another language.
 * Obligation, parameters and every other field stay in the source file; sections match the source's by order.
 */
export interface Translation {
  id: string;
  /** BCP 47, canonical form */
  lang: string;
  title: string;
  /** the sourceHash of the text it was translated from */
  source: string;
  /** how far the translation has come (front matter `state:`, `translated` when absent) */
  state: TranslationState;
  statement: TranslatedText;
  sections: TranslatedSection[];
  /** by reference id: the reference as the language cites it (an EU act's id) and its title, each optional */
  references: Map<string, TranslatedReference>;
  /** legal basis entries by their source text */
  legalBasis: Map<string, string>;
  /** display names of parameter values: parameter -> source value -> translated value */
  values: Map<string, Map<string, string>>;
  file: string;
  frontMatter: ParsedYaml;
}

export interface TranslatedReference {
  id?: string;
  title?: string;
}

/** Every translation of the workspace: requirement id -> language tag -> translation. */
export type TranslationSet = ReadonlyMap<string, ReadonlyMap<string, Translation>>;

/** The translation of a requirement for a language: the exact tag, else the bare language ("fr" for "fr-BE"). */
export function findTranslation(set: TranslationSet, id: string, lang: string): Translation | undefined {
  const byLang = set.get(id);
  if (!byLang) return undefined;
  const exact = byLang.get(lang);
  if (exact) return exact;
  return byLang.get(lang.split('-')[0]!.toLowerCase());
}
