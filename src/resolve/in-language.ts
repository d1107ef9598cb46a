import { specInLanguage } from '../load/spec/spec-in-language.js';
import type { Deviation, Spec } from '../load/spec/spec.js';
import type { AppliedDeviation, EffectiveRequirement, Origin, ResolvedSpec } from './resolved.js';

/**
 * A resolved spec as its documents in one of its languages see it: the same requirements, that language as the
 * spec's, and every text the specs of its chain write themselves (titles, justifications, annex titles, award
 * criteria, a deviation's new requirement title) in that language where they give it.
 */
export function resolvedInLanguage(resolved: ResolvedSpec, language: string): ResolvedSpec {
  if (resolved.spec.language === language) return resolved;
  // the spec takes the language as its own; the specs it extends keep theirs (the language of a text they give as
  // one string) and give their texts in the language where they have it
  const chain = resolved.chain.map((s) =>
    s.id === resolved.spec.id ? specInLanguage(s, language) : { ...specInLanguage(s, language), language: s.language },
  );
  const specs = new Map(chain.map((s) => [s.id, s]));
  const deviationOf = (spec: string, index: number | undefined): Deviation | undefined =>
    index === undefined ? undefined : specs.get(spec)?.deviations.find((d) => d.index === index);
  const origin = (o: Origin): Origin => {
    const d = deviationOf(o.spec, o.deviation);
    if (!d) return o;
    const { justification: _, ...rest } = o;
    return d.justification ? { ...rest, justification: d.justification } : rest;
  };
  const applied = (a: AppliedDeviation): AppliedDeviation => ({
    spec: a.spec,
    deviation: deviationOf(a.spec, a.deviation.index) ?? a.deviation,
  });
  const requirement = (r: EffectiveRequirement): EffectiveRequirement => {
    const titleSetBy = deviationOf(r.provenance.title.spec, r.provenance.title.deviation);
    const title =
      titleSetBy?.kind === 'set' && titleSetBy.changes.title !== undefined ? titleSetBy.changes.title : r.title;
    return {
      ...r,
      title,
      provenance: {
        selected: origin(r.provenance.selected),
        title: origin(r.provenance.title),
        obligation: origin(r.provenance.obligation),
        verification: origin(r.provenance.verification),
        statement: origin(r.provenance.statement),
        parameters: new Map([...r.provenance.parameters].map(([k, o]) => [k, origin(o)])),
      },
      history: r.history.map(applied),
    };
  };
  return {
    ...resolved,
    spec: specs.get(resolved.spec.id) as Spec,
    chain,
    requirements: resolved.requirements.map(requirement),
    removed: resolved.removed.map((r) => ({ ...r, by: origin(r.by) })),
  };
}
