import { hasErrors, type Diagnostic } from '../../lib/diagnostics.js';
import type { Result } from '../../lib/result.js';
import { NO_I18N } from '../../load/i18n.js';
import { canonicalTag, isSourceLanguage } from '../../lib/language-tag.js';
import { writeFileAtomically } from '../../write/write-atomic.js';
import { loadWorkspace } from '../../load/load-workspace.js';
import { RESOLVE_AND_CHECK } from '../../check/pipeline-steps.js';
import { exportXliff } from './export-xliff.js';
import { unknownIdMessage } from '../../lib/text/nearest.js';
import { SILENT, type ProgressReporter } from '../../lib/progress.js';

export type XliffExportOutcome = Result<{ file: string; files: number; lang: string; diagnostics: Diagnostic[] }>;

/** Writes the XLIFF of the catalogue (or of one spec's requirements) for a target language. */
export async function exportXliffFile(options: {
  root: string;
  spec: string | undefined;
  lang: string;
  out: string;
  untranslated: boolean;
  progress?: ProgressReporter;
}): Promise<XliffExportOutcome> {
  const lang = canonicalTag(options.lang);
  if (!lang)
    return { kind: 'usage', message: `--lang "${options.lang}" is not a BCP 47 language tag (such as fr, de, nl-BE)` };
  if (isSourceLanguage(lang))
    return {
      kind: 'usage',
      message: `--lang ${lang} is the language of the catalogue itself; name the language to translate into`,
    };
  const progress = options.progress ?? SILENT;
  progress.step(1, 2, 'checking the workspace');
  const workspace = await loadWorkspace(options.root, {}, RESOLVE_AND_CHECK);
  if (options.spec !== undefined && !workspace.catalogue.specs.has(options.spec)) {
    return {
      kind: 'usage',
      message: unknownIdMessage('spec', options.spec, [...workspace.catalogue.specs.keys()]),
    };
  }
  const errors = workspace.diagnostics.filter((d) => d.severity === 'error');
  if (hasErrors(errors)) return { kind: 'invalid', diagnostics: errors };
  const requirements =
    options.spec !== undefined
      ? (workspace.resolution.resolved.get(options.spec)?.requirements ?? []).map((r) => r.source)
      : [...workspace.catalogue.requirements.values()].filter((r) => r.status !== 'deprecated');
  progress.step(2, 2, 'writing the XLIFF file');
  const { xml, files } = exportXliff(requirements, workspace.i18n ?? NO_I18N, {
    lang,
    untranslated: options.untranslated,
  });
  await writeFileAtomically(options.out, xml);
  return { kind: 'ok', file: options.out, files, lang, diagnostics: [] };
}
