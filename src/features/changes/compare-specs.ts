import { isDeepStrictEqual } from 'node:util';
import type { Deviation, Spec } from '../../load/spec/spec.js';
import type { DeviationDelta, SpecDelta } from './model.js';

type Raw = Record<string, unknown>;

/**
 * How a spec differs between two revisions: its top-level fields (title, award, ...) and its deviations. A
 * deviation is known by its requirement (and, for several on one requirement, by their order); a changed one names
 * the keys that differ, a new review stamp included.
 */
export function compareSpec(before: Spec, after: Spec): SpecDelta | undefined {
  const a = rawOf(before);
  const b = rawOf(after);
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
    (k) => k !== 'deviations' && !isDeepStrictEqual(a[k], b[k]),
  );
  const deviations = compareDeviations(before, after);
  if (fields.length === 0 && deviations.length === 0) return undefined;
  return { id: after.id, change: 'modified', fields, deviations, before, after };
}

function compareDeviations(before: Spec, after: Spec): DeviationDelta[] {
  const old = keyed(before);
  const now = keyed(after);
  const out: DeviationDelta[] = [];
  for (const [key, d] of now) {
    const was = old.get(key);
    if (!was) {
      out.push({ requirement: d.requirement, change: 'added', fields: [], before: undefined, after: d });
      continue;
    }
    const fields = differingKeys(rawDeviation(before, was), rawDeviation(after, d));
    if (fields.length > 0) out.push({ requirement: d.requirement, change: 'modified', fields, before: was, after: d });
  }
  for (const [key, d] of old)
    if (!now.has(key))
      out.push({ requirement: d.requirement, change: 'removed', fields: [], before: d, after: undefined });
  return out;
}

/** Deviations by "<requirement>#<n>": the n-th deviation of the spec on that requirement. */
function keyed(spec: Spec): Map<string, Deviation> {
  const seen = new Map<string, number>();
  const out = new Map<string, Deviation>();
  for (const d of spec.deviations) {
    const n = (seen.get(d.requirement) ?? 0) + 1;
    seen.set(d.requirement, n);
    out.set(`${d.requirement}#${n}`, d);
  }
  return out;
}

function rawOf(spec: Spec): Raw {
  const value = spec.yaml.value;
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : {};
}

function rawDeviation(spec: Spec, d: Deviation): Raw {
  const list = rawOf(spec)['deviations'];
  const item = Array.isArray(list) ? list[d.index] : undefined;
  return item && typeof item === 'object' ? (item as Raw) : {};
}

/** The keys (dotted below `set`) whose values differ. */
function differingKeys(a: Raw, b: Raw, prefix = ''): string[] {
  const out: string[] = [];
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[key];
    const y = b[key];
    if (isDeepStrictEqual(x, y)) continue;
    const nested = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);
    if ((key === 'set' || key === 'parameters') && nested(x) && nested(y))
      out.push(...differingKeys(x as Raw, y as Raw, `${prefix}${key}.`));
    else out.push(`${prefix}${key}`);
  }
  return out;
}
