import { describeChange } from '../parent-change.js';
import { parentRequirement, reviewStamp } from '../../resolve/review-stamp.js';
import type { LintRule } from '../rule.js';

/**
 * A deviation rests on its parent's requirement as someone checked it. When the parent changes (a new baseline
 * release, a cluster that tightens a value), every deviation on it must be looked at again: `reviewed:` keeps the
 * fingerprint of the parent as it was checked, and this rule says when it no longer matches and what changed.
 */
export const deviationReview: LintRule = {
  id: 'deviation-review',
  description:
    'A deviation was reviewed against its parent requirement as it is now (`reviewed:`, written by `tenderkit review`)',
  severity: 'warning',
  check({ catalogue, resolution, history }, report) {
    for (const spec of catalogue.specs.values()) {
      if (spec.extends === undefined || spec.deviations.length === 0) continue;
      const parent = resolution.resolved.get(spec.extends);
      if (!parent) continue;
      const unstamped: string[] = [];
      for (const d of spec.deviations) {
        if (d.reviewed === undefined) {
          unstamped.push(d.requirement);
          continue;
        }
        const now = parentRequirement(parent, catalogue, d.requirement);
        if (!now || reviewStamp(now) === d.reviewed) continue;
        const past = history?.(spec, d, d.reviewed);
        const changes = past ? describeChange(past.state, now) : [];
        const what =
          past && changes.length > 0
            ? `${d.requirement} changed in ${spec.extends} since the review (commit ${past.commit.slice(0, 12)}): ${changes.join('; ')}`
            : `${d.requirement} changed in ${spec.extends} since this deviation was reviewed`;
        report({
          message: `${what}; check the deviation against it, then run \`tenderkit review ${spec.id} --requirement ${d.requirement}\``,
          at: { spec, path: ['deviations', d.index, 'reviewed'] },
        });
      }
      if (unstamped.length > 0) {
        const all = unstamped.length === spec.deviations.length;
        const which = all
          ? `no deviation of ${spec.id} records a`
          : `${unstamped.length} of the ${spec.deviations.length} deviations of ${spec.id} record no`;
        report({
          message: `${which} review against ${spec.extends} (${unstamped.join(', ')}); once they are checked, \`tenderkit review ${spec.id}\` stamps them`,
          at: { spec, path: ['deviations'], key: true },
          severity: 'info',
        });
      }
    }
  },
};
