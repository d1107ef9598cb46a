import { deviationJustified } from './rules/deviation-justified.js';
import type { LintRule } from './rule.js';

/** Every lint rule, in the order `tenderkit rules` lists them. Add a rule here and in rules/<id>.ts. */
export const RULES: readonly LintRule[] = [deviationJustified];
