import { variantSteps, setFields, showValue } from '../../resolve/deviation-steps.js';
import type { Requirement } from '../../load/requirement/requirement.js';
import type { Deviation } from '../../load/spec/spec.js';
import type { LintRule } from '../rule.js';

/**
 * A lower level that overrides or undoes what a higher level decided is allowed, but readers of the higher level's
 * justification should know: the info names the level whose decision no longer holds.
 */
export const deviationOverridden: LintRule = {
  id: 'deviation-overridden',
  description: 'A lower level overrides or undoes a value that a higher level set',
  severity: 'info',
  check({ catalogue, resolution }, report) {
    for (const { spec, steps } of variantSteps(catalogue, resolution.resolved)) {
      for (const step of steps) {
        const { deviation: d, before } = step;
        const history = before?.inherited?.history ?? [];
        if (d.kind === 'remove') {
          const earlier = history
            .filter((h) => h.spec !== spec.id)
            .map((h) => `${h.spec} ${h.deviation.kind === 'add' ? 'added' : 'changed'}`);
          if (earlier.length > 0) {
            report({
              message: `${spec.id} removes ${d.requirement}, which ${[...new Set(earlier)].join(' and ')}`,
              at: { spec, path: ['deviations', d.index, 'remove'] },
            });
          }
          continue;
        }
        for (const f of setFields(step)) {
          if (f.effect === undefined) continue;
          const setter = [...history].reverse().find((h) => h.spec !== spec.id && sets(h.deviation, f.field));
          if (!setter) continue;
          const original = catalogueValue(before!.source, f.field);
          const undoes = original !== undefined && JSON.stringify(original) === JSON.stringify(f.after);
          report({
            message: undoes
              ? `${spec.id} undoes ${setter.spec}'s change of ${f.field} of ${d.requirement}: back to the catalogue's ${showValue(original)}`
              : `${spec.id} overrides ${f.field} of ${d.requirement}, which ${setter.spec} set to ${showValue(f.before)}`,
            at: { spec, path: f.path },
          });
        }
      }
    }
  },
};

function sets(d: Deviation, field: string): boolean {
  if (d.kind !== 'set') return false;
  const c = d.changes;
  if (field.startsWith('parameters.')) return c.parameters?.has(field.slice('parameters.'.length)) ?? false;
  if (field === 'statement') return c.statement !== undefined || c.obligation !== undefined;
  return c[field as 'title' | 'obligation' | 'verification'] !== undefined;
}

function catalogueValue(source: Requirement, field: string): unknown {
  if (field.startsWith('parameters.')) return source.parameters.get(field.slice('parameters.'.length))?.default;
  if (field === 'title') return source.title;
  if (field === 'obligation') return source.obligation;
  if (field === 'verification') return source.verification;
  return undefined;
}
