import type { Requirement } from '../../load/requirement/requirement.js';
import { LANGUAGES } from '../../lib/language/words/index.js';
import type { LintRule } from '../rule.js';
import { escapeRegExp } from '../../lib/text/escape-reg-exp.js';

/** Every language's words for what describes the bidder, as one pattern matched on whole words, case aside. */
const TRAITS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${LANGUAGES.flatMap((l) => l.bidderTraits ?? [])
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);

/**
 * Award criteria must be linked to the subject-matter of the contract (2014/24/EU Art. 67(3)): scoring where the
 * bidder is established, who owns it or where it manufactures is an origin preference a review body strikes down
 * (Art. 18, C-234/03 Contse). Checked: each criterion's title and description, and the requirements it scores.
 */
export const awardSubjectMatter: LintRule = {
  id: 'award-subject-matter',
  description:
    'An award criterion scores the subject-matter, not the bidder: no nationality, registered office, ownership, establishment or place of manufacture',
  severity: 'error',
  check({ catalogue }, report) {
    for (const spec of catalogue.specs.values()) {
      spec.award.forEach((criterion, i) => {
        if (criterion.type === 'price' || criterion.type === 'cost') return;
        const own = TRAITS.exec([criterion.title, criterion.description ?? ''].join(' \n '));
        if (own) {
          report({
            message: `award criterion "${criterion.id}" scores the bidder ("${own[0]}"), not the subject-matter of the contract (2014/24/EU Art. 67(3)): make it a pass/fail requirement on the service, or leave it out`,
            at: { spec, path: ['award', i, 'title'] },
          });
          return;
        }
        criterion.requirements.forEach((id, j) => {
          const requirement: Requirement | undefined = catalogue.requirements.get(id);
          if (!requirement) return;
          const found = TRAITS.exec(`${requirement.title} \n ${requirement.statement.markdown}`);
          if (!found) return;
          report({
            message: `award criterion "${criterion.id}" scores ${id}, which conditions on the bidder ("${found[0]}"), not on the subject-matter (2014/24/EU Art. 67(3)): keep ${id} as a pass/fail requirement and score something the service does`,
            at: { spec, path: ['award', i, 'requirements', j] },
          });
        });
      });
    }
  },
};
