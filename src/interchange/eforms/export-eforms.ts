import path from 'node:path';
import { SILENT, type ProgressReporter } from '../../lib/progress.js';
import type { MandatoryField } from '../../lib/eforms-sdk/sdk-data.js';
import { TOOL_NAME, TOOL_VERSION } from '../../lib/version.js';
import { writeFileAtomically } from '../../write/write-atomic.js';
import type { ExportOutcome } from '../export-outcome.js';
import { loadWorkspace } from '../../load/load-workspace.js';
import { RESOLVE_AND_CHECK } from '../../check/pipeline-steps.js';
import { findSpec } from '../../resolve/find-spec.js';
import { frameOf, wordingOf } from '../../document/i18n/frame-of.js';
import { noticeModel } from './notice-model.js';
import { writeNotice } from './write-notice.js';
import { changeNoticeModel } from './change-notice.js';

export interface ExportEformsOptions {
  root: string;
  spec: string;
  /** the .xml file to write */
  out: string;
  /** write a change notice of the notice published from this git revision */
  changeFrom?: string;
  progress?: ProgressReporter;
}

/** What was written, and the mandatory fields the buyer still completes in the eSender. */
export interface EformsExport {
  file: string;
  subtype: string;
  toComplete: MandatoryField[];
  /** for a change notice: the sections it changes */
  changed?: string[];
}

/**
 * The resolved spec as a draft eForms contract notice (subtype 16, or 18 under Directive 2009/81/EC), or as a change
 * notice of the one published from a git revision; written atomically, nothing on an error.
 */
export async function exportEforms(options: ExportEformsOptions): Promise<ExportOutcome<EformsExport>> {
  if (!/\.xml$/i.test(options.out)) {
    return { kind: 'usage', message: `--out must name an .xml file, not ${options.out}` };
  }
  const progress = options.progress ?? SILENT;
  progress.step(1, 2, 'checking the workspace');
  const loaded = loadWorkspace(options.root, { valid: true, lint: true, annexes: true }, RESOLVE_AND_CHECK);
  if (loaded.kind !== 'ok') return loaded;
  const { workspace } = loaded;
  const resolved = findSpec(workspace, options.spec);
  if (typeof resolved === 'string') return { kind: 'usage', message: resolved };
  const labels = frameOf(wordingOf(workspace), resolved.spec).labels;
  const built = noticeModel(resolved, workspace.catalogue.config, labels);
  const diagnostics = [...workspace.diagnostics, ...built.diagnostics];
  if (!built.model) return { kind: 'invalid', diagnostics };
  let model = built.model;
  if (options.changeFrom !== undefined) {
    progress.step(2, 3, `comparing with ${options.changeFrom}`);
    const change = await changeNoticeModel(options.root, options.spec, options.changeFrom, model, labels);
    if (change.kind !== 'ok') return change;
    model = change.value;
  }
  progress.step(options.changeFrom ? 3 : 2, options.changeFrom ? 3 : 2, `writing ${path.basename(options.out)}`);
  const { xml, toComplete } = writeNotice(model, {
    spec: options.spec,
    file: resolved.spec.file,
    tool: `${TOOL_NAME} ${TOOL_VERSION}`,
    change: model.changes !== undefined,
  });
  await writeFileAtomically(options.out, xml);
  return {
    kind: 'ok',
    value: {
      file: options.out,
      subtype: model.subtype,
      toComplete,
      ...(model.changes ? { changed: model.changes.sections.map((c) => c.section) } : {}),
    },
    diagnostics,
  };
}
