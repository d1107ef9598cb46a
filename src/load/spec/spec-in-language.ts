import { type RawSpec, specFromRaw } from './parse-spec.js';
import type { Spec } from './spec.js';
import { specTextReader } from './spec-text-reader.js';

/**
 * The spec as its documents in another of its languages see it: the same spec with that language as its own and
 * every text it writes itself (title, authority, procurement title, award criteria, justifications, annex titles)
 * read in that language, falling back to the spec's first language where it gives none.
 */
export function specInLanguage(spec: Spec, language: string): Spec {
  if (spec.language === language) return spec;
  const { main } = spec.texts;
  const read = specFromRaw(
    spec.yaml.value as RawSpec,
    { path: spec.file, yaml: spec.yaml },
    specTextReader(language, main),
  );
  return { ...read.spec, ...(spec.languages ? { languages: spec.languages } : {}) };
}
