import path from 'node:path';
import { RESOLVE_AND_CHECK } from '../../check/pipeline-steps.js';
import { loadWorkspace } from '../../load/load-workspace.js';
import { parseMarkdown } from '../../load/requirement/markdown-parser.js';
import { buildDate, parseSourceDateEpoch } from '../../lib/build-date.js';
import { hasErrors, type Diagnostic } from '../../lib/diagnostics.js';
import { sha256 } from '../../lib/hash/sha256.js';
import { unknownIdMessage } from '../../lib/text/nearest.js';
import { TOOL_NAME, TOOL_VERSION } from '../../lib/version.js';
import { renderDocx } from '../../render/docx/render-docx.js';
import { writeWorkbook } from '../../render/xlsx/write-workbook.js';
import type { ResolvedSpec } from '../../resolve/resolved.js';
import { specFingerprint } from '../../resolve/spec-fingerprint.js';
import type { PackFile } from '../../write/pack-file.js';
import { writeFolderAtomically } from '../../write/write-atomic.js';
import { evaluate } from './compute.js';
import { evaluationMethod, type EvaluationMethod } from './method.js';
import type { EvaluationReport, TenderInput } from './model.js';
import { readBids } from './read-bids.js';
import { readScores } from './read-scores.js';
import { letterMarkdown, reportMarkdown, reportText, type ReportContext } from './report-markdown.js';
import { scoreWorkbook } from './score-workbook.js';
import { CONSENSUS } from './words.js';

export type EvaluateOutcome =
  | { kind: 'usage'; message: string }
  | { kind: 'invalid'; diagnostics: Diagnostic[] }
  | { kind: 'done'; output: string | Uint8Array | undefined; diagnostics: Diagnostic[]; written: string[] };

export interface EvaluateRequest {
  root: string;
  cwd: string;
  spec: string;
  bids: string;
  scores: string;
  format: 'text' | 'md' | 'json' | 'docx';
  letters: string | undefined;
  outDir: string | undefined;
  sourceDateEpoch: string | undefined;
}

export interface EvaluateInitRequest {
  root: string;
  cwd: string;
  spec: string;
  bids: string;
  evaluators: string[];
  outDir: string;
  sourceDateEpoch: string | undefined;
}

const shown = (cwd: string, p: string) => path.relative(cwd, path.resolve(cwd, p)).split(path.sep).join('/') || '.';

/** The identity of an evaluation: the spec, its fingerprint and the set of response forms, by bidder and hash. */
export function evaluationIdOf(spec: string, fingerprint: string, tenders: readonly TenderInput[]): string {
  const lines = [...tenders].map((t) => `${t.bidder}\u0000${t.sha256}`).sort();
  return sha256(`${spec}\u0000${fingerprint}\n${lines.join('\n')}`).slice(0, 16);
}

interface Loaded {
  resolved: ResolvedSpec;
  method: EvaluationMethod;
  fingerprint: string;
  tenders: TenderInput[];
  evaluationId: string;
  date: Date;
  diagnostics: Diagnostic[];
}

async function load(
  request: Pick<EvaluateRequest, 'root' | 'cwd' | 'spec' | 'bids' | 'sourceDateEpoch'>,
): Promise<Loaded | Exclude<EvaluateOutcome, { kind: 'done' }>> {
  const workspace = await loadWorkspace(request.root, {}, RESOLVE_AND_CHECK);
  if (!workspace.catalogue.specs.has(request.spec))
    return { kind: 'usage', message: unknownIdMessage('spec', request.spec, [...workspace.catalogue.specs.keys()]) };
  const resolved = workspace.resolution.resolved.get(request.spec);
  if (hasErrors(workspace.diagnostics) || !resolved) return { kind: 'invalid', diagnostics: workspace.diagnostics };
  const method = evaluationMethod(resolved);
  const bids = await readBids(
    path.resolve(request.cwd, request.bids),
    shown(request.cwd, request.bids),
    resolved,
    workspace,
    method,
  );
  if (bids.diagnostics.length) return { kind: 'invalid', diagnostics: bids.diagnostics };
  const fingerprint = specFingerprint(workspace.catalogue, resolved);
  return {
    resolved,
    method,
    fingerprint,
    tenders: bids.tenders,
    evaluationId: evaluationIdOf(resolved.spec.id, fingerprint, bids.tenders),
    date: buildDate(parseSourceDateEpoch(request.sourceDateEpoch), resolved.spec.date).date,
    diagnostics: workspace.diagnostics,
  };
}

/** `evaluate init`: one score workbook per evaluator (and the consensus workbook) for the tenders of a folder. */
export async function runEvaluateInit(request: EvaluateInitRequest): Promise<EvaluateOutcome> {
  const loaded = await load(request);
  if ('kind' in loaded) return loaded;
  const names = [...new Set(request.evaluators.map((e) => e.trim()).filter(Boolean))];
  const bad = names.find((n) => !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(n) || n === CONSENSUS);
  if (names.length === 0 || bad !== undefined)
    return {
      kind: 'usage',
      message: `--evaluators takes names of letters, digits, dots, dashes and underscores, separated by commas${bad ? ` ("${bad}" is not one${bad === CONSENSUS ? ': it names the consensus workbook' : ''})` : ''}`,
    };
  const spec = loaded.resolved.spec;
  const workbook = (evaluator: string): PackFile => ({
    name: `${evaluator}.xlsx`,
    bytes: writeWorkbook(
      scoreWorkbook({
        method: loaded.method,
        evaluator,
        evaluationId: loaded.evaluationId,
        fingerprint: loaded.fingerprint,
        specTitle: spec.procurement?.title ?? spec.title,
        tenders: loaded.tenders.map((t) => ({ bidder: t.bidder, name: t.name })),
        date: loaded.date,
        authority: spec.authority?.name ?? TOOL_NAME,
      }),
    ),
  });
  const files = names.sort().map(workbook);
  if (loaded.method.consensus === 'recorded') files.push(workbook(CONSENSUS));
  const target = path.resolve(request.cwd, request.outDir);
  await writeFolderAtomically(target, files);
  return {
    kind: 'done',
    output: undefined,
    diagnostics: loaded.diagnostics,
    written: files.map((f) => path.join(target, f.name)),
  };
}

/** `evaluate`: admissibility, scores, ranking and the evaluation report; letters and an evaluation folder on request. */
export async function runEvaluate(request: EvaluateRequest): Promise<EvaluateOutcome> {
  const loaded = await load(request);
  if ('kind' in loaded) return loaded;
  const scores = await readScores(
    path.resolve(request.cwd, request.scores),
    shown(request.cwd, request.scores),
    loaded.method,
    loaded.evaluationId,
    loaded.tenders,
  );
  if (scores.diagnostics.length) return { kind: 'invalid', diagnostics: scores.diagnostics };
  const inputs = [
    ...loaded.tenders.map((t) => ({ file: t.file, sha256: t.sha256 })),
    ...scores.evaluators.map((s) => ({ file: s.file, sha256: s.sha256 })),
    ...(scores.consensus ? [{ file: scores.consensus.file, sha256: scores.consensus.sha256 }] : []),
  ];
  const report = evaluate(
    { method: loaded.method, tenders: loaded.tenders, evaluators: scores.evaluators, consensus: scores.consensus },
    loaded.evaluationId,
    inputs,
  );
  const spec = loaded.resolved.spec;
  const ctx: ReportContext = {
    method: loaded.method,
    report,
    evaluators: [...scores.evaluators].sort((a, b) => (a.evaluator < b.evaluator ? -1 : 1)),
    consensus: scores.consensus,
    specTitle: spec.procurement?.title ?? spec.title,
    authority: spec.authority?.name ?? '–',
    reference: spec.procurement?.reference ?? '',
  };
  const docx = (markdown: string, title: string) =>
    renderDocx({
      tree: parseMarkdown(markdown),
      properties: {
        title,
        subject: ctx.specTitle,
        creator: ctx.authority,
        keywords: [spec.id, report.evaluationId],
        description: `${title} (${spec.id}, evaluation ${report.evaluationId})`,
        language: spec.language,
        footer: [ctx.reference, title].filter(Boolean).join(' \u2013 '),
        date: loaded.date,
      },
    });
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const markdown = reportMarkdown(ctx);
  const written: string[] = [];
  const letterFiles = async (): Promise<PackFile[]> => {
    const files: PackFile[] = [];
    for (const t of report.tenders) {
      const md = letterMarkdown(ctx, t);
      files.push({ name: `${t.bidder}.md`, bytes: new TextEncoder().encode(md) });
      files.push({ name: `${t.bidder}.docx`, bytes: await docx(md, `Result of the evaluation: ${t.bidder}`) });
    }
    return files;
  };
  if (request.letters) {
    const target = path.resolve(request.cwd, request.letters);
    const files = await letterFiles();
    await writeFolderAtomically(target, files);
    written.push(...files.map((f) => path.join(target, f.name)));
  }
  if (request.outDir) {
    const target = path.resolve(request.cwd, request.outDir);
    const files: PackFile[] = [
      { name: 'evaluation.json', bytes: new TextEncoder().encode(json) },
      { name: 'evaluation.md', bytes: new TextEncoder().encode(markdown) },
      { name: 'evaluation.docx', bytes: await docx(markdown, 'Evaluation report') },
      ...(await letterFiles()).map((f) => ({ ...f, name: `letters/${f.name}` })),
    ];
    files.push({ name: 'manifest.json', bytes: new TextEncoder().encode(evaluationManifest(report, files)) });
    await writeFolderAtomically(target, files);
    written.push(...files.map((f) => path.join(target, f.name)));
  }
  const output =
    request.format === 'json'
      ? json
      : request.format === 'md'
        ? markdown
        : request.format === 'docx'
          ? await docx(markdown, 'Evaluation report')
          : reportText(report);
  return { kind: 'done', output, diagnostics: loaded.diagnostics, written };
}

/** The manifest of an evaluation folder: the inputs and every output with its SHA-256, for `verify`. */
function evaluationManifest(report: EvaluationReport, files: readonly PackFile[]): string {
  const manifest = {
    kind: 'evaluation',
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    spec: report.spec,
    evaluationId: report.evaluationId,
    inputs: report.inputs.map((i) => ({ path: i.file, sha256: i.sha256 })),
    outputs: [...files]
      .map((f) => ({ path: f.name, sha256: sha256(f.bytes), size: f.bytes.length }))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
