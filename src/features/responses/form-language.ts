import { wordingOf } from '../../document/i18n/frame-of.js';
import type { Workspace } from '../../load/workspace.js';
import type { Resolution } from '../../resolve/resolve.js';
import { languagesOf } from '../../load/spec/spec.js';
import { BUILT_IN_LANGUAGES } from '../../load/frame/label-sets/index.js';
import { SOURCE_LANGUAGE } from '../../lib/language-tag.js';
import { resolvedInLanguage } from '../../resolve/in-language.js';
import type { ResolvedSpec } from '../../resolve/resolved.js';
import { formWordsOf } from '../../render/xlsx/response-form.js';
import type { FormWords } from '../../render/xlsx/response-rows.js';
import type { ReadWorkbook } from './read-xlsx.js';

/**
 * The language a returned form was written in, told by the name of its responses sheet: the spec's own languages
 * first, then every language tenderkit writes forms in. The spec in that language, and the form's words; the main
 * language when no sheet matches (the check then reports the sheet as missing).
 */
export function formLanguage(
  workbook: ReadWorkbook,
  resolved: ResolvedSpec,
  workspace: Pick<Workspace<Resolution>, 'catalogue' | 'i18n'>,
): { view: ResolvedSpec; words: FormWords } {
  const wording = wordingOf(workspace);
  const candidates = new Set([
    ...languagesOf(resolved.spec),
    ...[...BUILT_IN_LANGUAGES.values()].filter((l) => l.labels.form !== undefined).map((l) => l.tag),
    SOURCE_LANGUAGE,
  ]);
  for (const language of candidates) {
    const view = resolvedInLanguage(resolved, language);
    const words = formWordsOf(view, wording);
    if (workbook.sheets.has(words.responsesSheet)) return { view, words };
  }
  return { view: resolved, words: formWordsOf(resolved, wording) };
}
