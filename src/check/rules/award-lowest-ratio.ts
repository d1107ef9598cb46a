import { specsWithAward } from '../award-of.js';
import type { LintRule } from '../rule.js';

/**
 * The lowest-ratio formula (score = weight x lowest price / price) is common and lawful, but its known distortions
 * deserve a deliberate choice: a tender's score depends on the other tenders' prices, so an abnormally low tender
 * compresses everyone else's scores and can reverse the order of two others (rank reversal); and the curve is not
 * linear, so a euro is worth more near the lowest price than far from it.
 */
export const awardLowestRatio: LintRule = {
  id: 'award-lowest-ratio',
  description:
    'Information: the lowest-ratio price formula makes each score depend on the other tenders (rank reversal, an abnormally low tender compresses the others); linear between a declared best and worst price does not',
  severity: 'info',
  check(context, report) {
    for (const { spec, criteria } of specsWithAward(context)) {
      for (const c of criteria) {
        if (c.formula?.kind !== 'lowest-ratio' || c.setBy.get('formula') !== spec) continue;
        report({
          message: `"${c.id}" uses lowest-ratio: each tender's price score depends on the lowest tender, so an abnormally low tender (Art. 69) lowers every other score and can swap two others; consider linear with a declared best and worst price`,
          at: { spec, path: ['award', c.index, 'formula'] },
        });
      }
    }
  },
};
