import type { Diagnostic } from '../../lib/diagnostics.js';
import { diagnostic } from '../../lib/diagnostics.js';
import type { Catalogue } from '../catalogue.js';
import { isTranslation } from '../parse-catalogue.js';
import { positionStore, type ContentStore } from '../cache/cache.js';
import { checkTranslation } from './check-translation.js';
import { parseTranslation } from './parse-translation.js';
import type { Translation, TranslationSet } from './translation.js';

/**
 * Parses and checks every `requirements/**\/<ID>.<lang>.md`; only the valid ones are kept. `cache`, when given,
 * supplies the front matter of translations parsed before and learns those that parse without a finding.
 */
export function loadTranslations(
  catalogue: Catalogue,
  cache?: ContentStore,
  positions?: ContentStore,
): { translations: TranslationSet; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const set = new Map<string, Map<string, Translation>>();
  const files = catalogue.sources.filter((f) => f.path.startsWith('requirements/') && isTranslation(f));
  for (const file of files) {
    const known = cache?.lookup('translation', file.sha256);
    const { translation, diagnostics: found } = parseTranslation(
      file,
      known,
      positionStore(positions, 'translation', file),
    );
    diagnostics.push(...found);
    if (!translation) continue;
    if (known === undefined && found.length === 0)
      cache?.remember('translation', file.sha256, translation.frontMatter.value);
    const problems = checkTranslation(translation, catalogue.requirements.get(translation.id));
    diagnostics.push(...problems);
    if (problems.some((d) => d.severity === 'error')) continue;
    const byLang = set.get(translation.id) ?? new Map<string, Translation>();
    const earlier = byLang.get(translation.lang);
    if (earlier) {
      diagnostics.push(
        diagnostic(
          'error',
          'translation',
          `${translation.id} already has a ${translation.lang} translation in ${earlier.file}`,
          translation.file,
          translation.frontMatter.positionOf(['lang']),
        ),
      );
      continue;
    }
    byLang.set(translation.lang, translation);
    set.set(translation.id, byLang);
  }
  return { translations: set, diagnostics };
}
