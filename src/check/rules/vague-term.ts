import type { LintRule } from '../rule.js';
import { findPhrases, type PhraseMatch } from '../text/phrases.js';
import { readText } from '../text/reading.js';
import { acceptanceSections } from '../text/sections.js';
import { languageLabel, textSubjects } from '../text/statements.js';
import type { LanguageWords } from '../../lib/language/words/index.js';

/** How to replace the terms that need more than "state a measurable value". */
const HINTS: Record<string, string> = {
  'and/or': 'say "and" or "or", or list the combinations that are acceptable',
  'etc.': 'list every item, or say "at least the following"',
  etc: 'list every item, or say "at least the following"',
  'and so on': 'list every item, or say "at least the following"',
  'including but not limited to': 'list what is required; anything else is not',
  'if possible': 'state the condition under which it applies, or make the requirement recommended',
  'where possible': 'state the condition under which it applies, or make the requirement recommended',
  'as far as possible': 'state the condition under which it applies, or make the requirement recommended',
  'best effort': 'state the result that is owed, or make the requirement recommended',
  'best efforts': 'state the result that is owed, or make the requirement recommended',
  'state of the art': 'name the standard and its version that defines the level',
  'state-of-the-art': 'name the standard and its version that defines the level',
};
const DEFAULT_HINT =
  'replace it with something a tester can check: a value with a unit, a named standard or an observable result';

/** Words that no bidder can be held to and no evaluator can score. */
export const vagueTerm: LintRule = {
  id: 'vague-term',
  description:
    'Unverifiable words: user-friendly, adequate, as appropriate, fast, easy, sufficient, state of the art, etc., and/or, if possible, best effort...',
  severity: 'warning',
  check(context, report) {
    for (const subject of textSubjects(context)) {
      const vague = subject.language.words.vague;
      if (!vague) {
        report({
          message: `vague terms not checked: the statement looks like ${languageLabel(subject.language)}, which has no vague-term list`,
          at: subject.at(0),
          severity: 'info',
        });
        continue;
      }
      for (const m of vagueTerms(subject.prose.text, subject.language.words)) {
        report({
          message: `"${m.found}" cannot be verified in a normative statement: ${HINTS[m.phrase.toLowerCase()] ?? DEFAULT_HINT}`,
          at: subject.at(m.offset),
        });
      }
    }
    for (const req of context.catalogue.requirements.values()) {
      for (const { section, index } of acceptanceSections(req)) {
        const { prose, language } = readText(context.catalogue, section.markdown);
        for (const m of vagueTerms(prose.text, language.words)) {
          report({
            message: `"${m.found}" makes this acceptance criterion uncheckable: ${HINTS[m.phrase.toLowerCase()] ?? DEFAULT_HINT}`,
            at: { requirement: req, section: index, sectionOffset: m.offset },
          });
        }
      }
    }
  },
};

/** The vague terms of a text, except where a longer, checkable phrase starts at the same word. */
function vagueTerms(text: string, words: LanguageWords): PhraseMatch[] {
  const vague = findPhrases(text, words.vague ?? []);
  if (vague.length === 0) return vague;
  const excepted = new Set(findPhrases(text, words.vagueExceptions ?? []).map((m) => m.offset));
  return vague.filter((m) => !excepted.has(m.offset));
}
