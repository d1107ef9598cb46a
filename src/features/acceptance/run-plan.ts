import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { frameOf, wordingOf } from '../../document/i18n/frame-of.js';
import { localiseRequirement } from '../../document/i18n/localise-requirement.js';
import { substituteInText } from '../../document/substitute-parameters.js';
import { NO_I18N } from '../../load/i18n.js';
import { languagesOf } from '../../load/spec/spec.js';
import { buildDate } from '../../lib/build-date.js';
import { fileDiagnostic, type Diagnostic } from '../../lib/diagnostics.js';
import type { Result } from '../../lib/result.js';
import { sha256 } from '../../lib/hash/sha256.js';
import { TOOL_NAME, TOOL_VERSION } from '../../lib/version.js';
import { resolvedInLanguage } from '../../resolve/in-language.js';
import { renderDocx } from '../../render/docx/render-docx.js';
import { writeWorkbook } from '../../render/xlsx/write-workbook.js';
import type { PackFile } from '../../write/pack-file.js';
import { writeFolderAtomically } from '../../write/write-atomic.js';
import { languageFileName } from '../../lib/text/language-file-name.js';
import { docxLabels } from '../../document/i18n/document-frame.js';
import { findSpec } from '../../resolve/find-spec.js';
import { loadWorkspace } from '../../load/load-workspace.js';
import { RESOLVE_AND_CHECK } from '../../check/pipeline-steps.js';
import { readCommitments } from './commitments.js';
import { planDocument } from './plan-document.js';
import { PLAN_FILE, parsePlanJson, planJson, type PlanFile } from './plan-json.js';
import { resultsWorkbook } from './results-workbook.js';
import { buildTestPlan } from './test-plan.js';

export const PLAN_DOCUMENT = 'test-plan.docx';
export const RESULTS_WORKBOOK = 'test-results.xlsx';

export type PlanOutcome = Result<{ plan: PlanFile; files: string[] }>;

export interface PlanRequest {
  root: string;
  spec: string;
  /** absolute */
  outDir: string;
  /** the folder as messages show it (relative to the working folder) */
  outDirName?: string;
  /** the winner's returned response form: absolute path, and the name messages show */
  bid?: { file: string; displayName: string };
  sourceDateEpoch?: number;
  /** use the workspace's cache of parsed files (out/.cache) */
  cache?: boolean;
}

/**
 * `tenderkit acceptance plan SPEC --out-dir DIR`: the test plan (Word, in every language of the spec), the results
 * workbook (in the main language) and `plan.json`, written together or not at all.
 */
export async function runAcceptancePlan(request: PlanRequest): Promise<PlanOutcome> {
  const loaded = await loadWorkspace(
    request.root,
    { valid: true, specs: [request.spec], cache: request.cache === true },
    RESOLVE_AND_CHECK,
  );
  if (loaded.kind !== 'ok') return loaded;
  const { workspace } = loaded;
  const resolved = findSpec(workspace, request.spec);
  if (typeof resolved === 'string') return { kind: 'usage', message: resolved };
  const refusal = await folderRefusal(request.outDir, request.outDirName ?? request.outDir);
  if (refusal) return { kind: 'invalid', diagnostics: [refusal] };

  let bid: { name: string; commitments: Awaited<ReturnType<typeof readCommitments>> } | undefined;
  if (request.bid) {
    const commitments = await readCommitments(request.bid.file, request.bid.displayName, resolved, workspace);
    if (!commitments.ok) return { kind: 'invalid', diagnostics: commitments.diagnostics };
    bid = { name: path.basename(request.bid.file).replace(/\.[^.]+$/, ''), commitments };
  }

  const plan = buildTestPlan(resolved);
  const { date, meaningful } = buildDate(request.sourceDateEpoch, resolved.spec.date);
  const i18n = workspace.i18n ?? NO_I18N;
  const files: PackFile[] = [];
  const [main, ...others] = languagesOf(resolved.spec);
  for (const language of [main!, ...others]) {
    const view = resolvedInLanguage(resolved, language);
    const frame = frameOf(wordingOf(workspace), view.spec);
    const document = planDocument(view, plan, {
      frame,
      translations: i18n.translations,
      date,
      showDate: meaningful,
      toolName: TOOL_NAME,
      workbook: RESULTS_WORKBOOK,
      ...(workspace.catalogue.config.version !== undefined
        ? { catalogueVersion: workspace.catalogue.config.version }
        : {}),
      ...(bid?.commitments.ok ? { bid: { name: bid.name, commitments: bid.commitments.commitments } } : {}),
    });
    const bytes = await renderDocx(document, { labels: docxLabels(frame.labels) });
    files.push({ name: language === main ? PLAN_DOCUMENT : languageFileName(PLAN_DOCUMENT, language), bytes });
    if (language === main) {
      const context = {
        language,
        labels: frame.labels,
        translations: i18n.translations,
        specLanguages: new Map(view.chain.map((s) => [s.id, s.language])),
      };
      const titles = new Map(
        view.requirements.map((r) => {
          const l = localiseRequirement(r, context);
          return [r.id, substituteInText(l.title.text, l.values, l.parameters, frame.locale)];
        }),
      );
      files.push({ name: RESULTS_WORKBOOK, bytes: writeWorkbook(resultsWorkbook(view, plan, frame, titles, date)) });
    }
  }
  const planFile: PlanFile = {
    ...plan,
    tool: `${TOOL_NAME} ${TOOL_VERSION}`,
    ...(request.bid && bid
      ? { bid: { file: bid.name + path.extname(request.bid.file), sha256: sha256(await readFile(request.bid.file)) } }
      : {}),
    files: Object.fromEntries(files.map((f) => [f.name, sha256(f.bytes)])),
  };
  files.push({ name: PLAN_FILE, bytes: new TextEncoder().encode(planJson(planFile)) });
  await writeFolderAtomically(request.outDir, files);
  return { kind: 'ok', plan: planFile, files: files.map((f) => f.name) };
}

/**
 * Writing a plan replaces its folder. A folder that holds other files, or a plan whose results workbook was filled
 * in since, is left alone: the results recorded in it would be lost.
 */
async function folderRefusal(dir: string, shown: string): Promise<Diagnostic | undefined> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return undefined;
  }
  const refuse = (message: string, file = shown) => fileDiagnostic('acceptance-plan', message, file);
  if (names.length === 0) return undefined;
  if (!names.includes(PLAN_FILE))
    return refuse(`the folder is not empty and holds no ${PLAN_FILE}: choose an empty or new folder for the plan`);
  const previous = parsePlanJson(await readFile(path.join(dir, PLAN_FILE), 'utf8'));
  if (!previous.ok)
    return refuse(`cannot be read (${previous.message}): choose another folder`, path.join(shown, PLAN_FILE));
  for (const name of names) {
    if (name === PLAN_FILE) continue;
    const recorded = previous.plan.files[name];
    const now = sha256(await readFile(path.join(dir, name)).catch(() => new Uint8Array()));
    if (recorded !== now)
      return refuse(
        'changed since the plan was written (results recorded in it would be lost): move it or choose another folder for the new plan',
        path.join(shown, name),
      );
  }
  return undefined;
}
