import type { Requirement } from '../../load/requirement/requirement.js';
import type { Regime } from '../../load/spec/spec.js';
import { effectiveRegime } from '../../resolve/effective-regime.js';
import type { LintRule } from '../rule.js';

/** Art. 346 TFEU, however it is written: "Art. 346 TFEU", "Article 346(1)(b) TFEU", "TFEU Art. 346", "AEUV Art. 346". */
const ARTICLE_346 =
  /\b(?:art(?:icle|ikel)?\.?\s*346\b[^;]*\b(?:TFEU|TFUE|AEUV|VWEU)\b|(?:TFEU|TFUE|AEUV|VWEU)\b[^;]*\bart(?:icle|ikel)?\.?\s*346\b)/i;
const DIRECTIVE: Record<Regime, RegExp> = {
  '2014/24/EU': /\b2014\/24\/(?:EU|UE)\b/i,
  '2009/81/EC': /\b2009\/81\/(?:EC|CE|EG)\b/i,
};
const OTHER: Record<Regime, Regime> = { '2014/24/EU': '2009/81/EC', '2009/81/EC': '2014/24/EU' };

/**
 * A legal basis has to hold under the procurement regime of every spec that selects the requirement: Art. 346 TFEU
 * is a case-by-case derogation a Member State must prove (C-337/05, C-615/10), never the basis of a harmonised
 * clause; the articles of one directive do not apply to a contract awarded under the other (2009/81/EC Art. 2).
 */
export const legalBasisRegime: LintRule = {
  id: 'legal-basis-regime',
  description:
    "A requirement's legal_basis holds under the regime of the specs that select it: no Art. 346 TFEU, no 2009/81/EC article in a 2014/24/EU spec and the other way round",
  severity: 'error',
  check({ catalogue, resolution }, report) {
    const regimesOf = new Map<Requirement, Map<Regime, string[]>>();
    for (const resolved of resolution.resolved.values()) {
      const regime = effectiveRegime(resolved);
      if (!regime) continue;
      for (const r of resolved.requirements) {
        const byRegime = regimesOf.get(r.source) ?? new Map<Regime, string[]>();
        regimesOf.set(r.source, byRegime);
        byRegime.set(regime, [...(byRegime.get(regime) ?? []), resolved.spec.id]);
      }
    }
    for (const requirement of catalogue.requirements.values()) {
      requirement.legalBasis.forEach((basis, i) => {
        const at = { requirement, path: ['legal_basis', i] };
        if (ARTICLE_346.test(basis)) {
          report({
            message: `"${basis}" cannot be the legal basis of a harmonised requirement: Art. 346 TFEU is a derogation a Member State must justify case by case (C-337/05, C-615/10 InsTiimi); cite the article of the procurement directive that allows the condition, and mention Art. 346 in the guidance if a national authority may invoke it`,
            at,
          });
          return;
        }
        for (const [regime, specs] of regimesOf.get(requirement) ?? []) {
          // "Directive 2014/24/EU Art. 70 (under Directive 2009/81/EC: Art. 20)" names the article of each regime
          if (!DIRECTIVE[OTHER[regime]].test(basis) || DIRECTIVE[regime].test(basis)) continue;
          report({
            message: `"${basis}" does not apply under ${regime}, the regime of ${specs.slice(0, 3).join(', ')}${specs.length > 3 ? ` and ${specs.length - 3} more` : ''}: cite the corresponding article of ${regime}, or set regime: ${OTHER[regime]} on a spec procured under it`,
            at,
          });
        }
      });
    }
  },
};
