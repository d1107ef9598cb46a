import { effectiveAward, effectiveEvaluation, scoredRequirements } from '../../resolve/effective-award.js';
import type { LintRule } from '../rule.js';

/**
 * The pack tells bidders that meeting a "should" requirement is assessed under the award criteria; a recommended
 * requirement that no criterion scores breaks that promise (and equal treatment: bidders price it in for nothing).
 * Reported where the requirement became recommended or where the spec writes its own criteria.
 */
export const awardUnscored: LintRule = {
  id: 'award-unscored',
  description:
    'Every recommended requirement is scored by an award criterion (or a sub-criterion), or the spec says why not under evaluation.unscored',
  severity: 'warning',
  check({ resolution }, report) {
    for (const resolved of resolution.resolved.values()) {
      const criteria = effectiveAward(resolved);
      if (criteria.length === 0) continue;
      const spec = resolved.spec;
      const own = spec.award.length > 0;
      const scored = new Set(criteria.flatMap(scoredRequirements));
      const declared = new Set(effectiveEvaluation(resolved).unscored.map((u) => u.requirement));
      for (const r of resolved.requirements) {
        if (r.obligation !== 'recommended' || scored.has(r.id) || declared.has(r.id)) continue;
        const here = r.provenance.obligation.spec === spec.id || r.provenance.selected.spec === spec.id;
        if (!own && !here) continue;
        report({
          message: `${r.id} is recommended but no award criterion scores it: add it to a criterion's requirements, or list it under evaluation.unscored with the reason`,
          at: own ? { spec, path: ['award'], key: true } : { spec, path: ['id'], key: true },
        });
      }
    }
  },
};
