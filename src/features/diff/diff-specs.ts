import type { Requirement } from '../../load/requirement/requirement.js';
import type { EffectiveRequirement, Origin, ResolvedSpec } from '../../resolve/resolved.js';
import { compareIds } from '../../lib/text/order.js';
import { compareRequirements, type Explain, type FieldChange } from './compare-requirements.js';
export type { Explain, FieldChange } from './compare-requirements.js';
import { combineEffects } from '../../resolve/effects.js';

export type ChangeKind = 'added' | 'removed' | 'stricter' | 'looser' | 'modified';

/** How one requirement of the variant departs from the baseline. */
export interface RequirementChange {
  requirement: string;
  change: ChangeKind;
  /** the lowest spec whose deviation makes the difference */
  declaredIn: string;
  /** its justification; when several specs contributed, each one's, highest level first, as "spec: text / spec: text" */
  justification: string | null;
  /** changed fields; empty for added and removed requirements */
  fields: FieldChange[];
}

/** One requirement of either spec, in document order, with both sides. */
export interface DiffEntry {
  id: string;
  source: Requirement;
  baseline: EffectiveRequirement | undefined;
  variant: EffectiveRequirement | undefined;
  change: RequirementChange | undefined;
  /** how the texts of a report in another language write numbers (set by `localiseDiff`) */
  locale?: string;
}

export interface DiffSummary {
  /** requirements in either spec: unchanged plus every change (the baseline has total - added) */
  total: number;
  unchanged: number;
  added: number;
  removed: number;
  stricter: number;
  looser: number;
  modified: number;
  /** share of the baseline's requirements that the variant keeps unchanged, 4 decimals */
  harmonisation: number;
}

export interface SpecDiff {
  baseline: ResolvedSpec;
  variant: ResolvedSpec;
  summary: DiffSummary;
  changes: RequirementChange[];
  entries: DiffEntry[];
  /** the origin that explains a difference between a baseline value and a variant value */
  explain: Explain;
}

export interface DiffOptions {
  /** domain ids in document order (tenderkit.yaml); requirements sort by domain, then id */
  domains?: readonly string[];
  /**
   * requirements of both specs that were left out of `baseline` and `variant` because they are known to be the
   * same on both sides: they count as unchanged (and in the baseline's size) without being compared
   */
  alsoUnchanged?: number;
}

/** Every difference of `variant` from `baseline`: any two resolved specs, chains of any depth. Pure. */
export function diffSpecs(baseline: ResolvedSpec, variant: ResolvedSpec, options: DiffOptions = {}): SpecDiff {
  const common = new Set(baseline.chain.map((s) => s.id).filter((id) => variant.chain.some((s) => s.id === id)));
  // A value set inside the shared ancestry is the same on both sides, so the side whose origin lies outside it explains a difference.
  const explain: Explain = (b, v) => (common.has(v.spec) ? b : v);
  const rank = chainRank(variant, baseline);

  const before = new Map(baseline.requirements.map((r) => [r.id, r]));
  const after = new Map(variant.requirements.map((r) => [r.id, r]));
  const ids = [...new Set([...before.keys(), ...after.keys()])];
  const sources = new Map([...baseline.requirements, ...variant.requirements].map((r) => [r.id, r.source]));
  const domainRank = new Map((options.domains ?? []).map((d, i) => [d, i]));
  const domainOf = (id: string) => sources.get(id)!.domain;
  ids.sort((a, b) => {
    const da = domainRank.get(domainOf(a)) ?? domainRank.size;
    const db = domainRank.get(domainOf(b)) ?? domainRank.size;
    return da - db || (da === domainRank.size ? domainOf(a).localeCompare(domainOf(b)) : 0) || compareIds(a, b);
  });

  const entries: DiffEntry[] = [];
  for (const id of ids) {
    const b = before.get(id);
    const v = after.get(id);
    let change: RequirementChange | undefined;
    if (b && v) {
      const fields = compareRequirements(b, v, explain);
      const effect = combineEffects(fields.map((f) => f.effect));
      if (effect)
        change = {
          requirement: id,
          change: effect,
          ...declaration(
            fields.map((f) => f.origin),
            rank,
          ),
          fields,
        };
    } else if (v) {
      const origin = firstOutside(common, [v.provenance.selected, baseline.removed.find((r) => r.id === id)?.by]) ?? {
        spec: variant.chain[0]!.id,
      };
      change = { requirement: id, change: 'added', ...declaration([origin], rank), fields: [] };
    } else if (b) {
      const origin = firstOutside(common, [variant.removed.find((r) => r.id === id)?.by, b.provenance.selected]) ?? {
        spec: variant.chain[0]!.id,
      };
      change = { requirement: id, change: 'removed', ...declaration([origin], rank), fields: [] };
    }
    entries.push({ id, source: sources.get(id)!, baseline: b, variant: v, change });
  }

  const changes = entries.flatMap((e) => (e.change ? [e.change] : []));
  const count = (kind: ChangeKind) => changes.filter((c) => c.change === kind).length;
  const left = options.alsoUnchanged ?? 0;
  const unchanged = entries.length - changes.length + left;
  const baselineSize = baseline.requirements.length + left;
  const summary: DiffSummary = {
    total: entries.length + left,
    unchanged,
    added: count('added'),
    removed: count('removed'),
    stricter: count('stricter'),
    looser: count('looser'),
    modified: count('modified'),
    harmonisation: baselineSize === 0 ? 1 : round4(unchanged / baselineSize),
  };
  return { baseline, variant, summary, changes, entries, explain };
}

export function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

function firstOutside(common: Set<string>, origins: Array<Origin | undefined>): Origin | undefined {
  return origins.find((o): o is Origin => o !== undefined && !common.has(o.spec));
}

/** Lower levels rank higher: the variant's own spec first, then its ancestors, then the baseline's chain. */
function chainRank(variant: ResolvedSpec, baseline: ResolvedSpec): (spec: string) => number {
  const order = [...variant.chain.map((s) => s.id).reverse(), ...baseline.chain.map((s) => s.id).reverse()];
  return (spec) => {
    const i = order.indexOf(spec);
    return i < 0 ? order.length : i;
  };
}

/**
 * The spec that declared a change (the lowest level that contributed) and the justification an auditor reads:
 * one spec's own words, or every contributing spec's, highest level first, when several levels built the change.
 */
function declaration(
  origins: readonly Origin[],
  rank: (spec: string) => number,
): { declaredIn: string; justification: string | null } {
  const bySpec = new Map<string, Set<string>>();
  for (const o of [...origins].sort((a, b) => rank(b.spec) - rank(a.spec))) {
    const set = bySpec.get(o.spec) ?? new Set<string>();
    if (o.justification) set.add(o.justification.trim());
    bySpec.set(o.spec, set);
  }
  const specs = [...bySpec.keys()];
  const declaredIn = specs[specs.length - 1]!;
  const said = specs.filter((s) => bySpec.get(s)!.size > 0);
  if (said.length === 0) return { declaredIn, justification: null };
  if (specs.length === 1) return { declaredIn, justification: [...bySpec.get(declaredIn)!].join(' / ') };
  return { declaredIn, justification: said.map((s) => `${s}: ${[...bySpec.get(s)!].join(' / ')}`).join(' / ') };
}
