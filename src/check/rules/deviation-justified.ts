import type { LintRule } from '../rule.js';

/** Every deviation of a spec that extends another says why: auditors read the justification, not the YAML. */
export const deviationJustified: LintRule = {
  id: 'deviation-justified',
  description: 'A deviation in a spec that extends another states its justification',
  severity: 'error',
  check({ catalogue }, report) {
    for (const spec of catalogue.specs.values()) {
      if (spec.extends === undefined) continue;
      for (const d of spec.deviations) {
        if (d.justification) continue;
        report({
          message: `the deviation of ${d.requirement} has no justification; say why ${spec.id} departs from ${spec.extends}`,
          at: { spec, path: ['deviations', d.index] },
        });
      }
    }
  },
};
