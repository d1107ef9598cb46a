import { acceptanceCriteria } from './rules/acceptance-criteria.js';
import { annexCited } from './rules/annex-cited.js';
import { awardLowestRatio } from './rules/award-lowest-ratio.js';
import { awardMethod } from './rules/award-method.js';
import { awardMinimumRule } from './rules/award-minimum-rule.js';
import { awardSelectionCriterion } from './rules/award-selection-criterion.js';
import { awardUnscored } from './rules/award-unscored.js';
import { awardSubjectMatter } from './rules/award-subject-matter.js';
import { awardWeights } from './rules/award-weights.js';
import { cpvFormat } from './rules/cpv-format.js';
import { deprecatedInUse } from './rules/deprecated-in-use.js';
import { deviationJustified } from './rules/deviation-justified.js';
import { deviationNoEffect } from './rules/deviation-no-effect.js';
import { deviationOverridden } from './rules/deviation-overridden.js';
import { deviationReview } from './rules/deviation-review.js';
import { weakensInterconnection } from './rules/weakens-interconnection.js';
import { draftInUse } from './rules/draft-in-use.js';
import { euSourcingLegalBasis } from './rules/eu-sourcing-legal-basis.js';
import { legalBasisRegime } from './rules/legal-basis-regime.js';
import { modalVerb } from './rules/modal-verb.js';
import { namedOrigin } from './rules/named-origin.js';
import { noticeCpvNature } from './rules/notice-cpv-nature.js';
import { orEquivalent } from './rules/or-equivalent.js';
import { parameterFixed } from './rules/parameter-fixed.js';
import { placeholderText } from './rules/placeholder-text.js';
import { referenceSuperseded } from './rules/reference-superseded.js';
import { referenceVersion } from './rules/reference-version.js';
import { selectionCode } from './rules/selection-code.js';
import { singleStatement } from './rules/single-statement.js';
import { termConsistency } from './rules/term-consistency.js';
import { vagueTerm } from './rules/vague-term.js';
import type { LintRule } from './rule.js';
import { ruleUrl } from './rule-url.js';

/** A rule as the tool ships it: with the address of its description. */
export type RegisteredRule = LintRule & { readonly url: string };

/**
 * Every lint rule, in the order `tenderkit rules` lists them, each with its url (its row of docs/rules.md). Add a
 * rule here, in rules/<id>.ts and its test in test/check/rules/<id>.test.ts (`testRule`), then regenerate docs/rules.md.
 */
export const RULES: readonly RegisteredRule[] = (
  [
    modalVerb,
    singleStatement,
    vagueTerm,
    placeholderText,
    acceptanceCriteria,
    referenceVersion,
    referenceSuperseded,
    annexCited,
    orEquivalent,
    namedOrigin,
    euSourcingLegalBasis,
    legalBasisRegime,
    awardWeights,
    awardSubjectMatter,
    awardMethod,
    awardUnscored,
    awardMinimumRule,
    awardSelectionCriterion,
    awardLowestRatio,
    cpvFormat,
    noticeCpvNature,
    selectionCode,
    deprecatedInUse,
    draftInUse,
    deviationJustified,
    weakensInterconnection,
    parameterFixed,
    deviationNoEffect,
    deviationOverridden,
    deviationReview,
    termConsistency,
  ] as const
).map((rule) => ({ ...rule, url: ruleUrl(rule.id) }));
