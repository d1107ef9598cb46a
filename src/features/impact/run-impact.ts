import { unknownIdMessage } from '../../lib/text/nearest.js';
import { loadWorkspace } from '../../load/load-workspace.js';
import { RESOLVE_AND_CHECK } from '../../check/pipeline-steps.js';
import type { Result } from '../../lib/result.js';
import { impactOf, type Impact } from './impact.js';
import { renderImpactJson, renderImpactText } from './render-impact.js';

/** Past this many requirements, the message for an unknown id counts them instead of naming them. */
const LISTED_IDS = 12;

/** `tenderkit impact`: what a change to one requirement would touch. */
export async function runImpact(request: {
  root: string;
  requirement: string;
  format: 'text' | 'json';
}): Promise<Result<{ impact: Impact; output: string }>> {
  const loaded = await loadWorkspace(request.root, { valid: true, annexes: true }, RESOLVE_AND_CHECK);
  if (loaded.kind !== 'ok') return loaded;
  const { workspace } = loaded;
  if (!workspace.catalogue.requirements.has(request.requirement)) {
    const known = [...workspace.catalogue.requirements.keys()];
    return { kind: 'usage', message: unknownIdMessage('requirement', request.requirement, known, LISTED_IDS) };
  }
  const impact = impactOf(workspace, request.requirement);
  const output = request.format === 'json' ? renderImpactJson(impact) : renderImpactText(impact);
  return { kind: 'ok', impact, output };
}
