import { findSpec } from '../../resolve/find-spec.js';
import { loadWorkspace } from '../../load/load-workspace.js';
import { RESOLVE_AND_CHECK } from '../../check/pipeline-steps.js';
import type { Result } from '../../lib/result.js';
import type { ResolvedSpec } from '../../resolve/resolved.js';
import { buildMatrix, type Matrix } from './build-matrix.js';
import { renderMatrixJson } from './matrix-json.js';
import { renderMatrixMarkdown } from './render-markdown.js';

export type MatrixFormat = 'md' | 'json' | 'html';

/** `tenderkit matrix`: every requirement against every spec (or the named specs), in one format. */
export async function runMatrix(request: {
  root: string;
  format: MatrixFormat;
  specs?: readonly string[];
  /** use the workspace's cache */
  cache?: boolean;
}): Promise<Result<{ matrix: Matrix; output: string }>> {
  const loaded = await loadWorkspace(request.root, { valid: true, cache: request.cache === true }, RESOLVE_AND_CHECK);
  if (loaded.kind !== 'ok') return loaded;
  const { workspace } = loaded;
  let resolved = workspace.resolution.resolved;
  if (request.specs && request.specs.length > 0) {
    const wanted = new Map<string, ResolvedSpec>();
    for (const id of request.specs) {
      const s = findSpec(workspace, id);
      if (typeof s === 'string') return { kind: 'usage', message: s };
      for (const member of s.chain) wanted.set(member.id, resolved.get(member.id)!);
    }
    resolved = wanted;
  }
  const matrix = buildMatrix(resolved, workspace.catalogue.config.domains);
  let output: string;
  if (request.format === 'json') output = renderMatrixJson(matrix);
  else if (request.format === 'md') output = renderMatrixMarkdown(matrix);
  else {
    const { renderMatrixHtml } = await import('./render-html.js');
    output = renderMatrixHtml(matrix);
  }
  return { kind: 'ok', matrix, output };
}
