import { scoredRequirements } from '../../resolve/effective-award.js';
import { specsWithAward } from '../award-of.js';
import type { LintRule } from '../rule.js';

/**
 * A mandatory requirement is met or the tender is out; scoring it in a quality criterion needs a stated rule for
 * what earns points beyond the minimum, or every compliant tender earns the same points and evaluators invent the
 * difference afterwards (C-532/06 Lianakis). An optional requirement scored as an option needs the same: how the
 * option is valued. The rule goes under the criterion's `rules:`, by requirement id.
 */
export const awardMinimumRule: LintRule = {
  id: 'award-minimum-rule',
  description:
    'A mandatory or optional requirement scored in a quality criterion has a rule (rules: { ID: ... }) for what scores beyond the minimum or how the option is valued',
  severity: 'warning',
  check(context, report) {
    for (const { spec, resolved, criteria } of specsWithAward(context)) {
      const byId = new Map(resolved.requirements.map((r) => [r.id, r]));
      for (const c of criteria) {
        if (c.type !== 'quality' && c.type !== undefined) continue;
        for (const id of scoredRequirements(c)) {
          const r = byId.get(id);
          if (!r || r.obligation === 'recommended' || Object.hasOwn(c.rules ?? {}, id)) continue;
          const what =
            r.obligation === 'mandatory'
              ? 'is mandatory here, so every admissible tender meets it: say what earns points beyond the minimum'
              : 'is optional here: say how offering the option is valued';
          const k = c.requirements.indexOf(id);
          report({
            message: `award criterion "${c.id}" scores ${id}, which ${what} (rules: { ${id}: ... })`,
            at: {
              spec,
              path:
                c.setBy.get('requirements') === spec && k >= 0
                  ? ['award', c.index, 'requirements', k]
                  : ['award', c.index],
              key: !(c.setBy.get('requirements') === spec && k >= 0),
            },
          });
        }
      }
    }
  },
};
