import type { SpecCoverage } from './build-coverage.js';

/** A scenario without a mandatory requirement in one domain, or (domain null) in any. */
interface Gap {
  scenario: string;
  domain: string | null;
}

/** `coverage --format json`: plain data, ids only; gaps listed per spec so scripts need not walk the tree. */
export function renderCoverageJson(report: readonly SpecCoverage[]): string {
  const specs = report.map((c) => ({
    spec: c.spec.id,
    title: c.spec.title,
    domains: c.domains.map((d) => d.id),
    scenarios: c.scenarios.map((s) => ({
      id: s.scenario.id,
      title: s.scenario.title,
      gap: s.gap,
      domains: s.domains.map((d) => ({
        domain: d.domain.id,
        mandatory: d.byObligation.mandatory.map((r) => r.id),
        recommended: d.byObligation.recommended.map((r) => r.id),
        optional: d.byObligation.optional.map((r) => r.id),
        gap: d.gap,
      })),
    })),
    gaps: c.scenarios.flatMap((s): Gap[] =>
      s.gap
        ? [{ scenario: s.scenario.id, domain: null }]
        : s.domains.filter((d) => d.gap).map((d) => ({ scenario: s.scenario.id, domain: d.domain.id })),
    ),
  }));
  return `${JSON.stringify({ specs }, null, 2)}\n`;
}
