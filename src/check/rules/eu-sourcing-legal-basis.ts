import type { LintRule } from '../rule.js';

/** EU sourcing is lawful only on a named legal route (security of supply, data location, Art. 346 TFEU, ...). */
export const euSourcingLegalBasis: LintRule = {
  id: 'eu-sourcing-legal-basis',
  description: 'An `eu-sourcing` requirement without `legal_basis`',
  severity: 'error',
  check({ catalogue }, report) {
    for (const req of catalogue.requirements.values()) {
      if (req.domain !== 'eu-sourcing' || req.legalBasis.length > 0) continue;
      report({
        message: `${req.id} is an eu-sourcing requirement without legal_basis: name the instruments that make it lawful (e.g. "Directive 2009/81/EC Art. 23", "Art. 346 TFEU", "Regulation (EU) 2024/2847 Art. 5(1)"), or move it to another domain`,
        at: { requirement: req, path: ['domain'] },
      });
    }
  },
};
