import path from 'node:path';
import { diffSpecs, type SpecDiff } from '../../../src/features/diff/diff-specs.js';
import { loadWorkspace } from '../../../src/load/load-workspace.js';
import { RESOLVE_AND_CHECK } from '../../../src/check/pipeline-steps.js';
import type { Workspace } from '../../../src/load/workspace.js';
import type { Resolution } from '../../../src/resolve/resolve.js';
import { FIXTURES } from '../../support/workspace.js';

export const VARIANTS = path.join(FIXTURES, 'variants-basic');

/** The fixture's workspace, asserted free of errors. */
export async function loadVariants(root = VARIANTS): Promise<Workspace<Resolution>> {
  const ws = await loadWorkspace(root, {}, RESOLVE_AND_CHECK);
  const errors = ws.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0)
    throw new Error(`fixture has errors: ${errors.map((e) => `${e.file}:${e.line} ${e.message}`).join('; ')}`);
  return ws;
}

/** The diff of `variant` against `against` (default: the root of its chain). */
export function diffOf(ws: Workspace<Resolution>, variant: string, against?: string): SpecDiff {
  const v = ws.resolution.resolved.get(variant)!;
  const b = ws.resolution.resolved.get(against ?? v.chain[0]!.id)!;
  return diffSpecs(b, v, { domains: ws.catalogue.config.domains.map((d) => d.id) });
}
