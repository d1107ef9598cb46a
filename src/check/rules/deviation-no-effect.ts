import { variantSteps, setFields, showValue } from '../../resolve/deviation-steps.js';
import type { LintRule } from '../rule.js';

/** A `set` that repeats what the parent already says makes readers look for a change that is not there. */
export const deviationNoEffect: LintRule = {
  id: 'deviation-no-effect',
  description: 'A `set` deviation changes something against the spec it extends',
  severity: 'warning',
  check({ catalogue, resolution }, report) {
    for (const { spec, steps } of variantSteps(catalogue, resolution.resolved)) {
      for (const step of steps) {
        const fields = setFields(step);
        const idle = fields.filter((f) => f.effect === undefined);
        if (idle.length === 0) continue;
        const d = step.deviation;
        const what = (f: (typeof idle)[number]) => `${f.field} is already ${showValue(f.before)}`;
        if (idle.length === fields.length) {
          report({
            message: `the deviation of ${d.requirement} changes nothing against ${spec.extends}: ${idle.map(what).join('; ')}; remove it or change the value`,
            at: { spec, path: ['deviations', d.index] },
          });
          continue;
        }
        for (const f of idle) {
          report({
            message: `${d.requirement}: ${what(f)} in ${spec.extends}, so setting it changes nothing`,
            at: { spec, path: f.path, key: true },
          });
        }
      }
    }
  },
};
