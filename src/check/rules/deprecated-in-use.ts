import type { LintRule } from '../rule.js';
import { selectionsWithStatus } from './status-in-use.js';

/** A deprecated requirement is on its way out of the catalogue: a new tender should not start with it. */
export const deprecatedInUse: LintRule = {
  id: 'deprecated-in-use',
  description: 'A spec selects a deprecated requirement',
  severity: 'warning',
  check(context, report) {
    for (const use of selectionsWithStatus(context, 'deprecated')) {
      const fix = use.added
        ? 'remove this deviation or add its replacement'
        : 'exclude it (select.exclude) or select its replacement';
      report({ message: `${use.spec.id} selects ${use.requirement}, which is deprecated: ${fix}`, at: use.at });
    }
  },
};
