import { specInLanguage } from '../load/spec/spec.js';
import type { ResolvedSpec } from './resolved.js';

/** A resolved spec as its documents in one of its languages see it: the same requirements, that language as the spec's. */
export function resolvedInLanguage(resolved: ResolvedSpec, language: string): ResolvedSpec {
  return resolved.spec.language === language
    ? resolved
    : { ...resolved, spec: specInLanguage(resolved.spec, language) };
}
