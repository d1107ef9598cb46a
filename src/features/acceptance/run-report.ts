import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { frameOf, wordingOf } from '../../document/i18n/frame-of.js';
import { docxLabels } from '../../document/i18n/document-frame.js';
import { BUILT_IN_LANGUAGES } from '../../load/frame/label-sets/index.js';
import { ACCEPTANCE_EN, type AcceptanceLabels } from '../../load/frame/acceptance-labels.js';
import { languagesOf } from '../../load/spec/spec.js';
import { specInLanguage } from '../../load/spec/spec-in-language.js';
import { buildDate } from '../../lib/build-date.js';
import { diagnostic, fileDiagnostic, WHOLE_FILE, type Diagnostic } from '../../lib/diagnostics.js';
import { sha256 } from '../../lib/hash/sha256.js';
import type { Result } from '../../lib/result.js';
import { TOOL_NAME } from '../../lib/version.js';
import { renderMarkdown } from '../../render/markdown.js';
import type { ResolvedSpec } from '../../resolve/resolved.js';
import type { Workspace } from '../../load/workspace.js';
import type { Resolution } from '../../resolve/resolve.js';
import { findSpec } from '../../resolve/find-spec.js';
import { loadWorkspace } from '../../load/load-workspace.js';
import { RESOLVE_AND_CHECK } from '../../check/pipeline-steps.js';
import { readXlsx, MAX_XLSX_BYTES } from '../responses/read-xlsx.js';
import { acceptanceReport, type AcceptanceReport } from './acceptance-report.js';
import { plannedFingerprint } from './fingerprint.js';
import { PLAN_FILE, parsePlanJson } from './plan-json.js';
import { readJunit } from './read-junit.js';
import { readResultsWorkbook } from './read-results-workbook.js';
import type { RecordedResult } from './recorded-result.js';
import { reportDocument } from './report-document.js';
import { reportJunit } from './report-junit.js';
import { reportText } from './report-text.js';

export type ReportFormat = 'text' | 'md' | 'json' | 'docx' | 'junit' | 'sarif';

export interface ReportRequest {
  root: string;
  spec: string;
  /** the plan's folder: absolute, and as the command line named it */
  plan: { dir: string; displayName: string };
  results: ReadonlyArray<{ file: string; displayName: string }>;
  junit: ReadonlyArray<{ file: string; displayName: string }>;
  format: ReportFormat;
  sourceDateEpoch?: number;
  /** use the workspace's cache of parsed files (out/.cache) */
  cache?: boolean;
}

export type ReportOutcome = Result<{ report: AcceptanceReport; output: string | Uint8Array; findings: Diagnostic[] }>;

/**
 * `tenderkit acceptance report SPEC --plan DIR`: the results of every input against the plan and the spec as it is
 * now. Any input that cannot be read, or that names a case or requirement the plan does not have, is an error and
 * no report is made: a decision on part of the evidence would be wrong without saying so.
 */
export async function runAcceptanceReport(request: ReportRequest): Promise<ReportOutcome> {
  const loaded = await loadWorkspace(
    request.root,
    { valid: true, specs: [request.spec], cache: request.cache === true },
    RESOLVE_AND_CHECK,
  );
  if (loaded.kind !== 'ok') return loaded;
  const { workspace } = loaded;
  const resolved = findSpec(workspace, request.spec);
  if (typeof resolved === 'string') return { kind: 'usage', message: resolved };

  const planName = path.join(request.plan.displayName, PLAN_FILE);
  const planText = await readFile(path.join(request.plan.dir, PLAN_FILE), 'utf8').catch(() => undefined);
  if (planText === undefined)
    return {
      kind: 'usage',
      message: `${planName} does not exist: --plan names the folder of acceptance plan --out-dir`,
    };
  const parsed = parsePlanJson(planText);
  if (!parsed.ok) return invalid(planName, `cannot read the plan: ${parsed.message}`);
  const plan = parsed.plan;
  if (plan.spec !== resolved.spec.id)
    return invalid(planName, `this is the plan of ${plan.spec}, not of ${resolved.spec.id}`);

  const diagnostics: Diagnostic[] = [];
  const results: RecordedResult[] = [];
  const inputs: AcceptanceReport['inputs'] = [];
  const words = workbookWords(resolved, workspace);
  for (const input of request.results) {
    const bytes = await readInput(input, diagnostics);
    if (!bytes) continue;
    inputs.push({ file: input.displayName, sha256: sha256(bytes) });
    const read = readXlsx(bytes);
    if (!read.ok) {
      diagnostics.push(
        fileDiagnostic('acceptance-results', `cannot read the results workbook: ${read.message}`, input.displayName),
      );
      continue;
    }
    const found = readResultsWorkbook(read.workbook, input.displayName, plan, words);
    diagnostics.push(...found.diagnostics);
    results.push(...found.results);
  }
  for (const input of request.junit) {
    const bytes = await readInput(input, diagnostics);
    if (!bytes) continue;
    inputs.push({ file: input.displayName, sha256: sha256(bytes) });
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      diagnostics.push(fileDiagnostic('acceptance-junit', 'the file is not UTF-8 text', input.displayName));
      continue;
    }
    const found = readJunit(text, input.displayName, plan);
    diagnostics.push(...found.diagnostics);
    results.push(...found.results);
  }
  if (diagnostics.length > 0) return { kind: 'invalid', diagnostics };

  const current = resolved.requirements.map((r) => ({
    id: r.id,
    obligation: r.obligation,
    fingerprint: plannedFingerprint(r),
  }));
  const report = acceptanceReport(plan, current, results, inputs);
  return {
    kind: 'ok',
    report,
    output: await render(report, resolved, workspace, request),
    findings: blockingFindings(report, resolved, workspace, request.plan.displayName),
  };
}

async function render(
  report: AcceptanceReport,
  resolved: ResolvedSpec,
  workspace: Workspace<Resolution>,
  request: ReportRequest,
): Promise<string | Uint8Array> {
  switch (request.format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'text':
      return reportText(report);
    case 'junit':
      return reportJunit(report);
    case 'sarif':
      // the findings, which the command line writes with the SARIF writer of the interchange formats
      return '';
    case 'md':
    case 'docx': {
      const frame = frameOf(wordingOf(workspace), resolved.spec);
      const { date } = buildDate(request.sourceDateEpoch, undefined);
      const document = reportDocument(resolved, report, {
        frame,
        date,
        toolName: TOOL_NAME,
        plan: request.plan.displayName,
        certificate: request.format === 'docx',
      });
      if (request.format === 'md') return renderMarkdown(document);
      const { renderDocx } = await import('../../render/docx/render-docx.js');
      return renderDocx(document, { labels: docxLabels(frame.labels) });
    }
  }
}

/** The blocking requirements as findings at their requirement files: what `--format sarif` lists for code scanning. */
export function blockingFindings(
  report: AcceptanceReport,
  resolved: ResolvedSpec,
  workspace: Workspace<Resolution>,
  plan: string,
): Diagnostic[] {
  const byId = new Map(report.requirements.map((r) => [r.id, r]));
  return report.blocking.map((id) => {
    const r = byId.get(id)!;
    const source = workspace.catalogue.requirements.get(id);
    const open = r.cases.filter((c) => c.status !== 'passed' && c.status !== 'concession').map((c) => c.id);
    const message =
      r.status === 'outdated'
        ? r.outdated === 'removed'
          ? `${id} is in the plan but no longer in ${resolved.spec.id}: plan the acceptance again`
          : r.outdated === 'not-planned'
            ? `${id} is in ${resolved.spec.id} but not in the plan: plan the acceptance again`
            : `${id} changed since the plan: its test cases ${open.join(', ')} must be planned and run again`
        : `${id} (${r.obligation}) is ${r.status === 'failed' ? 'failed' : 'not run'} in ${open.join(', ')}`;
    return diagnostic(
      'error',
      `acceptance-${r.status}`,
      message,
      source?.file ?? path.posix.join(plan, PLAN_FILE),
      source ? { line: source.statement.line, column: 1 } : WHOLE_FILE,
    );
  });
}

/** The results sheet's words in the spec's languages, then in every language tenderkit writes the workbook in. */
function workbookWords(resolved: ResolvedSpec, workspace: Workspace<Resolution>): AcceptanceLabels['workbook'][] {
  const words = languagesOf(resolved.spec).map(
    (language) => frameOf(wordingOf(workspace), specInLanguage(resolved.spec, language)).labels.acceptance.workbook,
  );
  for (const l of BUILT_IN_LANGUAGES.values()) if (l.labels.acceptance) words.push(l.labels.acceptance.workbook);
  words.push(ACCEPTANCE_EN.workbook);
  return words;
}

async function readInput(
  input: { file: string; displayName: string },
  diagnostics: Diagnostic[],
): Promise<Uint8Array | undefined> {
  try {
    const info = await stat(input.file);
    if (!info.isFile()) throw new Error('not a file');
    if (info.size > MAX_XLSX_BYTES * 2) {
      diagnostics.push(
        fileDiagnostic('acceptance-input', `the file has ${info.size} bytes, too many`, input.displayName),
      );
      return undefined;
    }
    return new Uint8Array(await readFile(input.file));
  } catch {
    diagnostics.push(
      fileDiagnostic('acceptance-input', 'the file does not exist or cannot be read', input.displayName),
    );
    return undefined;
  }
}

function invalid(file: string, message: string): ReportOutcome {
  return { kind: 'invalid', diagnostics: [fileDiagnostic('acceptance-plan', message, file)] };
}
