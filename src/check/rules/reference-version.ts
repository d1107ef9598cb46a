import type { LintRule } from '../rule.js';
import { isLegalInstrument, namesVersion } from '../text/reference-kind.js';

/** A standard without its version lets bidders pick the edition that suits them, and the next edition changes the requirement. */
export const referenceVersion: LintRule = {
  id: 'reference-version',
  description: 'A referenced standard names its version or year',
  severity: 'warning',
  check({ catalogue }, report) {
    for (const req of catalogue.requirements.values()) {
      req.references.forEach((ref, i) => {
        if (isLegalInstrument(ref.id) || namesVersion(ref.id)) return;
        report({
          message: `the reference "${ref.id}" names no version or year: write it as the standard's edition, e.g. "ISO/TR 22351:2015" or "ETSI TS 103 479 V1.2.1"`,
          at: { requirement: req, path: ['references', i, 'id'] },
        });
      });
    }
  },
};
