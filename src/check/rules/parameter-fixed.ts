import { variantSteps, showValue } from '../../resolve/deviation-steps.js';
import type { LintRule } from '../rule.js';

/**
 * Some values only work when every centre uses the same one: a retransmission window longer than the peer's
 * deduplication window processes messages twice, an attachment limit above the peer's is refused across the border.
 * The requirement marks such a parameter `fixed_by` the document that fixes it (the interface control document), and
 * no variant may set it, not even to the same value: the value is the document's, not the spec's.
 */
export const parameterFixed: LintRule = {
  id: 'parameter-fixed',
  description:
    'A deviation does not set, or write out of its statement, a parameter that a common document fixes for every centre (`fixed_by`)',
  severity: 'error',
  check({ catalogue, resolution }, report) {
    for (const { spec, steps } of variantSteps(catalogue, resolution.resolved)) {
      for (const { deviation: d, before } of steps) {
        if (d.kind !== 'set') continue;
        const source = before?.source ?? catalogue.requirements.get(d.requirement);
        const statement = d.changes.statement;
        if (source && statement !== undefined) {
          // a replacement statement must keep the fixed value's placeholder, or it would write another value
          const texts = typeof statement === 'string' ? [statement] : Object.values(statement);
          for (const [name, p] of source.parameters) {
            if (p.fixedBy === undefined || !source.statement.markdown.includes(`{{${name}}}`)) continue;
            if (texts.every((t) => t.includes(`{{${name}}}`))) continue;
            report({
              message: `${d.requirement}: the replacement statement drops {{${name}}}, which ${p.fixedBy} fixes for every centre; keep the placeholder so that the statement says the fixed value`,
              at: { spec, path: ['deviations', d.index, 'set', 'statement'], key: true },
            });
          }
        }
        for (const [name, value] of d.changes.parameters ?? []) {
          const fixedBy = source?.parameters.get(name)?.fixedBy;
          if (fixedBy === undefined) continue;
          const parameter = source!.parameters.get(name)!;
          const show = (v: unknown) => `${showValue(v)}${parameter.unit ? ` ${parameter.unit}` : ''}`;
          report({
            message: `${d.requirement}: ${name} is fixed by ${fixedBy} at ${show(parameter.default)} for every centre, so that all of them interoperate; a spec cannot set it (here ${show(value)}): remove it from the deviation`,
            at: { spec, path: ['deviations', d.index, 'set', 'parameters', name], key: true },
          });
        }
      }
    }
  },
};
