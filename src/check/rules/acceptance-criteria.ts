import type { Requirement } from '../../load/requirement/requirement.js';
import type { LintRule } from '../rule.js';
import { findPhrases } from '../text/phrases.js';
import { readText } from '../text/reading.js';
import { acceptanceSections, hasContent } from '../text/sections.js';

/** A mandatory requirement excludes offers that miss it: the evaluator needs a test that decides, not an impression. */
export const acceptanceCriteria: LintRule = {
  id: 'acceptance-criteria',
  description: 'A mandatory requirement has checkable acceptance criteria',
  severity: 'warning',
  check(context, report) {
    for (const req of context.catalogue.requirements.values()) {
      const sections = acceptanceSections(req);
      if (req.obligation === 'mandatory' && !sections.some(({ section }) => hasContent(section))) {
        const empty = sections[0];
        report(
          empty
            ? {
                message: `the acceptance criteria of mandatory ${req.id} are empty: list the checks that decide whether an offer complies`,
                at: { requirement: req, section: empty.index, sectionOffset: 0 },
              }
            : {
                message: `mandatory ${req.id} has no acceptance criteria: add a "## Acceptance criteria" section that lists the checks deciding compliance`,
                at: { requirement: req, path: ['obligation'] },
              },
        );
      }
      for (const { section, index } of sections) {
        const { prose, language } = readText(context.catalogue, section.markdown);
        for (const m of findPhrases(prose.text, language.words.uncheckable ?? [])) {
          report({
            message: `"${m.found}" leaves the verdict to opinion: name the measurement, test or document that shows compliance`,
            at: { requirement: req, section: index, sectionOffset: m.offset },
          });
        }
      }
    }
    // A spec that makes a requirement mandatory makes its missing criteria its own problem.
    for (const resolved of context.resolution.resolved.values()) {
      const spec = resolved.spec;
      for (const d of spec.deviations) {
        if (d.kind !== 'set' || d.changes.obligation !== 'mandatory') continue;
        const req = context.catalogue.requirements.get(d.requirement);
        if (!req || req.obligation === 'mandatory' || hasCriteria(req)) continue;
        report({
          message: `${spec.id} makes ${req.id} mandatory, but it has no acceptance criteria: add them to ${req.file} before raising the obligation`,
          at: { spec, path: ['deviations', d.index, 'set', 'obligation'] },
        });
      }
    }
  },
};

function hasCriteria(req: Requirement): boolean {
  return acceptanceSections(req).some(({ section }) => hasContent(section));
}
