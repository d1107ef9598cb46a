import type { PipelineSteps } from '../load/workspace.js';
import { resolveAll, resolveSome, type Resolution } from '../resolve/resolve.js';
import { annexNameClashes } from './annex-names.js';
import { lint } from './engine.js';
import { RULES } from './registry.js';
import { gitReviewHistory } from './review-history.js';

/**
 * The steps of the load that lie above `load/`: resolve the chains (all specs, or the named ones and those they
 * extend), then check the result with the lint rules (with the git history of the workspace for stale review
 * stamps). Every caller of `loadWorkspace` past `check/` passes these.
 */
export const RESOLVE_AND_CHECK: PipelineSteps<Resolution> = {
  resolve: (catalogue, specs) => (specs ? resolveSome(catalogue, specs) : resolveAll(catalogue)),
  checkAnnexes: annexNameClashes,
  lint: ({ catalogue, resolution, i18n }) =>
    lint(catalogue, resolution, RULES, { history: gitReviewHistory(catalogue.root), i18n }),
};
