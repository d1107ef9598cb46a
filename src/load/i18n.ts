import type { Diagnostic } from '../lib/diagnostics.js';
import type { Catalogue } from './catalogue.js';
import type { ContentStore } from './cache/cache.js';
import { loadLabelOverrides, type LabelOverride } from './frame/label-overrides.js';
import { loadTranslations } from './translation/load-translations.js';
import type { TranslationSet } from './translation/translation.js';

/** The workspace's translations and label files, parsed and checked once. */
export interface I18n {
  translations: TranslationSet;
  labelOverrides: ReadonlyMap<string, LabelOverride>;
}

export function loadI18n(
  catalogue: Catalogue,
  cache?: ContentStore,
  positions?: ContentStore,
): { i18n: I18n; diagnostics: Diagnostic[] } {
  const { translations, diagnostics } = loadTranslations(catalogue, cache, positions);
  const labels = loadLabelOverrides(catalogue.sources.filter((f) => f.path.startsWith('labels/')));
  return {
    i18n: { translations, labelOverrides: labels.overrides },
    diagnostics: [...diagnostics, ...labels.diagnostics],
  };
}

export const NO_I18N: I18n = { translations: new Map(), labelOverrides: new Map() };
