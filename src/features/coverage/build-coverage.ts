import type { Obligation } from '../../load/requirement/requirement.js';
import type { ResolvedSpec } from '../../resolve/resolved.js';
import type { Domain, Scenario } from '../../load/config.js';

export interface CoveredRequirement {
  id: string;
  title: string;
}

/** The requirements of one spec that support one scenario within one domain, by effective obligation. */
export interface DomainCoverage {
  domain: Domain;
  byObligation: Record<Obligation, CoveredRequirement[]>;
  /** no mandatory requirement: a bidder can comply with the spec and still leave this part of the scenario unsupported */
  gap: boolean;
}

export interface ScenarioCoverage {
  scenario: Scenario;
  domains: DomainCoverage[];
  /** no mandatory requirement in any domain */
  gap: boolean;
}

export interface SpecCoverage {
  spec: ResolvedSpec['spec'];
  /** the domains the spec's chain selects */
  domains: Domain[];
  scenarios: ScenarioCoverage[];
}

/**
 * How a resolved spec supports each readiness scenario of tenderkit.yaml. Only mandatory requirements
 * guarantee support (recommended ones are scored, optional ones offered), so a scenario, or a domain of a
 * scenario, without a mandatory requirement is a gap.
 */
export function buildCoverage(
  resolved: ResolvedSpec,
  domains: readonly Domain[],
  scenarios: readonly Scenario[],
): SpecCoverage {
  const root = resolved.chain[0]!;
  const selected = root.select?.domains;
  const specDomains = selected ? domains.filter((d) => selected.includes(d.id)) : [...domains];
  // a domain reached only through an added requirement still belongs in the report
  for (const r of resolved.requirements) {
    if (!specDomains.some((d) => d.id === r.source.domain)) {
      const known = domains.find((d) => d.id === r.source.domain);
      if (known) specDomains.push(known);
    }
  }
  const coverage: ScenarioCoverage[] = scenarios.map((scenario) => {
    const supporting = resolved.requirements.filter((r) => r.source.scenarios.includes(scenario.id));
    const perDomain = specDomains.map((domain): DomainCoverage => {
      const byObligation: Record<Obligation, CoveredRequirement[]> = { mandatory: [], recommended: [], optional: [] };
      for (const r of supporting) {
        if (r.source.domain === domain.id) byObligation[r.obligation].push({ id: r.id, title: r.title });
      }
      return { domain, byObligation, gap: byObligation.mandatory.length === 0 };
    });
    return { scenario, domains: perDomain, gap: perDomain.every((d) => d.gap) };
  });
  return { spec: resolved.spec, domains: specDomains, scenarios: coverage };
}

/** Specs in the order of their chains: each root, then its variants depth first, siblings by id. */
export function chainOrder(resolved: ReadonlyMap<string, ResolvedSpec>): ResolvedSpec[] {
  const all = [...resolved.values()].sort((a, b) => (a.spec.id < b.spec.id ? -1 : a.spec.id > b.spec.id ? 1 : 0));
  const out: ResolvedSpec[] = [];
  const visit = (parent: string | undefined) => {
    for (const r of all.filter((s) => s.spec.extends === parent)) {
      out.push(r);
      visit(r.spec.id);
    }
  };
  visit(undefined);
  return out;
}
