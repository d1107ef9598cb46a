import { compareCodePoints } from '../../lib/text/order.js';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { readManifest } from '../../write/read-manifest.js';
import { hasErrors, type Diagnostic } from '../../lib/diagnostics.js';
import { writeFolderAtomically } from '../../write/write-atomic.js';
import { loadWorkspace } from '../../load/load-workspace.js';
import { RESOLVE_AND_CHECK } from '../../check/pipeline-steps.js';
import { memoryStore } from '../../load/cache/cache.js';
import { loadHistory } from './history.js';
import { TOOL_NAME, TOOL_VERSION } from '../../lib/version.js';
import { buildSite } from './build-site.js';
import { SITE_PATHS } from './links.js';
import type { PackLinks } from './site-model.js';
import { SILENT, type ProgressReporter } from '../../lib/progress.js';

export interface SiteRequest {
  root: string;
  /** the site folder; replaced as a whole */
  outDir: string;
  /** use the workspace's cache */
  cache?: boolean;
  /** how far the work has got, for a person watching */
  progress?: ProgressReporter;
}

export type SiteResult =
  | { kind: 'ok'; dir: string; pages: number; files: number; diagnostics: Diagnostic[] }
  | { kind: 'invalid'; diagnostics: Diagnostic[] }
  | { kind: 'usage'; message: string };

/** `tenderkit site`: validates, builds every page in memory, then swaps the site folder in one rename. */
export async function runSite(request: SiteRequest): Promise<SiteResult> {
  const root = path.resolve(request.root);
  const outDir = path.resolve(request.outDir);
  const refusal = await refuseTarget(root, outDir);
  if (refusal) return { kind: 'usage', message: refusal };
  const progress = request.progress ?? SILENT;
  progress.step(1, 3, 'checking the workspace');
  const workspace = await loadWorkspace(root, { cache: request.cache === true }, RESOLVE_AND_CHECK);
  if (hasErrors(workspace.diagnostics)) return { kind: 'invalid', diagnostics: workspace.diagnostics };
  const specs = [...workspace.catalogue.specs.keys()];
  const packs = await findPacks(path.join(root, 'out'), outDir, specs);
  progress.step(2, 3, 'building the pages');
  const history = await loadHistory(root, memoryStore());
  const files = buildSite(workspace.catalogue, workspace.resolution.resolved, {
    packs,
    toolName: TOOL_NAME,
    toolVersion: TOOL_VERSION,
    ...(history ? { history } : {}),
    ...(workspace.i18n ? { translations: workspace.i18n.translations } : {}),
  });
  progress.step(3, 3, `writing ${files.length} files`);
  await writeFolderAtomically(outDir, files);
  return {
    kind: 'ok',
    dir: outDir,
    pages: files.filter((f) => f.name.endsWith('.html')).length,
    files: files.length,
    diagnostics: workspace.diagnostics,
  };
}

/**
 * The site folder is replaced as a whole, so it must not hold anything else: an existing folder is replaced only
 * when it is empty or a site written before (it has index.html and assets/site.js).
 */
async function refuseTarget(root: string, outDir: string): Promise<string | undefined> {
  if (outDir === root || root.startsWith(outDir + path.sep))
    return `refusing to write the site into ${outDir}: it would replace the workspace`;
  let entries: string[];
  try {
    entries = await readdir(outDir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ENOTDIR') return `refusing to write the site to ${outDir}: it is a file`;
    throw err;
  }
  if (entries.length === 0) return undefined;
  const home = path.basename(SITE_PATHS.home);
  const script = path.join(outDir, SITE_PATHS.js);
  const isSite =
    entries.includes(home) &&
    (await readFile(script).then(
      () => true,
      () => false,
    ));
  return isSite
    ? undefined
    : `refusing to replace ${outDir}: the folder is not empty and holds no site written before; name an empty or new folder with --out`;
}

/** Packs built by `tenderkit build` in <root>/out/<spec>/ (those with a manifest), as links from the site folder. */
async function findPacks(packsDir: string, outDir: string, specs: readonly string[]): Promise<Map<string, PackLinks>> {
  const packs = new Map<string, PackLinks>();
  for (const id of specs) {
    const dir = path.join(packsDir, id);
    const read = await readManifest(dir);
    if (read.kind !== 'ok') continue;
    const outputs = read.manifest.outputs.map((o) => o.path);
    const files = [...outputs, 'manifest.json'].sort(compareCodePoints);
    const folder = path.relative(outDir, dir).split(path.sep).join('/');
    packs.set(id, { folder: folder === '' ? '' : `${folder}/`, files });
  }
  return packs;
}
