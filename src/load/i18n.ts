import type { Diagnostic } from '../lib/diagnostics.js';
import type { Catalogue } from './catalogue.js';
import type { ContentStore } from './cache/cache.js';
import { loadLabelOverrides, type LabelOverride } from './frame/label-overrides.js';
import { loadTranslations } from './translation/load-translations.js';
import type { TranslationSet } from './translation/translation.js';
import { loadGlossaries } from './glossary/load-glossaries.js';
import type { Glossaries } from './glossary/glossary.js';

/** The workspace's translations and label files, parsed and checked once. */
export interface I18n {
  translations: TranslationSet;
  labelOverrides: ReadonlyMap<string, LabelOverride>;
  /** `glossary/<lang>.yaml` by language (absent in hand-made values) */
  glossaries?: Glossaries;
}

export function loadI18n(
  catalogue: Catalogue,
  cache?: ContentStore,
  positions?: ContentStore,
): { i18n: I18n; diagnostics: Diagnostic[] } {
  const { translations, diagnostics } = loadTranslations(catalogue, cache, positions);
  const labels = loadLabelOverrides(catalogue.sources.filter((f) => f.path.startsWith('labels/')));
  const glossary = loadGlossaries(catalogue.sources.filter((f) => f.path.startsWith('glossary/')));
  return {
    i18n: { translations, labelOverrides: labels.overrides, glossaries: glossary.glossaries },
    diagnostics: [...diagnostics, ...labels.diagnostics, ...glossary.diagnostics],
  };
}

export const NO_I18N: I18n = { translations: new Map(), labelOverrides: new Map() };
