import type { Requirement } from '../../load/requirement/requirement.js';
import type { Regime } from '../../load/spec/spec.js';
import { effectiveRegime } from '../../resolve/effective-regime.js';
import type { ResolvedSpec } from '../../resolve/resolved.js';
import type { Finding, LintRule } from '../rule.js';

/** Art. 346 TFEU, however it is written: "Art. 346 TFEU", "Article 346(1)(b) TFEU", "TFEU Art. 346", "AEUV Art. 346". */
const ARTICLE_346 =
  /\b(?:art(?:icle|ikel)?\.?\s*346\b[^;]*\b(?:TFEU|TFUE|AEUV|VWEU)\b|(?:TFEU|TFUE|AEUV|VWEU)\b[^;]*\bart(?:icle|ikel)?\.?\s*346\b)/i;
/** Art. 5(1) of the Cyber Resilience Act, by its number or its name: "Regulation (EU) 2024/2847 Art. 5(1)". */
const CRA_ARTICLE_5_1 =
  /\b(?:2024\/2847|Cyber Resilience Act|CRA)\b[^;]*\bart(?:icle|ikel)?\.?\s*5\s*\(1\)|\bart(?:icle|ikel)?\.?\s*5\s*\(1\)[^;]*\b(?:2024\/2847|Cyber Resilience Act)\b/i;
const DIRECTIVE: Record<Regime, RegExp> = {
  '2014/24/EU': /\b2014\/24\/(?:EU|UE)\b/i,
  '2009/81/EC': /\b2009\/81\/(?:EC|CE|EG)\b/i,
};
const OTHER: Record<Regime, Regime> = { '2014/24/EU': '2009/81/EC', '2009/81/EC': '2014/24/EU' };
/** The domain of the catalogue whose requirements are cybersecurity requirements on the delivered products. */
const PRODUCT_SECURITY_DOMAIN = 'security';
/** "classified information", "information classified up to", "EU classified information", "Verschlusssachen" (English source). */
const CLASSIFIED = /\bclassified information\b|\binformation classified\b/i;
/** A clause that excludes classified information ("accepts no message that carries classified information") asks for none. */
const NEGATION = /\b(?:no|not|never|none|without)\b/i;

/**
 * A legal basis has to hold under the procurement regime of every spec that selects the requirement: Art. 346 TFEU
 * is a case-by-case derogation a Member State must prove (C-337/05, C-615/10), never the basis of a harmonised
 * clause; the articles of one directive do not apply to a contract awarded under the other (2009/81/EC Art. 2), and a
 * basis that names the article of each ("Directive 2014/24/EU Art. 70 (under Directive 2009/81/EC: Art. 20)") holds
 * under both. Art. 5(1) of the Cyber Resilience Act only allows additional cybersecurity requirements for products
 * with digital elements, so it is no basis outside the security domain (data location, escrow, key custody). A spec
 * under 2014/24/EU whose requirements ask for classified information is a sensitive contract under 2009/81/EC
 * Art. 2, to which 2014/24/EU does not apply (its Art. 15(1)(a)).
 */
export const legalBasisRegime: LintRule = {
  id: 'legal-basis-regime',
  description:
    "A requirement's legal_basis holds under the regime of the specs that select it: no Art. 346 TFEU, no 2009/81/EC article in a 2014/24/EU spec and the other way round, CRA Art. 5(1) only for product cybersecurity; a 2014/24/EU spec selects no requirement that asks for classified information",
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
      if (regime === '2014/24/EU') classifiedUnder201424(resolved, report);
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
        if (CRA_ARTICLE_5_1.test(basis) && requirement.domain !== PRODUCT_SECURITY_DOMAIN) {
          report({
            message: `"${basis}" is no basis for a ${requirement.domain} requirement: Art. 5(1) of Regulation (EU) 2024/2847 only allows additional cybersecurity requirements for products with digital elements; cite Directive 2014/24/EU Art. 42 or 70, or Directive (EU) 2016/680 Art. 29, and Art. 5(2) where Annex I of the Regulation is taken into account`,
            at,
          });
        }
        for (const [regime, specs] of regimesOf.get(requirement) ?? []) {
          // a basis that also names the article of the spec's own regime holds under it
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

/** The requirements of a 2014/24/EU spec that ask for classified information: tagged `classified`, or so stated. */
function classifiedUnder201424(resolved: ResolvedSpec, report: (finding: Finding) => void): void {
  for (const r of resolved.requirements) {
    const clause = r.statement.markdown.split(/[;.]\s/).find((part) => CLASSIFIED.test(part) && !NEGATION.test(part));
    if (!r.source.tags.includes('classified') && clause === undefined) continue;
    const spec = resolved.spec;
    report({
      message: `spec ${spec.id} is procured under Directive 2014/24/EU but selects ${r.id}, which asks for classified information: a contract that involves classified information is a sensitive contract under Directive 2009/81/EC Art. 2, to which 2014/24/EU does not apply (its Art. 15(1)(a)); set regime: 2009/81/EC on this spec, or leave ${r.id} out`,
      at: { spec, path: spec.regime ? ['regime'] : ['id'], key: true },
    });
  }
}
