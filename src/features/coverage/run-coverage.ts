import { findSpec } from '../../resolve/find-spec.js';
import { loadWorkspace } from '../../load/load-workspace.js';
import { RESOLVE_AND_CHECK } from '../../check/pipeline-steps.js';
import type { Result } from '../../lib/result.js';
import { buildCoverage, chainOrder, type SpecCoverage } from './build-coverage.js';
import { renderCoverageJson } from './coverage-json.js';
import { renderCoverageMarkdown } from './render-markdown.js';

export type CoverageFormat = 'md' | 'json';

/**
 * `tenderkit coverage [SPEC]`: scenario coverage of one spec, or of every spec in chain order (a national
 * variant can remove or loosen what its baseline covers, so each spec is reported, not only the roots).
 */
export async function runCoverage(request: {
  root: string;
  format: CoverageFormat;
  spec?: string;
}): Promise<Result<{ report: SpecCoverage[]; output: string }>> {
  const loaded = await loadWorkspace(request.root, { valid: true }, RESOLVE_AND_CHECK);
  if (loaded.kind !== 'ok') return loaded;
  const { workspace } = loaded;
  const { domains, scenarios } = workspace.catalogue.config;
  let specs = chainOrder(workspace.resolution.resolved);
  if (request.spec !== undefined) {
    const found = findSpec(workspace, request.spec);
    if (typeof found === 'string') return { kind: 'usage', message: found };
    specs = [found];
  }
  const report = specs.map((s) => buildCoverage(s, domains, scenarios));
  const output =
    request.format === 'json' ? renderCoverageJson(report) : renderCoverageMarkdown(report, scenarios.length > 0);
  return { kind: 'ok', report, output };
}
