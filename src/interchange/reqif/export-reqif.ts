import path from 'node:path';
import { buildDate } from '../../lib/build-date.js';
import type { LoadedWorkspace } from '../../check/load-workspace.js';
import { catalogueExport, specExport } from './export-model.js';
import { writeReqif } from './write-reqif.js';
import { TOOL_NAME, TOOL_VERSION } from '../../lib/version.js';
import { loadForExport, type ExportOutcome } from '../load-for-export.js';
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
  workspace: LoadedWorkspace,
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
  const loaded = await loadForExport(options.root, options.spec);
  if (loaded.kind !== 'loaded') return loaded;
  const { workspace, diagnostics } = loaded;
  progress.step(2, 2, `writing ${path.basename(options.out)}`);
  const bytes = reqifBytes(workspace, options.spec, options.out, options.sourceDateEpoch);
  await writeFileAtomically(options.out, bytes);
  const requirements =
    options.spec === undefined
      ? workspace.catalogue.requirements.size
      : (workspace.resolution.resolved.get(options.spec)?.requirements.length ?? 0);
  return { kind: 'done', value: { file: options.out, requirements }, diagnostics };
}
