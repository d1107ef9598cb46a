import { espdCriteriaOf } from '../../lib/espd-edm/espd-criteria.js';
import {
  DEFENCE_CODES,
  selectionCode as lookUp,
  selectionCodes as codesOf,
  type SelectionCodeList,
} from '../../lib/eforms-sdk/selection-codes.js';
import { nearest } from '../../lib/text/nearest.js';
import type { Spec } from '../../load/spec/spec.js';
import { effectiveRegime } from '../../resolve/effective-regime.js';
import type { LintRule } from '../rule.js';

const LIST_OF: Record<'exclusion' | 'criteria', SelectionCodeList> = {
  exclusion: 'exclusion-ground',
  criteria: 'selection-criterion',
};

/**
 * The codes of a spec's `selection:` block: each a code of its eForms list and a ground or criterion rather than a
 * group heading, named once; a code the ESPD has no criterion for is said to go into the notice and the tender
 * documents only; a code of Directive 2009/81/EC in a spec under another regime is questioned.
 */
export const selectionCode: LintRule = {
  id: 'selection-code',
  description:
    'The exclusion grounds and selection criteria of a spec are codes of the eForms lists exclusion-ground and selection-criterion, each a ground rather than a group, each named once; says where a code without an ESPD criterion goes',
  severity: 'error',
  check({ resolution }, report) {
    for (const resolved of resolution.resolved.values()) {
      const { spec } = resolved;
      if (!spec.selection) continue;
      const regime = effectiveRegime(resolved);
      for (const part of ['exclusion', 'criteria'] as const) {
        const list = LIST_OF[part];
        const seen = new Set<string>();
        for (const entry of spec.selection[part]) {
          const path = part === 'exclusion' && !hasDescription(spec, entry.index) ? [] : ['code'];
          const at = { spec, path: ['selection', part, entry.index, ...path] };
          const code = lookUp(entry.code);
          if (!code || code.list !== list) {
            const suggestion = nearest(entry.code, codesOf(list));
            report({
              message: `"${entry.code}" is not a code of the eForms list ${list}${suggestion ? `; did you mean "${suggestion}"?` : ''} (tenderkit schema spec and the SDK's codelists/${list}.gc list them)`,
              at,
            });
            continue;
          }
          if (code.group) {
            const members = codesOf(list).filter((c) => c.startsWith(`${code.code}-`));
            report({
              message: `"${code.code}" heads a group of ${part === 'exclusion' ? 'exclusion grounds' : 'selection criteria'} (${code.names.en}); name the ones that apply: ${members.join(', ')}`,
              at,
            });
            continue;
          }
          if (seen.has(code.code)) {
            report({ message: `"${code.code}" is named twice in this spec's selection.${part}`, at });
            continue;
          }
          seen.add(code.code);
          if (DEFENCE_CODES.has(code.code) && regime !== '2009/81/EC')
            report({
              severity: 'warning',
              message: `"${code.code}" (${code.names.en}) belongs to Directive 2009/81/EC (Arts. 21-23, 39(2), 42(1)(j)), but this spec procures under ${regime ?? 'no stated regime'}; state regime: 2009/81/EC if the contract involves classified information or security of supply, or remove the code`,
              at,
            });
          if (!espdCriteriaOf(code.code))
            report({
              severity: 'info',
              message: `"${code.code}" (${code.names.en}) has no criterion in the ESPD (ESPD-EDM 4.1.0): it goes into the notice (${part === 'exclusion' ? 'BT-67' : 'BT-809'}) and the selection chapter of the tender document only, and bidders answer it there rather than in their ESPD`,
              at,
            });
        }
      }
    }
  },
};

/** Whether the exclusion entry is written as a map (`{ code, description }`) rather than a bare code. */
function hasDescription(spec: Spec, index: number): boolean {
  return spec.selection?.exclusion[index]?.description !== undefined;
}
