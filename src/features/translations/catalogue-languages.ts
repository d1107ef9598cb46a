import { canonicalTag, isSourceLanguage } from '../../lib/language-tag.js';
import type { Catalogue } from '../../load/catalogue.js';
import type { I18n } from '../../load/i18n.js';
import { languagesOf } from '../../load/spec/spec.js';

/**
 * The languages the catalogue is used in besides its own, sorted: the language of every spec written in another
 * language, and of every translation file.
 */
export function catalogueLanguages(catalogue: Pick<Catalogue, 'specs'>, i18n: I18n): string[] {
  const tags = new Set<string>();
  for (const spec of catalogue.specs.values())
    for (const language of languagesOf(spec))
      if (!isSourceLanguage(language)) tags.add(canonicalTag(language) ?? language);
  for (const byLang of i18n.translations.values()) for (const lang of byLang.keys()) tags.add(lang);
  return [...tags].sort();
}
