import path from 'node:path';
import { buildDate } from '../../lib/build-date.js';
import { countryCode } from '../../lib/eforms-sdk/sdk-data.js';
import { espdCriteriaOf } from '../../lib/espd-edm/espd-criteria.js';
import { uuidFromName } from '../../lib/hash/name-uuid.js';
import { SILENT, type ProgressReporter } from '../../lib/progress.js';
import { TOOL_NAME, TOOL_VERSION } from '../../lib/version.js';
import { RESOLVE_AND_CHECK } from '../../check/pipeline-steps.js';
import { loadWorkspace } from '../../load/load-workspace.js';
import type { WorkspaceConfig } from '../../load/config.js';
import type { LocalisedText } from '../../load/spec/spec.js';
import { effectiveNotice } from '../../resolve/effective-notice.js';
import { effectiveSelection } from '../../resolve/effective-selection.js';
import { findSpec } from '../../resolve/find-spec.js';
import { pickLanguage } from '../../resolve/localised.js';
import type { ResolvedSpec } from '../../resolve/resolved.js';
import { writeFileAtomically } from '../../write/write-atomic.js';
import type { ExportOutcome } from '../export-outcome.js';
import { writeEspdRequest, type EspdRequestModel } from './espd-request.js';

export interface ExportEspdOptions {
  root: string;
  spec: string;
  /** the .xml file to write */
  out: string;
  /** SOURCE_DATE_EPOCH: the issue date when the spec states no date */
  sourceDateEpoch: number | undefined;
  progress?: ProgressReporter;
}

export interface EspdExport {
  file: string;
  /** the ESPD criteria the request asks for, by type code */
  criteria: string[];
  /** the spec's codes that the ESPD has no criterion for (in the notice and the tender documents only) */
  notInEspd: string[];
  toComplete: string[];
}

/** The ESPD Request of a resolved spec (ESPD-EDM 4.1.0), written atomically; nothing on an error. */
export async function exportEspd(options: ExportEspdOptions): Promise<ExportOutcome<EspdExport>> {
  if (!/\.xml$/i.test(options.out))
    return { kind: 'usage', message: `--out must name an .xml file, not ${options.out}` };
  const progress = options.progress ?? SILENT;
  progress.step(1, 2, 'checking the workspace');
  const loaded = loadWorkspace(options.root, { valid: true, lint: true, annexes: true }, RESOLVE_AND_CHECK);
  if (loaded.kind !== 'ok') return loaded;
  const { workspace } = loaded;
  const resolved = findSpec(workspace, options.spec);
  if (typeof resolved === 'string') return { kind: 'usage', message: resolved };
  const { model, notInEspd } = espdRequestModel(resolved, workspace.catalogue.config, options.sourceDateEpoch);
  progress.step(2, 2, `writing ${path.basename(options.out)}`);
  const written = writeEspdRequest(model, {
    spec: options.spec,
    file: resolved.spec.file,
    tool: `${TOOL_NAME} ${TOOL_VERSION}`,
  });
  await writeFileAtomically(options.out, written.xml);
  return {
    kind: 'ok',
    value: { file: options.out, criteria: written.criteria, notInEspd, toComplete: written.toComplete },
    diagnostics: workspace.diagnostics,
  };
}

/** The request's values from the resolved spec: its buyer, procedure, lots and selection, texts in its main language. */
export function espdRequestModel(
  resolved: ResolvedSpec,
  config: WorkspaceConfig,
  sourceDateEpoch: number | undefined,
): { model: EspdRequestModel; notInEspd: string[] } {
  const { spec } = resolved;
  const { notice } = effectiveNotice(resolved, config);
  const selection = effectiveSelection(resolved);
  const textOf = (text: LocalisedText | undefined) =>
    text === undefined ? undefined : pickLanguage(text, spec.language).text.replace(/\s+/g, ' ').trim();
  const entries = [...selection.exclusion, ...selection.criteria];
  const alpha2 = notice.buyer?.country ?? spec.authority?.country;
  const lotCount = (notice.lots ?? spec.procurement?.lots ?? []).length;
  const reference = spec.procurement?.reference;
  const title = spec.procurement?.title ?? spec.title;
  const buyer = notice.buyer;
  const model: EspdRequestModel = {
    uuid: uuidFromName(`tenderkit espd ${spec.id} ${reference ?? ''}`),
    ...(reference !== undefined ? { reference } : {}),
    issued: buildDate(sourceDateEpoch, spec.date).date,
    ...(notice.procedure !== undefined ? { procedure: notice.procedure } : {}),
    buyer: {
      ...optional('name', buyer?.name ?? spec.authority?.name),
      ...optional('identifier', buyer?.identifier),
      ...optional('city', buyer?.city),
      ...optional('postcode', buyer?.postcode),
      ...optional('country', alpha2 === undefined ? undefined : countryCode(alpha2)),
      ...optional('telephone', buyer?.telephone),
      ...optional('email', buyer?.email),
    },
    project: { title, description: notice.description ?? spec.title },
    lots:
      lotCount === 0
        ? ['LOT-0000']
        : Array.from({ length: lotCount }, (_, i) => `LOT-${String(i + 1).padStart(4, '0')}`),
    criteria: entries
      .filter((e) => espdCriteriaOf(e.code))
      .map((e) => ({
        code: e.code,
        exclusion: e.code.startsWith('exg-'),
        ...optional('description', textOf(e.description)),
        ...('threshold' in e && e.threshold ? { threshold: e.threshold } : {}),
      })),
  };
  return { model, notInEspd: entries.filter((e) => !espdCriteriaOf(e.code)).map((e) => e.code) };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]: V });
}
