import { escapeRegExp } from '../../lib/text/escape-reg-exp.js';

/** Where a phrase of a word list occurs in a text. */
export interface PhraseMatch {
  phrase: string;
  /** the text as written */
  found: string;
  offset: number;
}

interface Compiled {
  re: RegExp;
  /** normalised text of a match -> the phrase as listed */
  phrases: Map<string, string>;
}

const cache = new WeakMap<readonly string[], { sensitive?: Compiled; insensitive?: Compiled }>();

/** Letters, digits, "-" and "/" around a match would make it part of a longer word ("breakfast", "non-EU", "EU/EEA"). */
const BEFORE = '(?<![\\p{L}\\p{N}\\-/])';
const AFTER = '(?![\\p{L}\\p{N}\\-/]|\\.[\\p{L}\\p{N}])';

/** A whole-word pattern for a phrase; spaces in the phrase match any run of white space (phrases wrap lines). */
export function phrasePattern(phrase: string): string {
  return escapeRegExp(phrase).replace(/\s+/g, '\\s+').replace(/'/g, "['’]");
}

/** Alternatives longest first, so "state of the art" wins over "art" and "EU/EEA" over "EU". */
export function alternatives(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map(phrasePattern)
    .join('|');
}

function compiled(phrases: readonly string[], caseSensitive: boolean): Compiled {
  let entry = cache.get(phrases);
  if (!entry) cache.set(phrases, (entry = {}));
  const slot = caseSensitive ? 'sensitive' : 'insensitive';
  return (entry[slot] ??= {
    re: new RegExp(`${BEFORE}(?:${alternatives(phrases)})${AFTER}`, caseSensitive ? 'gu' : 'giu'),
    phrases: new Map(phrases.map((p) => [normalise(p), p])),
  });
}

/** Every occurrence of any of the phrases, as whole words, in text order. Word lists are compiled once per list. */
export function findPhrases(
  text: string,
  phrases: readonly string[],
  options: { caseSensitive?: boolean } = {},
): PhraseMatch[] {
  if (phrases.length === 0) return [];
  const { re, phrases: byText } = compiled(phrases, options.caseSensitive ?? false);
  const out: PhraseMatch[] = [];
  for (const m of allMatches(re, text)) {
    out.push({ phrase: byText.get(normalise(m[0])) ?? m[0], found: m[0], offset: m.index });
  }
  return out;
}

/**
 * The matches of a global pattern, as `text.matchAll(pattern)` finds them, without the copy of the pattern
 * that matchAll makes on every call: lint runs each word list over every statement.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    out.push(m);
    if (m[0] === '') pattern.lastIndex++; // an empty match would be found again at the same place
  }
  return out;
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
}
