import type { Requirement } from '../../load/requirement/requirement.js';
import type { LintRule } from '../rule.js';
import { findOriginConditions } from '../text/origin.js';
import { findPhrases } from '../text/phrases.js';
import { languageLabel, textSubjects } from '../text/statements.js';
import { VENDORS } from '../../lib/language/words/index.js';

/**
 * "Buy European" cannot be a technical specification against bidders from GPA partners (Directive 2014/24/EU
 * Art. 25, 42(4)); an origin condition is lawful only as a security need with a legal basis, and a named vendor
 * only with a subject-matter justification.
 */
export const namedOrigin: LintRule = {
  id: 'named-origin',
  description:
    'The text conditions on a country, nationality, region or company origin (e.g. "of European origin", "Chinese components") or names a vendor; allowed only with a legal basis and justification',
  severity: 'error',
  check(context, report) {
    for (const subject of textSubjects(context)) {
      const req = subject.requirement;
      // a subject-matter justification allows naming a vendor
      if (!req.justification) {
        for (const m of findPhrases(subject.prose.text, VENDORS, { caseSensitive: true })) {
          report({
            message: `"${m.found}" names a vendor: describe the function or the standard instead; naming a source needs a subject-matter justification (justification:) and "or equivalent" (Directive 2014/24/EU Art. 42(4))`,
            at: subject.at(m.offset),
          });
        }
      }
      const origin = subject.language.words.origin;
      if (!origin) {
        report({
          message: `origin conditions not checked: the statement looks like ${languageLabel(subject.language)}, which has no origin word list`,
          at: subject.at(0),
          severity: 'info',
        });
        continue;
      }
      const missing = missingGrounds(req);
      if (!missing) continue;
      for (const m of findOriginConditions(subject.prose.text, origin)) {
        report({
          message: `"${m.found}" conditions the contract on origin or location, which is lawful only as a justified security need: ${missing}, or remove the condition`,
          at: subject.at(m.offset),
        });
      }
    }
  },
};

/** What the requirement lacks to make an origin condition lawful; undefined when it has a legal basis and a reason. */
function missingGrounds(req: Requirement): string | undefined {
  const reason =
    req.justification !== undefined || req.sections.some((s) => s.key === 'rationale' && /\p{L}/u.test(s.markdown));
  if (req.legalBasis.length > 0 && reason) return undefined;
  if (req.legalBasis.length > 0)
    return 'add a justification (or a "## Rationale" section) that ties it to the subject-matter';
  return 'add legal_basis (e.g. "Directive 2009/81/EC Art. 22", "Art. 346 TFEU") and a justification';
}
