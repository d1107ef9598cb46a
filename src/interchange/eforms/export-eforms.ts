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
import { awardNoticeModel } from './award-notice.js';

export interface ExportEformsOptions {
  root: string;
  spec: string;
  /** the .xml file to write */
  out: string;
  /** write a change notice of the notice published from this git revision */
  changeFrom?: string;
  /** write the contract award notice from this evaluation (`evaluate --format json`) */
  award?: string;
  /** BT-1451, YYYY-MM-DD, for the award notice */
  awardDate?: string;
  progress?: ProgressReporter;
}

/** What was written, and the mandatory fields the buyer still completes in the eSender. */
export interface EformsExport {
  file: string;
  subtype: string;
  toComplete: MandatoryField[];
  /** for a change notice: the sections it changes */
  changed?: string[];
  /** for an award notice: the winning organisation */
  winner?: string;
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
  if (options.changeFrom !== undefined && options.award !== undefined)
    return { kind: 'usage', message: 'give --change-from or --award, not both: a notice either changes or awards' };
  if (options.award !== undefined && options.awardDate === undefined)
    return {
      kind: 'usage',
      message: '--award needs --award-date YYYY-MM-DD, the date of the award decision (BT-1451)',
    };
  if (options.award !== undefined) {
    const awarded = awardNoticeModel(model, options.award, options.spec, options.awardDate);
    if (awarded.kind !== 'ok')
      return awarded.kind === 'invalid'
        ? { kind: 'invalid', diagnostics: [...diagnostics, ...awarded.diagnostics] }
        : awarded;
    model = awarded.value;
  }
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
    ...(model.changes ? { kind: 'change notice' } : model.result ? { kind: 'contract award notice' } : {}),
  });
  await writeFileAtomically(options.out, xml);
  return {
    kind: 'ok',
    value: {
      file: options.out,
      subtype: model.subtype,
      toComplete,
      ...(model.changes ? { changed: model.changes.sections.map((c) => c.section) } : {}),
      ...(model.result ? { winner: model.result.winner.name ?? model.result.winner.bidder } : {}),
    },
    diagnostics,
  };
}
