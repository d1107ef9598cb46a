import type { LintRule } from '../rule.js';
import { hasModals, readModals } from '../../lib/language/modals.js';
import { languageLabel, textSubjects } from '../text/statements.js';

/** One requirement, one obligation: a bidder answers "comply" per row, and a row with two demands cannot be answered. */
export const singleStatement: LintRule = {
  id: 'single-statement',
  description: 'One normative statement per requirement (several shall/should/may sentences)',
  severity: 'warning',
  check(context, report) {
    for (const subject of textSubjects(context)) {
      const words = subject.language.words;
      if (!hasModals(words)) {
        report({
          message: `normative sentences not counted: the statement looks like ${languageLabel(subject.language)}, which has no modal verb list`,
          at: subject.at(0),
          severity: 'info',
        });
        continue;
      }
      const { modals } = readModals(subject.prose, words);
      const normative = [...new Set(modals.map((m) => m.sentence))];
      if (normative.length < 2) continue;
      const second = modals.find((m) => m.sentence === normative[1])!;
      report({
        message: `the statement has ${normative.length} normative sentences; keep one per requirement: move the sentence with "${second.found}" into a requirement of its own, or join the demands in one sentence`,
        at: subject.at(second.offset),
      });
    }
  },
};
