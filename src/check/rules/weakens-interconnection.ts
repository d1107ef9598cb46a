import { variantSteps, setFields, showValue } from '../../resolve/deviation-steps.js';
import type { LintRule } from '../rule.js';

const DOMAIN = 'interconnection';

/**
 * Interconnection only works when every centre keeps its side of it: a variant that loosens or drops a mandatory
 * interconnection requirement weakens the other centres' links too, so it deserves a second look.
 */
export const weakensInterconnection: LintRule = {
  id: 'weakens-interconnection',
  description: 'A variant does not loosen or remove a mandatory interconnection requirement',
  severity: 'warning',
  check({ catalogue, resolution }, report) {
    for (const { spec, steps } of variantSteps(catalogue, resolution.resolved)) {
      for (const step of steps) {
        const { deviation: d, before } = step;
        if (!before || before.source.domain !== DOMAIN || before.obligation !== 'mandatory') continue;
        if (d.kind === 'remove') {
          report({
            message: `${spec.id} removes ${d.requirement}, a mandatory interconnection requirement: the centres it connects to rely on it`,
            at: { spec, path: ['deviations', d.index, 'remove'] },
          });
          continue;
        }
        for (const f of setFields(step)) {
          if (f.effect !== 'looser') continue;
          report({
            message: `${spec.id} loosens ${f.field} of ${d.requirement}, a mandatory interconnection requirement, from ${showValue(f.before)} to ${showValue(f.after)}: the centres it connects to rely on it`,
            at: { spec, path: f.path },
          });
        }
      }
    }
  },
};
