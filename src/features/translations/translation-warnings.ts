import type { Diagnostic } from '../../lib/diagnostics.js';
import type { Workspace } from '../../load/workspace.js';
import type { Resolution } from '../../resolve/resolve.js';
import { languagesOf } from '../../load/spec/spec.js';
import { NO_I18N } from '../../load/i18n.js';
import { isSourceLanguage } from '../../lib/language-tag.js';
import { resolvedInLanguage } from '../../resolve/in-language.js';
import { frameOf, wordingOf } from '../../document/i18n/frame-of.js';
import { languagePosition, translationGapsIn, translationSummary } from '../../document/i18n/translation-warnings.js';

/**
 * `validate`'s word on translations: one warning per spec and language whose documents would show English text for
 * want of a current translation (the gaps `build` reports, counted the same way), at the spec's `language`.
 */
export function translationWarnings(
  workspace: Pick<Workspace<Resolution>, 'catalogue' | 'resolution' | 'i18n'>,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const translations = (workspace.i18n ?? NO_I18N).translations;
  for (const resolved of workspace.resolution.resolved.values()) {
    for (const language of languagesOf(resolved.spec)) {
      if (isSourceLanguage(language)) continue;
      const inLanguage = resolvedInLanguage(resolved, language);
      const gaps = translationGapsIn(inLanguage, {
        language,
        labels: frameOf(wordingOf(workspace), inLanguage.spec).labels,
        translations,
        specLanguages: new Map(resolved.chain.map((s) => [s.id, s.language])),
      });
      const warning = translationSummary(inLanguage, gaps, language, {
        file: resolved.spec.file,
        at: languagePosition(resolved.spec, language),
      });
      if (warning) out.push(warning);
    }
  }
  return out;
}
