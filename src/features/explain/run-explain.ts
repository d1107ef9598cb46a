import { findSpec } from '../../resolve/find-spec.js';
import { loadWorkspace } from '../../load/load-workspace.js';
import { RESOLVE_AND_CHECK } from '../../check/pipeline-steps.js';
import type { Result } from '../../lib/result.js';
import { explainRequirement, type Explanation } from './explain.js';
import { renderExplanationJson, renderExplanationText } from './render-explanation.js';

/** `tenderkit explain`: the effective requirement in a spec and where each field came from. */
export async function runExplain(request: {
  root: string;
  spec: string;
  requirement: string;
  format: 'text' | 'json';
}): Promise<Result<{ explanation: Explanation; output: string }>> {
  const loaded = await loadWorkspace(request.root, { valid: true, specs: [request.spec] }, RESOLVE_AND_CHECK);
  if (loaded.kind !== 'ok') return loaded;
  const { workspace } = loaded;
  const resolved = findSpec(workspace, request.spec);
  if (typeof resolved === 'string') return { kind: 'usage', message: resolved };
  if (!workspace.catalogue.requirements.has(request.requirement)) {
    return {
      kind: 'usage',
      message: `unknown requirement "${request.requirement}"; requirement ids look like INT-001`,
    };
  }
  const explanation = explainRequirement(resolved, request.requirement);
  const output = request.format === 'json' ? renderExplanationJson(explanation) : renderExplanationText(explanation);
  return { kind: 'ok', explanation, output };
}
