import type { Obligation } from '../../load/requirement/requirement.js';
import type { LintRule } from '../rule.js';
import { hasModals, readModals } from '../../lib/language/modals.js';
import { languageLabel, statementSubjects, type StatementSubject } from '../text/statements.js';

/** The modal verb says what the obligation field says: bidders read the text, the matrix reads the field. */
export const modalVerb: LintRule = {
  id: 'modal-verb',
  description:
    "The statement's modal verb matches the obligation: shall/must for mandatory, should for recommended, may for optional",
  severity: 'error',
  check(context, report) {
    for (const subject of statementSubjects(context)) {
      const words = subject.language.words;
      if (!hasModals(words)) {
        report({
          message: `modal verbs not checked: the statement looks like ${languageLabel(subject.language)}, which has no modal verb list`,
          at: subject.at(0),
          severity: 'info',
        });
        continue;
      }
      const { modals } = readModals(subject.prose, words);
      // only a finding needs the words to suggest
      const expected = () => expectedWords(words.modals, subject.obligation);
      const where = (offset: number) =>
        subject.deviation && !subject.deviation.statement ? subject.obligationAt() : subject.at(offset);
      if (modals.length === 0) {
        report({
          message: `the statement has no modal verb; a${article(subject.obligation)} ${subject.obligation} requirement says ${expected()}${inSpec(subject)}`,
          at: where(firstWord(subject)),
        });
        continue;
      }
      const matching = modals.filter((m) => m.obligations.includes(subject.obligation));
      if (matching.length === 0) {
        const first = modals[0]!;
        report({
          message: `"${first.found}" does not fit a${article(subject.obligation)} ${subject.obligation} requirement: use ${expected()}, or change obligation to ${first.obligations.join(' or ')}${inSpec(subject)}`,
          at: where(first.offset),
        });
        continue;
      }
      // A weaker requirement that also says "shall" binds bidders to more than its obligation promises;
      // a mandatory one that also says "should" leaves bidders guessing whether that part is required.
      // ("may" in a mandatory statement grants a permission and stays.)
      const stronger =
        subject.obligation !== 'mandatory' ? modals.find((m) => only(m.obligations, 'mandatory')) : undefined;
      if (stronger) {
        report({
          message: `"${stronger.found}" makes part of this ${subject.obligation} requirement binding: use ${expected()} throughout, or change obligation to mandatory${inSpec(subject)}`,
          at: where(stronger.offset),
        });
      }
      const weaker =
        subject.obligation === 'mandatory' ? modals.find((m) => only(m.obligations, 'recommended')) : undefined;
      if (weaker) {
        report({
          message: `"${weaker.found}" leaves part of this mandatory requirement unclear: use ${expected()}, or move the recommendation into a recommended requirement of its own${inSpec(subject)}`,
          at: where(weaker.offset),
        });
      }
    }
  },
};

function expectedWords(
  modals: ReadonlyArray<{ word: string; obligations: Obligation[] }>,
  obligation: Obligation,
): string {
  const words = modals
    .filter((m) => m.obligations.length === 1 && m.obligations[0] === obligation)
    .map((m) => `"${m.word}"`);
  const list = words.length
    ? words
    : modals.filter((m) => m.obligations.includes(obligation)).map((m) => `"${m.word}"`);
  return list.slice(0, 2).join(' or ');
}

function only(obligations: readonly Obligation[], obligation: Obligation): boolean {
  return obligations.length === 1 && obligations[0] === obligation;
}

function article(obligation: Obligation): string {
  return obligation === 'optional' ? 'n' : '';
}

function firstWord(subject: StatementSubject): number {
  const m = /\S/.exec(subject.prose.text);
  return m ? m.index : 0;
}

function inSpec(subject: StatementSubject): string {
  const d = subject.deviation;
  if (!d) return '';
  const changed = [d.obligation && 'obligation', d.statement && 'statement'].filter(Boolean).join(' and ');
  return ` (spec ${d.spec.id} sets the ${changed} of ${subject.requirement.id})`;
}
