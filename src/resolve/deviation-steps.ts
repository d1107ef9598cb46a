import type { Obligation, ParameterValue, Requirement, Verification } from '../load/requirement/requirement.js';
import { pickLanguage } from './localised.js';
import { rewriteModal } from './modal-verb.js';
import type { EffectiveRequirement, ResolvedSpec } from './resolved.js';
import type { Deviation, Spec } from '../load/spec/spec.js';
import type { Catalogue } from '../load/catalogue.js';
import { obligationEffect, parameterEffect, verificationEffect, type Effect } from './effects.js';
import { normaliseMarkdown } from '../lib/text/normalise-text.js';

/** The fields of a requirement that deviations change, at one moment of a spec's resolution. */
export interface FieldState {
  source: Requirement;
  title: string;
  obligation: Obligation;
  verification: Verification[];
  /** normalised Markdown */
  statement: string;
  parameters: Map<string, ParameterValue>;
  /** the parent's effective requirement, with its provenance and history; undefined when this spec added it */
  inherited: EffectiveRequirement | undefined;
}

/** One deviation of a spec with its requirement just before and just after it. */
export interface DeviationStep {
  deviation: Deviation;
  before: FieldState | undefined;
  after: FieldState | undefined;
}

const indexes = new WeakMap<ResolvedSpec, Map<string, EffectiveRequirement>>();

/** A resolved spec's requirements by id, built once: several rules replay every spec's deviations. */
export function requirementIndex(resolved: ResolvedSpec): Map<string, EffectiveRequirement> {
  let index = indexes.get(resolved);
  if (!index) {
    index = new Map(resolved.requirements.map((r) => [r.id, r]));
    indexes.set(resolved, index);
  }
  return index;
}

/**
 * Replays a spec's deviations on its parent's resolution, one at a time, so that rules can judge each deviation
 * against the state it was applied to. Deviations the resolver rejected (unknown targets) get no states.
 */
export function deviationSteps(spec: Spec, parent: ResolvedSpec | undefined, catalogue: Catalogue): DeviationStep[] {
  const states = new Map<string, FieldState>();
  const gone = new Set<string>();
  const current = (id: string): FieldState | undefined => {
    if (gone.has(id)) return undefined;
    const known = states.get(id);
    if (known) return known;
    const inherited = parent ? requirementIndex(parent).get(id) : undefined;
    if (!inherited) return undefined;
    const state = fromEffective(inherited);
    states.set(id, state);
    return state;
  };
  return spec.deviations.map((deviation) => {
    const id = deviation.requirement;
    const before = current(id);
    if (deviation.kind === 'remove') {
      if (before) gone.add(id);
      return { deviation, before, after: undefined };
    }
    if (deviation.kind === 'add') {
      const source = catalogue.requirements.get(id);
      if (before || !source) return { deviation, before, after: before };
      gone.delete(id);
      const added = fromSource(source);
      states.set(id, added);
      return { deviation, before: undefined, after: added };
    }
    if (!before) return { deviation, before, after: undefined };
    const after = applySet(before, deviation, spec.language);
    states.set(id, after);
    return { deviation, before, after };
  });
}

/** A requirement's fields as they stand in a resolved spec. */
export function fromEffective(r: EffectiveRequirement): FieldState {
  return {
    source: r.source,
    title: r.title,
    obligation: r.obligation,
    verification: [...r.verification],
    statement: normaliseMarkdown(r.statement.markdown),
    parameters: new Map(r.parameters),
    inherited: r,
  };
}

/** A requirement's fields as the catalogue writes them (parameters at their defaults). */
export function fromSource(source: Requirement): FieldState {
  return {
    source,
    title: source.title,
    obligation: source.obligation,
    verification: [...source.verification],
    statement: normaliseMarkdown(source.statement.markdown),
    parameters: new Map([...source.parameters].map(([k, p]) => [k, p.default])),
    inherited: undefined,
  };
}

function applySet(state: FieldState, d: Extract<Deviation, { kind: 'set' }>, language: string): FieldState {
  const c = d.changes;
  const next: FieldState = { ...state, verification: [...state.verification], parameters: new Map(state.parameters) };
  if (c.title !== undefined) next.title = c.title;
  if (c.obligation !== undefined) {
    if (c.statement === undefined)
      next.statement = normaliseMarkdown(
        rewriteModal(state.statement, state.obligation, c.obligation) ?? state.statement,
      );
    next.obligation = c.obligation;
  }
  if (c.verification !== undefined) next.verification = [...c.verification];
  if (c.statement !== undefined) next.statement = normaliseMarkdown(pickLanguage(c.statement, language).text);
  for (const [name, value] of c.parameters ?? [])
    if (state.source.parameters.has(name)) next.parameters.set(name, value);
  return next;
}

/** A field that one `set` deviation names, with its value before and after, and what the change does. */
export interface SetField {
  field: string;
  /** the path of the value in the spec's YAML */
  path: Array<string | number>;
  before: unknown;
  after: unknown;
  /** undefined when the value does not change */
  effect: Effect | undefined;
}

/** Every field a `set` deviation names, compared with the state it was applied to. */
export function setFields(step: DeviationStep): SetField[] {
  const { deviation: d, before, after } = step;
  if (d.kind !== 'set' || !before || !after) return [];
  const at = (...rest: Array<string | number>) => ['deviations', d.index, 'set', ...rest];
  const out: SetField[] = [];
  const c = d.changes;
  if (c.obligation !== undefined)
    out.push({
      field: 'obligation',
      path: at('obligation'),
      before: before.obligation,
      after: after.obligation,
      effect: obligationEffect(before.obligation, after.obligation),
    });
  for (const [name] of c.parameters ?? []) {
    if (!before.source.parameters.has(name)) continue;
    const from = before.parameters.get(name);
    const to = after.parameters.get(name);
    out.push({
      field: `parameters.${name}`,
      path: at('parameters', name),
      before: from,
      after: to,
      effect: parameterEffect(before.source.parameters.get(name), from, to),
    });
  }
  if (c.statement !== undefined)
    out.push({
      field: 'statement',
      path: at('statement'),
      before: before.statement,
      after: after.statement,
      effect: before.statement === after.statement ? undefined : 'modified',
    });
  if (c.verification !== undefined)
    out.push({
      field: 'verification',
      path: at('verification'),
      before: before.verification,
      after: after.verification,
      effect: verificationEffect(before.verification, after.verification),
    });
  if (c.title !== undefined)
    out.push({
      field: 'title',
      path: at('title'),
      before: before.title,
      after: after.title,
      effect: before.title.trim() === after.title.trim() ? undefined : 'modified',
    });
  return out;
}

/** "5", "\"1.3\"", "test, demonstration", or a short quote of a text. */
export function showValue(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'string')
    return value.length > 60 ? JSON.stringify(`${value.slice(0, 57)}...`) : JSON.stringify(value);
  return String(value);
}

/** A spec that extends another, with the replay of its deviations. */
export interface VariantSteps {
  spec: Spec;
  steps: DeviationStep[];
}

const replays = new WeakMap<ReadonlyMap<string, ResolvedSpec>, VariantSteps[]>();

/**
 * Every spec that extends a resolved parent, with its deviations replayed once per resolution: several lint rules
 * judge the same steps, and each replay walks every deviation of every variant.
 */
export function variantSteps(catalogue: Catalogue, resolved: ReadonlyMap<string, ResolvedSpec>): VariantSteps[] {
  let out = replays.get(resolved);
  if (out) return out;
  out = [];
  for (const spec of catalogue.specs.values()) {
    if (spec.extends === undefined) continue;
    const parent = resolved.get(spec.extends);
    if (parent) out.push({ spec, steps: deviationSteps(spec, parent, catalogue) });
  }
  replays.set(resolved, out);
  return out;
}
