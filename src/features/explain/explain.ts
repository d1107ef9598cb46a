import type { ParameterValue, Verification } from '../../load/requirement/requirement.js';
import { substituteInText } from '../../document/substitute-parameters.js';
import { normaliseMarkdown } from '../../lib/text/normalise-text.js';
import type { Origin, ResolvedSpec } from '../../resolve/resolved.js';
import type { Deviation } from '../../load/spec/spec.js';

/** One effective field and the spec in the chain that set it. */
export interface ExplainedField {
  /** `title`, `obligation`, `verification`, `parameters.<name>`, `statement` */
  field: string;
  value: ParameterValue | Verification[];
  /** the catalogue's value, when the chain changed it */
  catalogue?: ParameterValue | Verification[];
  unit?: string;
  /** for a parameter that a common document fixes for every centre: that document (`fixed_by`) */
  fixedBy?: string;
  spec: string;
  justification: string | null;
}

export interface ExplainedStep {
  spec: string;
  action: 'set' | 'add' | 'remove';
  fields: string[];
  justification: string | null;
}

export type Explanation =
  | {
      status: 'present';
      spec: string;
      chain: string[];
      requirement: string;
      title: string;
      selectedBy: { spec: string; justification: string | null };
      fields: ExplainedField[];
      /** the statement as the tender reads it: values filled in */
      text: string;
      history: ExplainedStep[];
    }
  | {
      status: 'removed';
      spec: string;
      chain: string[];
      requirement: string;
      title: string;
      removedBy: { spec: string; justification: string | null };
      history: ExplainedStep[];
    }
  | { status: 'absent'; spec: string; chain: string[]; requirement: string };

/** The effective requirement in a spec and, for every field, which spec of the chain set it and why. Pure. */
export function explainRequirement(resolved: ResolvedSpec, id: string): Explanation {
  const spec = resolved.spec.id;
  const chain = resolved.chain.map((s) => s.id);
  const history = stepsFor(resolved, id);
  const r = resolved.requirements.find((x) => x.id === id);
  if (!r) {
    const removed = resolved.removed.find((x) => x.id === id);
    if (!removed) return { status: 'absent', spec, chain, requirement: id };
    return {
      status: 'removed',
      spec,
      chain,
      requirement: id,
      title: removed.source.title,
      removedBy: who(removed.by),
      history,
    };
  }
  const src = r.source;
  const p = r.provenance;
  const fields: ExplainedField[] = [];
  const field = (
    name: string,
    value: ExplainedField['value'],
    origin: Origin,
    catalogue: ExplainedField['value'],
    unit?: string,
    fixedBy?: string,
  ) => {
    const changed = JSON.stringify(value) !== JSON.stringify(catalogue);
    fields.push({
      field: name,
      value,
      ...(changed ? { catalogue } : {}),
      ...(unit ? { unit } : {}),
      ...(fixedBy ? { fixedBy } : {}),
      ...who(origin),
    });
  };
  field('title', r.title, p.title, src.title);
  field('obligation', r.obligation, p.obligation, src.obligation);
  field('verification', [...r.verification], p.verification, [...src.verification]);
  for (const [name, value] of r.parameters) {
    const def = src.parameters.get(name);
    const origin = p.parameters.get(name) ?? p.selected;
    field(`parameters.${name}`, value, origin, def?.default ?? value, def?.unit, def?.fixedBy);
  }
  field('statement', normaliseMarkdown(r.statement.markdown), p.statement, normaliseMarkdown(src.statement.markdown));
  const text = normaliseMarkdown(substituteInText(r.statement.markdown, r.parameters, src.parameters));
  return {
    status: 'present',
    spec,
    chain,
    requirement: id,
    title: r.title,
    selectedBy: who(p.selected),
    fields,
    text,
    history,
  };
}

function who(origin: Origin): { spec: string; justification: string | null } {
  return { spec: origin.spec, justification: origin.justification ?? null };
}

/** Every deviation of the chain that names the requirement, root first. */
function stepsFor(resolved: ResolvedSpec, id: string): ExplainedStep[] {
  const out: ExplainedStep[] = [];
  for (const s of resolved.chain) {
    for (const d of s.deviations) {
      if (d.requirement !== id) continue;
      out.push({ spec: s.id, action: d.kind, fields: fieldsOf(d), justification: d.justification ?? null });
    }
  }
  return out;
}

function fieldsOf(d: Deviation): string[] {
  if (d.kind !== 'set') return [];
  const c = d.changes;
  return [
    ...(c.obligation !== undefined ? [`obligation = ${c.obligation}`] : []),
    ...[...(c.parameters ?? [])].map(([k, v]) => `parameters.${k} = ${JSON.stringify(v)}`),
    ...(c.statement !== undefined ? ['statement'] : []),
    ...(c.verification !== undefined ? [`verification = ${c.verification.join(', ')}`] : []),
    ...(c.title !== undefined ? [`title = ${JSON.stringify(c.title)}`] : []),
  ];
}
