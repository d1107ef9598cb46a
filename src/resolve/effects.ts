import {
  OBLIGATIONS,
  type Obligation,
  type Parameter,
  type ParameterValue,
  type Verification,
} from '../load/requirement/requirement.js';

/** What one changed field does to a bidder: demands more, demands less, or demands something else. */
export type Effect = 'stricter' | 'looser' | 'modified';

/** optional < recommended < mandatory */
export function obligationEffect(from: Obligation, to: Obligation): Effect | undefined {
  const a = OBLIGATIONS.indexOf(from);
  const b = OBLIGATIONS.indexOf(to);
  if (a === b) return undefined;
  return b > a ? 'stricter' : 'looser';
}

/**
 * A parameter's direction comes from its `stricter`: numbers by value, booleans false < true, enums by their
 * position in `values`. Strings, `stricter: none` and values that cannot be ordered are a modification.
 */
export function parameterEffect(
  parameter: Parameter | undefined,
  from: ParameterValue | undefined,
  to: ParameterValue | undefined,
): Effect | undefined {
  if (from === to) return undefined;
  if (!parameter || parameter.stricter === 'none' || from === undefined || to === undefined) return 'modified';
  const a = rank(parameter, from);
  const b = rank(parameter, to);
  if (a === undefined || b === undefined) return 'modified';
  if (a === b) return 'modified';
  const higher = b > a;
  return higher === (parameter.stricter === 'higher') ? 'stricter' : 'looser';
}

function rank(parameter: Parameter, value: ParameterValue): number | undefined {
  switch (parameter.type) {
    case 'number':
    case 'integer':
      return typeof value === 'number' ? value : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? Number(value) : undefined;
    case 'enum': {
      const i = (parameter.values ?? []).findIndex((v) => v === value || String(v) === String(value));
      return i < 0 ? undefined : i;
    }
    default:
      return undefined;
  }
}

/** More verification methods demand more evidence: a superset is stricter, a subset looser, anything else modified. */
export function verificationEffect(from: readonly Verification[], to: readonly Verification[]): Effect | undefined {
  const a = new Set(from);
  const b = new Set(to);
  const aInB = [...a].every((v) => b.has(v));
  const bInA = [...b].every((v) => a.has(v));
  if (aInB && bInA) return undefined;
  if (aInB) return 'stricter';
  if (bInA) return 'looser';
  return 'modified';
}

/** A requirement is stricter or looser only when every changed field points the same way. */
export function combineEffects(effects: readonly Effect[]): Effect | undefined {
  if (effects.length === 0) return undefined;
  const first = effects[0]!;
  return effects.every((e) => e === first) ? first : 'modified';
}
