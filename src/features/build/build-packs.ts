import path from 'node:path';
import { diagnostic, hasErrors, type Diagnostic } from '../../lib/diagnostics.js';
import { buildDocument } from '../../document/build-document.js';
import { gitCommit } from '../../lib/git-commit.js';
import { buildManifest, manifestFile } from '../../write/manifest.js';
import { writeFolderAtomically } from '../../write/write-atomic.js';
import { loadWorkspace } from '../../load/load-workspace.js';
import { RESOLVE_AND_CHECK } from '../../check/pipeline-steps.js';
import type { Workspace } from '../../load/workspace.js';
import type { Resolution } from '../../resolve/resolve.js';
import { Cache } from '../../load/cache/cache.js';
import { TOOL_NAME, TOOL_VERSION, toolBuild } from '../../lib/version.js';
import { buildDate } from '../../lib/build-date.js';
import { FORMATS } from './formats.js';
import type { PackFile, PackFormat } from './pack-format.js';
import type { PlannedPack } from './pack-worker-messages.js';
import { planOnThreads, planningThreads, workerScript } from './parallel-plan.js';
import { specInputs } from '../../resolve/spec-inputs.js';
import { annexFiles } from './annex-files.js';
import { annexOutputNamesIn, effectiveAnnexes } from '../../resolve/effective-annexes.js';
import { packIsUpToDate, rememberPack } from './up-to-date.js';
import { unknownIdMessage } from '../../lib/text/nearest.js';
import { languagesOf } from '../../load/spec/spec.js';
import { resolvedInLanguage } from '../../resolve/in-language.js';
import { languageFileName } from '../../lib/text/language-file-name.js';
import { translationWarnings } from '../translations/translation-warnings.js';

export interface BuildOptions {
  root: string;
  /** spec ids; all specs when empty */
  specs: readonly string[];
  /** the folder that receives one pack folder per spec */
  outDir: string;
  /** format ids; the default formats when undefined */
  formats?: readonly string[];
  sourceDateEpoch?: number;
  /** called as each spec's pack is planned (by whichever thread), for progress */
  onProgress?: (spec: string, index: number, total: number) => void;
  /** rebuild packs even when their inputs did not change */
  force?: boolean;
  /** worker threads for planning packs; by default the cores, when the work is large enough */
  jobs?: number;
  /** use the workspace's cache: parsed files, the lint findings, and a pack left as it is when its inputs did not change */
  cache?: boolean;
}

export interface BuiltPack {
  spec: string;
  dir: string;
  files: string[];
  /** the pack on disk already matched its inputs and was left as it was */
  upToDate: boolean;
}

export type BuildResult =
  | { kind: 'ok'; packs: BuiltPack[]; diagnostics: Diagnostic[] }
  | { kind: 'invalid'; diagnostics: Diagnostic[] }
  | { kind: 'usage'; message: string };

export function selectFormats(ids: readonly string[] | undefined): PackFormat[] | string {
  if (ids === undefined) return FORMATS.filter((f) => f.byDefault);
  const chosen: PackFormat[] = [];
  for (const id of ids) {
    const f = FORMATS.find((x) => x.id === id);
    if (!f) return `unknown format "${id}"; choose from ${FORMATS.map((x) => x.id).join(', ')}`;
    if (!chosen.includes(f)) chosen.push(f);
  }
  return chosen;
}

/** Validates the workspace (nothing is written when it has errors), then plans and writes each requested pack in turn. */
export async function buildPacks(options: BuildOptions): Promise<BuildResult> {
  const formats = selectFormats(options.formats);
  if (typeof formats === 'string') return { kind: 'usage', message: formats };
  const workspace = await loadWorkspace(options.root, { cache: options.cache === true }, RESOLVE_AND_CHECK);
  const unknown = options.specs.filter((s) => !workspace.catalogue.specs.has(s));
  if (unknown.length > 0) {
    const known = [...workspace.catalogue.specs.keys()];
    return {
      kind: 'usage',
      message: unknown.map((id) => unknownIdMessage('spec', id, known)).join('; '),
    };
  }
  const diagnostics = [...workspace.diagnostics];
  if (hasErrors(diagnostics)) return { kind: 'invalid', diagnostics };

  const ids = options.specs.length > 0 ? [...new Set(options.specs)] : [...workspace.catalogue.specs.keys()];
  if (ids.length === 0) {
    diagnostics.push(
      diagnostic('error', 'no-specs', 'the workspace has no specs: add one under specs/', 'specs', {
        line: 1,
        column: 1,
      }),
    );
    return { kind: 'invalid', diagnostics };
  }
  // a spec with `translations: required` is not built while a text of its pack lacks a translation
  const required = new Set(ids.filter((id) => workspace.catalogue.specs.get(id)?.translations === 'required'));
  if (required.size > 0) {
    const untranslated = translationWarnings(workspace, required).filter((d) => d.severity === 'error');
    if (untranslated.length > 0) return { kind: 'invalid', diagnostics: [...diagnostics, ...untranslated] };
  }
  // the translation warnings validate gives for the specs built, on every build, the packs that are up to date included
  diagnostics.push(...translationWarnings(workspace, new Set(ids)).filter((d) => d.severity !== 'error'));
  const packs: BuiltPack[] = [];
  const toPlan: string[] = [];
  const cache = options.cache ? Cache.open(workspace.catalogue.root) : undefined;
  const packOf = (id: string) => ({
    dir: path.resolve(options.outDir, id),
    formats: formats.map((f) => f.id),
    sourceDateEpoch: options.sourceDateEpoch,
    inputs: specInputs(workspace.catalogue, workspace.resolution.resolved.get(id)!),
  });
  for (const id of ids) {
    const dir = path.join(options.outDir, id);
    const fresh = cache !== undefined && !options.force && (await packIsUpToDate(cache, packOf(id)));
    if (fresh) packs.push({ spec: id, dir, files: [], upToDate: true });
    else toPlan.push(id);
  }

  // each pack is written as soon as it is planned, so a large build never holds every pack in memory; once a spec
  // fails to plan (a template error), no further spec is planned and no further pack is written
  let failed = false;
  let planned = 0;
  await planAll(workspace, toPlan, formats, options, async (p) => {
    options.onProgress?.(p.spec, planned++, toPlan.length);
    diagnostics.push(...p.diagnostics);
    if (failed || hasErrors(p.diagnostics)) {
      failed = true;
      return false;
    }
    const dir = path.join(options.outDir, p.spec);
    await writeFolderAtomically(dir, p.files);
    if (cache) rememberPack(cache, packOf(p.spec), p.files);
    packs.push({ spec: p.spec, dir, files: p.files.map((f) => f.name), upToDate: false });
    return true;
  });
  if (failed) return { kind: 'invalid', diagnostics };
  packs.sort((a, b) => ids.indexOf(a.spec) - ids.indexOf(b.spec));
  return { kind: 'ok', packs, diagnostics };
}

/**
 * Plans the packs in this thread, with the workspace it validated, and on worker threads besides when that pays (each
 * worker loads the workspace again, without the lint rules); each pack goes to `onPack` as soon as it is planned.
 */
async function planAll(
  workspace: Workspace<Resolution>,
  specs: readonly string[],
  formats: readonly PackFormat[],
  options: BuildOptions,
  onPack: (pack: PlannedPack) => Promise<boolean>,
): Promise<void> {
  const { requirements, sources } = workspace.catalogue;
  const threads = planningThreads({
    specs: specs.length,
    requirements: requirements.size,
    sourceBytes: sources.reduce((n, f) => n + f.size, 0),
    requested: options.jobs,
    availableMemory: process.availableMemory(),
  });
  await planOnThreads({
    specs,
    workers: threads - 1,
    script: threads > 1 ? workerScript() : undefined,
    task: {
      root: options.root,
      formats: formats.map((f) => f.id),
      sourceDateEpoch: options.sourceDateEpoch,
      cache: options.cache === true,
    },
    plan: async (spec) => ({ spec, ...(await planPack(workspace, spec, formats, options.sourceDateEpoch)) }),
    onPack,
  });
}

/** Every file of one spec's pack, in memory, manifest last: the main language's files, then each further language's. */
export async function planPack(
  workspace: Workspace<Resolution>,
  specId: string,
  formats: readonly PackFormat[],
  sourceDateEpoch: number | undefined,
): Promise<{ files: PackFile[]; diagnostics: Diagnostic[] }> {
  const resolved = workspace.resolution.resolved.get(specId);
  if (!resolved) throw new Error(`spec ${specId} did not resolve although the workspace has no errors`);
  const { date, meaningful } = buildDate(sourceDateEpoch, resolved.spec.date);
  const { catalogue } = workspace;
  const files: PackFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const [main, ...others] = languagesOf(resolved.spec);
  for (const language of [main!, ...others]) {
    const inLanguage = resolvedInLanguage(resolved, language);
    const built = buildDocument(inLanguage, {
      config: catalogue.config,
      templates: catalogue.templates,
      toolName: TOOL_NAME,
      date,
      showDate: meaningful,
      ...(workspace.i18n ? { i18n: workspace.i18n } : {}),
    });
    diagnostics.push(...built.diagnostics);
    if (hasErrors(built.diagnostics)) return { files: [], diagnostics };
    for (const format of formats) {
      if (language !== main && format.sameInEveryLanguage === true) continue;
      const out = await format.render({ workspace, resolved: inLanguage, document: built.document, date });
      diagnostics.push(...out.diagnostics);
      if (language === main) files.push(...out.files);
      else
        for (const f of out.files)
          if (!format.neutralFiles?.includes(f.name))
            files.push({ name: languageFileName(f.name, language), bytes: f.bytes });
    }
  }
  const annexes = await annexFiles({ workspace, resolved, date });
  files.push(...annexes);
  const manifest = buildManifest({
    toolName: TOOL_NAME,
    toolVersion: TOOL_VERSION,
    toolBuild: toolBuild(),
    spec: specId,
    chain: resolved.chain.map((s) => s.id),
    catalogueVersion: catalogue.config.version,
    gitCommit: await gitCommit(catalogue.root),
    sourceDateEpoch,
    formats: formats.map((f) => f.id),
    ...(others.length > 0 ? { languages: [main!, ...others] } : {}),
    inputs: specInputs(catalogue, resolved),
    outputs: files,
    annexes: effectiveAnnexes(resolved).map((a) => ({
      title: a.title,
      source: a.path,
      spec: a.spec,
      files: annexOutputNamesIn(a.path, catalogue.annexes?.get(a.path)?.files, [main!, ...others]),
    })),
  });
  files.push(manifestFile(manifest));
  return { files, diagnostics };
}
