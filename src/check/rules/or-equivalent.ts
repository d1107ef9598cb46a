import type { LintRule } from '../rule.js';
import { findPhrases } from '../text/phrases.js';
import { isLegalInstrument } from '../text/reference-kind.js';
import { splitSentences, type Sentence } from '../../lib/language/sentences.js';
import { textSubjects } from '../text/statements.js';
import { PRODUCTS } from '../../lib/language/words/index.js';

const ART_42 = 'Directive 2014/24/EU Art. 42(3)-(4)';

/** A specification that names a standard or a product without "or equivalent" shuts out offers that would do the job. */
export const orEquivalent: LintRule = {
  id: 'or-equivalent',
  description: `A reference with \`equivalent: false\`, or a named product in the text, without a subject-matter justification (${ART_42})`,
  severity: 'error',
  check(context, report) {
    for (const req of context.catalogue.requirements.values()) {
      req.references.forEach((ref, i) => {
        if (ref.equivalent || ref.justification || req.justification || isLegalInstrument(ref.id)) return;
        report({
          message: `"${ref.id}" accepts no equivalent but gives no reason: set equivalent: true, or add a justification to the reference saying why the subject-matter needs exactly this standard (${ART_42})`,
          at: { requirement: req, path: ['references', i, 'equivalent'] },
        });
      });
    }
    for (const subject of textSubjects(context)) {
      const req = subject.requirement;
      const orEquivalentWords = subject.language.words.orEquivalent;
      let sentences: Sentence[] | undefined;
      for (const m of findPhrases(subject.prose.text, PRODUCTS, { caseSensitive: true })) {
        if (!req.justification) {
          report({
            message: `"${m.found}" is a named product: describe the function or the standard it meets instead, or add a subject-matter justification (justification:) and "or equivalent" (${ART_42})`,
            at: subject.at(m.offset),
          });
          continue;
        }
        if (!orEquivalentWords) continue;
        sentences ??= splitSentences(subject.prose, subject.language.words.abbreviations);
        const sentence = sentences.find((s) => s.start <= m.offset && m.offset < s.end);
        const rest = subject.prose.text.slice(m.offset, sentence?.end ?? subject.prose.text.length);
        if (findPhrases(rest, orEquivalentWords).length === 0) {
          report({
            message: `"${m.found}" is named with a justification but without "or equivalent": add "or equivalent" after it (${ART_42})`,
            at: subject.at(m.offset),
          });
        }
      }
    }
  },
};
