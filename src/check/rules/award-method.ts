import type { YamlPath } from '../../load/yaml/parse-yaml.js';
import { isPriceCriterion, scoredRequirements } from '../../resolve/effective-award.js';
import { effectiveEvaluation } from '../../resolve/effective-award.js';
import { specsWithAward } from '../award-of.js';
import type { LintRule } from '../rule.js';

/**
 * The scoring rule must be complete before any tender is seen (2014/24/EU Art. 67(5); C-6/15 TNS Dimarso: the
 * method need not be published in every detail, but the committee may not invent it afterwards; C-532/06 Lianakis:
 * no weighting or sub-criterion set after the tenders are known). Checked on the effective criteria of each spec.
 */
export const awardMethod: LintRule = {
  id: 'award-method',
  description:
    'Each quality criterion has a scale with a descriptor for every step and a threshold within it; each price criterion a formula (lowest-ratio or linear with best below worst) and a complete LCC model; tie-breaks name criteria',
  severity: 'warning',
  check(context, report) {
    for (const { spec, resolved, criteria } of specsWithAward(context)) {
      const selected = new Set(resolved.requirements.map((r) => r.id));
      const ids = new Set(criteria.map((c) => c.id));
      for (const c of criteria) {
        const at = (path: YamlPath = []) =>
          ({ spec, path: ['award', c.index, ...path], key: path.length === 0 }) as const;
        const field = (name: string) => (c.setBy.get(name) === spec ? [name] : []);
        if (!c.title) report({ message: `award criterion "${c.id}" has no title`, at: at(), severity: 'error' });
        if (!c.setBy.has('weight'))
          report({ message: `award criterion "${c.id}" has no weight`, at: at(), severity: 'error' });
        for (const id of scoredRequirements(c)) {
          if (!selected.has(id))
            report({
              message: `award criterion "${c.id}" (as inherited) scores ${id}, which this spec does not select: restate its requirements`,
              at: at(),
              severity: 'error',
            });
        }
        if (isPriceCriterion(c)) {
          if (!c.formula)
            report({
              message: `price criterion "${c.id}" has no formula: state formula: { kind: lowest-ratio } or { kind: linear, best, worst } (Art. 67(5))`,
              at: at(),
            });
          else if (c.formula.kind === 'linear' && !(c.formula.best < c.formula.worst))
            report({
              message: `the linear formula of "${c.id}" needs best (${c.formula.best}) below worst (${c.formula.worst}): best earns the full weight, worst none`,
              at: at([...field('formula')]),
              severity: 'error',
            });
          c.lcc?.lines.forEach((line, k) => {
            if (
              line.unit === 'kW' &&
              (line.hours === undefined || line.price_per_kwh === undefined || line.per !== 'year')
            )
              report({
                message: `energy line "${line.id}" of "${c.id}" needs per: year, hours and price_per_kwh: its annual cost is kW x hours x price per kWh`,
                at: at(c.setBy.get('lcc') === spec ? ['lcc', 'lines', k] : []),
                severity: 'error',
              });
          });
          continue;
        }
        if (!c.scale) {
          report({
            message: `quality criterion "${c.id}" has no scale: state scale: { max, descriptors } so that bidders know how points are given (Art. 67(5))`,
            at: at(),
          });
          continue;
        }
        const missing: number[] = [];
        for (let step = 0; step <= c.scale.max; step++)
          if (!Object.hasOwn(c.scale.descriptors, String(step))) missing.push(step);
        const beyond = Object.keys(c.scale.descriptors).filter((k) => Number(k) > (c.scale?.max ?? 0));
        if (missing.length > 0 || beyond.length > 0)
          report({
            message: `the scale of "${c.id}" (0 to ${c.scale.max}) ${missing.length > 0 ? `has no descriptor for ${missing.join(', ')}` : ''}${missing.length > 0 && beyond.length > 0 ? ' and ' : ''}${beyond.length > 0 ? `describes ${beyond.join(', ')}, beyond its maximum` : ''}: describe every step an evaluator may give`,
            at: at([...field('scale')]),
            severity: 'error',
          });
        if (c.threshold !== undefined && c.threshold > c.scale.max)
          report({
            message: `the threshold ${c.threshold} of "${c.id}" is above its scale's maximum ${c.scale.max}: no tender could pass it`,
            at: at([...field('threshold')]),
            severity: 'error',
          });
      }
      const evaluation = effectiveEvaluation(resolved);
      const where = evaluation.setBy.get('tie_break');
      evaluation.tie_break.forEach((id, k) => {
        if (ids.has(id) || id === 'quality' || id === 'price') return;
        report({
          message: `tie_break names "${id}", which is no award criterion of this spec (${[...ids].join(', ')}), nor quality or price`,
          at: where ? { spec: where, path: ['evaluation', 'tie_break', k] } : { spec, path: ['award'], key: true },
          severity: 'error',
        });
      });
    }
  },
};
