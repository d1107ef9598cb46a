import { scoredRequirements } from '../../resolve/effective-award.js';
import { specsWithAward } from '../award-of.js';
import type { LintRule } from '../rule.js';

/**
 * What the bidder is (its certified management systems, turnover, references, experience) is checked at selection
 * (2014/24/EU Arts. 58 and 62), never scored at award (C-532/06 Lianakis; Art. 67(2)(b) allows only the staff
 * assigned to this contract). English, French, German and Dutch words, on the title and statement of each scored
 * requirement and on the criterion's own title and description.
 */
const BIDDER = new RegExp(
  [
    'management ?system',
    'syst[èe]me de management',
    'managementsystem',
    'managementsysteem',
    'turnover',
    'annual revenue',
    "chiffre d'affaires",
    'umsatz',
    'omzet',
    'reference (?:projects?|customers?|contracts?|sites?)',
    'references (?:of|from) (?:the )?(?:supplier|bidder|tenderer|contractor)',
    'years of experience',
    'track record',
    "(?:supplier|bidder|tenderer|contractor|company|organi[sz]ation)(?:'s)? (?:is |holds |being )?(?:certified|certificate|certification)",
    '(?:certified|certificate|certification) of the (?:supplier|bidder|tenderer|contractor|company|organi[sz]ation)',
  ].join('|'),
  'iu',
);

export const awardSelectionCriterion: LintRule = {
  id: 'award-selection-criterion',
  description:
    "An award criterion that scores the bidder's organisation (certified management systems, turnover, references, experience) is a selection criterion (Arts. 58, 62), not an award criterion",
  severity: 'warning',
  check(context, report) {
    for (const { spec, criteria } of specsWithAward(context)) {
      for (const c of criteria) {
        if (c.type === 'price' || c.type === 'cost') continue;
        const own = BIDDER.exec(`${c.title}\n${c.description ?? ''}`);
        if (own) {
          report({
            message: `award criterion "${c.id}" scores the bidder ("${own[0]}"), which selection checks (Arts. 58, 62): score what the tender offers for this contract`,
            at: { spec, path: ['award', c.index], key: true },
          });
          continue;
        }
        for (const id of scoredRequirements(c)) {
          const r = context.catalogue.requirements.get(id);
          if (!r) continue;
          const found = BIDDER.exec(`${r.title}\n${r.statement.markdown}`);
          if (!found) continue;
          const k = c.requirements.indexOf(id);
          const mine = c.setBy.get('requirements') === spec && k >= 0;
          report({
            message: `award criterion "${c.id}" scores ${id}, which describes the bidder ("${found[0]}"), a selection matter (Arts. 58, 62): move it to selection, or reword it to what this contract delivers (a plan, a service level)`,
            at: { spec, path: mine ? ['award', c.index, 'requirements', k] : ['award', c.index], key: !mine },
          });
        }
      }
    }
  },
};
