import type { LintRule } from '../rule.js';
import { selectionsWithStatus } from './status-in-use.js';

/** A draft has not been agreed by the working group: a published tender must not contain it. */
export const draftInUse: LintRule = {
  id: 'draft-in-use',
  description: 'A spec selects a draft requirement',
  severity: 'warning',
  check(context, report) {
    for (const use of selectionsWithStatus(context, 'draft')) {
      const fix = use.added
        ? 'approve it (status: approved) or remove this deviation'
        : 'approve it (status: approved) or exclude it (select.exclude)';
      report({ message: `${use.spec.id} selects ${use.requirement}, which is still a draft: ${fix}`, at: use.at });
    }
  },
};
