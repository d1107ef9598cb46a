import { xmlAttribute, xmlText } from '../../lib/xml/escape.js';
import type { AcceptanceReport, CaseOutcome } from './acceptance-report.js';

/**
 * The report as JUnit XML for a CI that gates on acceptance: one suite per phase, one test case per planned case
 * (`classname` its requirement). A failed or outdated case, and a mandatory one not run, is a failure; another case
 * not run is skipped; a concession passes with its reference as a property.
 */
export function reportJunit(report: AcceptanceReport): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const failures = (cases: ReadonlyArray<{ c: CaseOutcome; mandatory: boolean }>) =>
    cases.filter(
      ({ c, mandatory }) => c.status === 'failed' || c.status === 'outdated' || (mandatory && c.status === 'not-run'),
    ).length;
  const all = report.requirements.flatMap((r) =>
    r.cases.map((c) => ({ c, requirement: r.id, mandatory: r.obligation === 'mandatory', outdated: r.outdated })),
  );
  out.push(
    `<testsuites name="${xmlAttribute(`acceptance ${report.spec}`)}" tests="${all.length}" failures="${failures(all)}" errors="0">`,
  );
  for (const phase of Object.keys(report.phases)) {
    const cases = all.filter((x) => x.c.phase === phase);
    const skipped = cases.filter((x) => x.c.status === 'not-run' && !x.mandatory).length;
    out.push(
      `  <testsuite name="${xmlAttribute(phase)}" tests="${cases.length}" failures="${failures(cases)}" errors="0" skipped="${skipped}">`,
    );
    for (const { c, requirement, mandatory, outdated } of cases) {
      out.push(`    <testcase name="${xmlAttribute(c.id)}" classname="${xmlAttribute(requirement)}">`);
      out.push('      <properties>');
      out.push(`        <property name="requirement" value="${xmlAttribute(requirement)}"/>`);
      out.push(`        <property name="phase" value="${xmlAttribute(c.phase)}"/>`);
      if (c.concession) out.push(`        <property name="concession" value="${xmlAttribute(c.concession)}"/>`);
      out.push('      </properties>');
      if (c.status === 'failed')
        out.push(
          `      <failure message="${xmlAttribute(`failed${c.source ? ` at ${c.source}` : ''}`)}">${xmlText(c.note ?? '')}</failure>`,
        );
      else if (c.status === 'outdated')
        out.push(
          `      <failure message="${xmlAttribute(outdated === 'removed' ? `${requirement} is no longer in the spec` : `${requirement} changed since the plan: plan and run the case again`)}"/>`,
        );
      else if (c.status === 'not-run')
        out.push(
          mandatory
            ? '      <failure message="not run: a mandatory requirement needs a result"/>'
            : '      <skipped message="not run"/>',
        );
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}
