import type { Regime } from '../load/spec/spec.js';
import type { ResolvedSpec } from './resolved.js';

/** The regime a spec procures under: its own, else the nearest one up its chain; undefined when none states one. */
export function effectiveRegime(resolved: ResolvedSpec): Regime | undefined {
  for (let i = resolved.chain.length - 1; i >= 0; i--) {
    const regime = resolved.chain[i]!.regime;
    if (regime) return regime;
  }
  return undefined;
}
