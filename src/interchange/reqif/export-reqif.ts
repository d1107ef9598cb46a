import path from 'node:path';
import { buildDate } from '../../lib/build-date.js';
import type { Workspace } from '../../load/workspace.js';
import type { Resolution } from '../../resolve/resolve.js';
import { catalogueExport, specExport } from './export-model.js';
import { writeReqif } from './write-reqif.js';
import { TOOL_NAME, TOOL_VERSION } from '../../lib/version.js';
import type { ExportOutcome } from '../export-outcome.js';
import { loadWorkspace } from '../../load/load-workspace.js';
import { RESOLVE_AND_CHECK } from '../../check/pipeline-steps.js';
import { findSpec } from '../../resolve/find-spec.js';
import { reproducibleZip } from '../../lib/zip/reproducible-zip.js';
import { writeFileAtomically } from '../../write/write-atomic.js';
import { SILENT, type ProgressReporter } from '../../lib/progress.js';

export interface ExportReqifOptions {
  root: string;
  /** a spec id; the whole catalogue when undefined */
  spec: string | undefined;
  /** the file to write: `.reqif`, or `.reqifz` for a zip holding the .reqif */
  out: string;
  sourceDateEpoch: number | undefined;
  /** how far the work has got, for a person watching */
  progress?: ProgressReporter;
}

/** The catalogue or one resolved spec as ReqIF bytes; a `.reqifz` name gives a reproducible zip. */
export function reqifBytes(
  workspace: Workspace<Resolution>,
  spec: string | undefined,
  fileName: string,
  sourceDateEpoch: number | undefined,
): Uint8Array {
  const { catalogue } = workspace;
  const resolved = spec === undefined ? undefined : workspace.resolution.resolved.get(spec);
  if (spec !== undefined && !resolved)
    throw new Error(`spec ${spec} did not resolve although the workspace has no errors`);
  const { date } = buildDate(sourceDateEpoch, resolved?.spec.date);
  const doc = resolved ? specExport(catalogue, resolved) : catalogueExport(catalogue);
  const xml = new TextEncoder().encode(writeReqif(doc, { date, toolName: TOOL_NAME, toolVersion: TOOL_VERSION }));
  if (!fileName.toLowerCase().endsWith('.reqifz')) return xml;
  const inner = path.basename(fileName).replace(/\.reqifz$/i, '.reqif');
  return reproducibleZip([{ name: inner, bytes: xml }], date);
}

export async function exportReqif(
  options: ExportReqifOptions,
): Promise<ExportOutcome<{ file: string; requirements: number }>> {
  if (!/\.reqifz?$/i.test(options.out)) {
    return { kind: 'usage', message: `--out must name a .reqif or .reqifz file, not ${options.out}` };
  }
  const progress = options.progress ?? SILENT;
  progress.step(1, 2, 'checking the workspace');
  const loaded = loadWorkspace(options.root, { valid: true, lint: true, annexes: true }, RESOLVE_AND_CHECK);
  if (loaded.kind !== 'ok') return loaded;
  const { workspace } = loaded;
  const { diagnostics } = workspace;
  const named = options.spec === undefined ? undefined : findSpec(workspace, options.spec);
  if (typeof named === 'string') return { kind: 'usage', message: named };
  progress.step(2, 2, `writing ${path.basename(options.out)}`);
  const bytes = reqifBytes(workspace, options.spec, options.out, options.sourceDateEpoch);
  await writeFileAtomically(options.out, bytes);
  const requirements =
    options.spec === undefined
      ? workspace.catalogue.requirements.size
      : (workspace.resolution.resolved.get(options.spec)?.requirements.length ?? 0);
  return { kind: 'ok', value: { file: options.out, requirements }, diagnostics };
}
