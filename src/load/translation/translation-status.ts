import type { Requirement } from '../requirement/requirement.js';
import { isSourceLanguage } from '../../lib/language-tag.js';
import { sourceHash } from './source-hash.js';
import { findTranslation, type Translation, type TranslationSet } from './translation.js';

/**
 * Whether a requirement can be shown in a language: `source` (the language of the catalogue), `current` (a
 * translation made from today's source text), `stale` (made from an older text) or `missing`.
 */
export type TranslationStatus =
  | { status: 'source' }
  | { status: 'current'; translation: Translation }
  | { status: 'stale'; translation: Translation }
  | { status: 'missing' };

export function translationStatus(
  requirement: Requirement,
  lang: string,
  translations: TranslationSet,
): TranslationStatus {
  if (isSourceLanguage(lang)) return { status: 'source' };
  const translation = findTranslation(translations, requirement.id, lang);
  if (!translation) return { status: 'missing' };
  return translation.source === hashOf(requirement)
    ? { status: 'current', translation }
    : { status: 'stale', translation };
}

const hashes = new WeakMap<Requirement, string>();

/** The source hash of a requirement, computed once per parsed requirement. */
export function hashOf(requirement: Requirement): string {
  let hash = hashes.get(requirement);
  if (hash === undefined) {
    hash = sourceHash(requirement);
    hashes.set(requirement, hash);
  }
  return hash;
}
