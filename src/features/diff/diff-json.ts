import type { SpecDiff } from './diff-specs.js';

/** `diff --format json`: the fixed shape of DESIGN 2.1, keys in a fixed order. */
export function diffToJson(diff: SpecDiff): unknown {
  return {
    baseline: diff.baseline.spec.id,
    variant: diff.variant.spec.id,
    summary: { ...diff.summary },
    changes: diff.changes.map((c) => ({
      requirement: c.requirement,
      change: c.change,
      declaredIn: c.declaredIn,
      justification: c.justification,
      fields: c.fields.map((f) => ({ field: f.field, from: f.from, to: f.to, effect: f.effect })),
    })),
  };
}

export function renderDiffJson(diff: SpecDiff): string {
  return `${JSON.stringify(diffToJson(diff), null, 2)}\n`;
}
