import { compareCodePoints } from '../../lib/text/order.js';
import { access, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseXmlSafely, xmlProblem } from '../../lib/xml/safe-xml.js';
import { diagnostic, fileDiagnostic, WHOLE_FILE, type Diagnostic, type Position } from '../../lib/diagnostics.js';
import type { Result } from '../../lib/result.js';
import { looksLikeZip, readZipSafely } from '../../lib/zip/zip-read.js';
import { writeFileAtomically } from '../../write/write-atomic.js';
import { defaultConfig, type WorkspaceConfig } from '../../load/config.js';
import { loadWorkspace } from '../../load/load-workspace.js';
import { mapObjects, type MapReport } from './map-objects.js';
import { readReqif, type ReqifDocument } from './read-reqif.js';
import { minimalFrontMatter, requirementFileText } from './requirement-file.js';
import { validateImported } from './validate-imported.js';
import type { SourceFile } from '../../load/source-file.js';
import { SILENT, type ProgressReporter } from '../../lib/progress.js';
import { unknownIdMessage } from '../../lib/text/nearest.js';

/** ReqIF files larger than this are refused before they are read. */
export const MAX_REQIF_BYTES = 64 * 1024 * 1024;

export interface ImportReqifOptions {
  file: string;
  into: string;
  /** the workspace the folder belongs to, when it lies inside it */
  root: string;
  domain: string | undefined;
  prefix: string | undefined;
  /** how far the work has got, for a person watching */
  progress?: ProgressReporter;
  /** check and report everything, write nothing */
  dryRun?: boolean;
}

export interface ImportReport extends MapReport {
  file: string;
  /** nothing was written: the report says what would have been */
  dryRun?: boolean;
  into: string;
  /** the workspace whose domains, scenarios and ids were used, or null when the folder belongs to none */
  workspace: string | null;
  tool: string | null;
  requirements: Array<{ id: string; file: string; object: string; foreignId: string | null }>;
}

export type ImportOutcome = Result<{ report: ImportReport }>;

/** Reads a ReqIF (or .reqifz) file written by any tool and writes one requirement file per requirement into a folder. */
export async function importReqif(options: ImportReqifOptions): Promise<ImportOutcome> {
  const progress = options.progress ?? SILENT;
  progress.step(1, 3, 'reading the ReqIF file');
  const docs = await readReqifFile(options.file);
  if (!docs.ok) return { kind: 'invalid', diagnostics: [docs.diagnostic] };
  const target = await targetWorkspace(options.into, options.root);
  if (options.domain !== undefined && !target.config.domains.some((d) => d.id === options.domain)) {
    return {
      kind: 'usage',
      message: unknownIdMessage(
        'domain',
        options.domain,
        target.config.domains.map((d) => d.id),
      ),
    };
  }

  const taken = new Set(target.ids);
  const report: ImportReport = {
    file: options.file,
    into: options.into,
    workspace: target.root,
    tool: docs.docs.map((d) => d.tool).find((t) => t !== undefined) ?? null,
    objects: 0,
    headings: 0,
    skipped: [],
    unmapped: [],
    generatedIds: [],
    defaulted: {},
    droppedElements: [],
    remarks: [],
    requirements: [],
  };
  progress.step(2, 3, 'mapping the requirements');
  const planned: Planned[] = [];
  for (const doc of docs.docs) {
    const { requirements, report: mapped } = mapObjects(doc, {
      config: target.config,
      domain: options.domain,
      prefix: options.prefix,
      takenIds: taken,
    });
    mergeReports(report, mapped);
    for (const r of requirements) {
      taken.add(r.id);
      planned.push({
        id: r.id,
        frontMatter: r.frontMatter,
        body: r.body,
        text: requirementFileText(r.frontMatter, r.body),
      });
      report.requirements.push({
        id: r.id,
        file: path.join(options.into, `${r.id}.md`),
        object: r.object,
        foreignId: r.foreignId ?? null,
      });
    }
  }
  makeValid(planned, target, report);
  const files = planned.map((p) => ({ name: `${p.id}.md`, text: p.text }));
  const existing = [];
  for (const f of files) if (await exists(path.join(options.into, f.name))) existing.push(f.name);
  if (existing.length) {
    const problem = `the folder already has ${existing.join(', ')} (import into another folder, or move those files away)`;
    return { kind: 'invalid', diagnostics: [fileDiagnostic('reqif', problem, options.into)] };
  }
  if (options.dryRun) return { kind: 'ok', report: { ...report, dryRun: true } };
  progress.step(3, 3, `writing ${files.length} requirement files`);
  for (const f of files) await writeFileAtomically(path.join(options.into, f.name), f.text);
  return { kind: 'ok', report };
}

interface Planned {
  id: string;
  frontMatter: Record<string, unknown>;
  body: string;
  text: string;
}

/**
 * Makes every file pass `tenderkit validate` in the target workspace: fields another tool filled in a way
 * the schema refuses are left out, and lint rules the imported text breaks are disabled for that file with a
 * reason, so that a reviewer finds them. Both are reported.
 */
function makeValid(planned: Planned[], target: TargetWorkspace, report: ImportReport): void {
  const root = target.root ?? '.';
  const rewrite = (p: Planned, frontMatter: Record<string, unknown>) => {
    p.frontMatter = frontMatter;
    p.text = requirementFileText(frontMatter, p.body);
  };
  let problems = validateImported(planned, target.configFile, root);
  for (const p of planned) {
    if (!problems.get(p.id)?.errors.length) continue;
    const { frontMatter, dropped } = minimalFrontMatter(p.frontMatter);
    if (dropped.length) {
      rewrite(p, frontMatter);
      report.remarks.push(`${p.id}: left out ${dropped.join(', ')}, which would not validate`);
    }
  }
  problems = validateImported(planned, target.configFile, root);
  for (const p of planned) {
    const rules = problems.get(p.id)?.lintRules ?? [];
    if (!rules.length) continue;
    const existing = (p.frontMatter['lint'] as { disable?: string[] } | undefined)?.disable ?? [];
    rewrite(p, {
      ...p.frontMatter,
      lint: {
        disable: [...new Set([...existing, ...rules])],
        reason: 'imported from ReqIF: review the text against these rules, then remove this entry',
      },
    });
    report.remarks.push(
      `${p.id}: the imported text breaks ${rules.join(', ')}; disabled for this file until it is reviewed`,
    );
  }
  problems = validateImported(planned, target.configFile, root);
  for (const [id, found] of problems) {
    const all = [...found.errors, ...found.lintRules.map((r) => `[${r}]`)];
    if (all.length) report.remarks.push(`${id}: still needs editing: ${all.join('; ')}`);
  }
}

function mergeReports(into: ImportReport, from: MapReport): void {
  into.objects += from.objects;
  into.headings += from.headings;
  into.skipped.push(...from.skipped);
  into.generatedIds.push(...from.generatedIds);
  into.remarks.push(...from.remarks);
  for (const [k, n] of Object.entries(from.defaulted)) into.defaulted[k] = (into.defaulted[k] ?? 0) + n;
  for (const u of from.unmapped) {
    const same = into.unmapped.find((x) => x.attribute === u.attribute);
    if (same) same.values += u.values;
    else into.unmapped.push({ ...u });
  }
  into.droppedElements = [...new Set([...into.droppedElements, ...from.droppedElements])].sort();
}

/**
 * The ReqIF documents of a file: one for a .reqif, every .reqif entry of a .reqifz. Hostile input is refused with a
 * diagnostic of the file (at the place in it, for a .reqif that is not well-formed XML).
 */
export async function readReqifFile(
  file: string,
): Promise<{ ok: true; docs: ReqifDocument[] } | { ok: false; diagnostic: Diagnostic }> {
  const refuse = (message: string, at?: Position) => ({
    ok: false as const,
    diagnostic: diagnostic('error', 'reqif', message, file, at ?? WHOLE_FILE),
  });
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) return refuse('this is not a file');
    size = info.size;
  } catch {
    return refuse('cannot read the file: it does not exist');
  }
  if (size > MAX_REQIF_BYTES) return refuse(`the file has ${size} bytes, more than the limit of ${MAX_REQIF_BYTES}`);
  const bytes = new Uint8Array(await readFile(file));
  const texts: Array<{ name: string | undefined; bytes: Uint8Array }> = [];
  if (looksLikeZip(bytes)) {
    const zip = readZipSafely(bytes, (name) => name.toLowerCase().endsWith('.reqif'));
    if (!zip.ok) return refuse(zip.message);
    for (const [name, content] of [...zip.entries].sort(([a], [b]) => compareCodePoints(a, b)))
      texts.push({ name, bytes: content });
    if (texts.length === 0) return refuse('the file is a zip without a .reqif file inside');
  } else {
    texts.push({ name: undefined, bytes });
  }
  const docs: ReqifDocument[] = [];
  for (const t of texts) {
    // a problem of an entry of a .reqifz names the entry; its position is inside the entry, so it is given in words
    const inEntry = (message: string) => (t.name === undefined ? message : `${t.name}: ${message}`);
    const text = decode(t.bytes);
    if (text === undefined) return refuse(inEntry('the file is not UTF-8 or UTF-16 text'));
    const xml = parseXmlSafely(text, { maxChars: MAX_REQIF_BYTES, maxDepth: 200, maxElements: 2_000_000 });
    if (!xml.ok) return t.name === undefined ? refuse(xml.message, xml.at) : refuse(inEntry(xmlProblem(xml)));
    const read = readReqif(xml.root);
    if (!read.ok) return refuse(inEntry(read.message));
    docs.push(read.doc);
  }
  return { ok: true, docs };
}

function decode(bytes: Uint8Array): string | undefined {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
      return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
      return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await access(p);
    return true;
  } catch {
    return false;
  }
}

/**
 * The workspace the imported files will live in: `root` when the folder lies inside it, else the nearest
 * folder above with a tenderkit.yaml, else none (built-in domains). Its ids are never reused.
 */
interface TargetWorkspace {
  root: string | null;
  config: WorkspaceConfig;
  configFile: SourceFile | undefined;
  ids: string[];
}

async function targetWorkspace(into: string, root: string): Promise<TargetWorkspace> {
  const inside = (dir: string) => {
    const rel = path.relative(dir, into);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  };
  let workspace: string | undefined = inside(root) && (await hasConfig(root)) ? root : undefined;
  for (let dir = into; !workspace; dir = path.dirname(dir)) {
    if (await hasConfig(dir)) workspace = dir;
    if (path.dirname(dir) === dir) break;
  }
  if (!workspace && inside(root) && (await exists(path.join(root, 'requirements')))) workspace = root;
  const folderIds = await idsInFolder(into);
  if (!workspace) return { root: null, config: defaultConfig(), configFile: undefined, ids: folderIds };
  const { catalogue, files } = loadWorkspace(workspace, { until: 'parse' });
  return {
    root: workspace,
    config: catalogue.config,
    configFile: files.config,
    ids: [...catalogue.requirements.keys(), ...folderIds],
  };
}

async function hasConfig(dir: string): Promise<boolean> {
  return (await exists(path.join(dir, 'tenderkit.yaml'))) || (await exists(path.join(dir, 'tenderkit.yml')));
}

async function idsInFolder(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((n) => n.endsWith('.md')).map((n) => n.replace(/\.md$/, ''));
  } catch {
    return [];
  }
}
