import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic, hasErrors, WHOLE_FILE, type Diagnostic, type Position } from '../../lib/diagnostics.js';
import type { Result } from '../../lib/result.js';
import { NO_I18N } from '../../load/i18n.js';
import { writeFileAtomically } from '../../write/write-atomic.js';
import { loadWorkspace } from '../../load/load-workspace.js';
import { RESOLVE_AND_CHECK } from '../../check/pipeline-steps.js';
import { parseXliff } from './parse-xliff.js';
import { planImport, type ImportPlan } from './plan-import.js';
import { SILENT, type ProgressReporter } from '../../lib/progress.js';

/** XLIFF files larger than this are refused before they are read. */
export const MAX_XLIFF_BYTES = 64 * 1024 * 1024;

export type XliffImportOutcome = Result<{ plan: ImportPlan; diagnostics: Diagnostic[] }>;

/** Reads an XLIFF file and writes or updates the translation files it completes; nothing when the workspace has errors. */
export async function importXliff(options: {
  root: string;
  file: string;
  dryRun?: boolean;
  progress?: ProgressReporter;
}): Promise<XliffImportOutcome> {
  const refuse = (message: string, at: Position = WHOLE_FILE): XliffImportOutcome => ({
    kind: 'invalid',
    diagnostics: [diagnostic('error', 'xliff', message, options.file, at)],
  });
  let text: string;
  try {
    const info = await stat(options.file);
    if (info.size > MAX_XLIFF_BYTES)
      return refuse(`the file has ${info.size} bytes, more than the limit of ${MAX_XLIFF_BYTES}`);
    text = (await readFile(options.file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (err) {
    return refuse(`cannot read the file: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  const progress = options.progress ?? SILENT;
  progress.step(1, 3, 'reading the XLIFF file');
  const parsed = parseXliff(text);
  if (!parsed.ok) return refuse(parsed.message, parsed.at);
  progress.step(2, 3, 'checking the workspace');
  const workspace = await loadWorkspace(options.root, {}, RESOLVE_AND_CHECK);
  const errors = workspace.diagnostics.filter((d) => d.severity === 'error');
  if (hasErrors(errors)) return { kind: 'invalid', diagnostics: errors };
  const plan = planImport(parsed.xliff, workspace.catalogue, workspace.i18n ?? NO_I18N);
  if (typeof plan === 'string') return refuse(plan);
  progress.step(3, 3, `writing ${plan.files.filter((f) => f.change !== 'unchanged').length} translation files`);
  if (!options.dryRun) {
    for (const f of plan.files) {
      if (f.change !== 'unchanged') await writeFileAtomically(path.join(workspace.catalogue.root, f.path), f.text);
    }
  }
  return { kind: 'ok', plan, diagnostics: plan.diagnostics };
}
