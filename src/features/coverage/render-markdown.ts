import { escapeMarkdown } from '../diff/render-markdown.js';
import type { CoveredRequirement, SpecCoverage } from './build-coverage.js';

/** `coverage --format md`: per spec a summary of gaps, then one table per scenario (domains by obligation). */
export function renderCoverageMarkdown(report: readonly SpecCoverage[], scenariosDefined: boolean): string {
  const out: string[] = ['# Scenario coverage', ''];
  if (!scenariosDefined) {
    out.push(
      'tenderkit.yaml defines no scenarios: add them under `scenarios:` and list them in the requirements that support them.',
      '',
    );
    return out.join('\n');
  }
  out.push(
    'The requirements of each spec that support each readiness scenario, by domain and obligation. Only a mandatory requirement guarantees support: a scenario or domain without one is a **gap**.',
    '',
  );
  for (const c of report) {
    out.push(`## ${md(c.spec.id)}: ${md(c.spec.title)}`, '');
    const gaps = c.scenarios.flatMap((s) =>
      s.gap
        ? [`${md(s.scenario.title)}: no mandatory requirement at all`]
        : s.domains
            .filter((d) => d.gap)
            .map((d) => `${md(s.scenario.title)}: no mandatory requirement in ${md(d.domain.title)}`),
    );
    if (gaps.length === 0) out.push('No gaps: every scenario has a mandatory requirement in every domain.', '');
    else out.push(`Gaps (${gaps.length}):`, '', ...gaps.map((g) => `- ${g}`), '');
    for (const s of c.scenarios) {
      out.push(`### ${md(s.scenario.title)} (${md(s.scenario.id)})${s.gap ? ' \u2013 gap' : ''}`, '');
      out.push('| Domain | Mandatory | Recommended | Optional |', '| --- | --- | --- | --- |');
      for (const d of s.domains) {
        const { mandatory, recommended, optional } = d.byObligation;
        out.push(
          `| ${md(d.domain.title)} | ${d.gap ? '**gap**' : ids(mandatory)} | ${ids(recommended)} | ${ids(optional)} |`,
        );
      }
      out.push('');
    }
  }
  return out.join('\n');
}

function ids(list: readonly CoveredRequirement[]): string {
  return list.length ? list.map((r) => md(r.id)).join(', ') : '\u2013';
}

function md(text: string): string {
  return escapeMarkdown(text);
}
