import { findSpec, loadValidWorkspace, type Loaded } from '../diff/load-valid-workspace.js';
import { explainRequirement, type Explanation } from './explain.js';
import { renderExplanationJson, renderExplanationText } from './render-explanation.js';

/** `tenderkit explain`: the effective requirement in a spec and where each field came from. */
export async function runExplain(request: {
  root: string;
  spec: string;
  requirement: string;
  format: 'text' | 'json';
}): Promise<Loaded<{ explanation: Explanation; output: string }>> {
  const loaded = await loadValidWorkspace(request.root, [request.spec]);
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
