import { ENGLISH, LANGUAGES, type LanguageWords } from '../words/index.js';
import { tokenise } from './tokens.js';

export interface DetectedLanguage {
  /** the words of the language; English when the text is short or ambiguous */
  words: LanguageWords;
}

/** stop word -> the languages that use it */
const STOP_WORDS = new Map<string, string[]>();
for (const l of LANGUAGES) {
  for (const w of new Set(l.stopWords.map((s) => s.toLowerCase()))) STOP_WORDS.set(w, [...(STOP_WORDS.get(w) ?? []), l.code]);
}

/** Another language must show at least this many of its stop words, and clearly more than English does. */
const MIN_HITS = 3;
const LEAD_OVER_ENGLISH = 1.5;

/**
 * The language of a statement, from counts of each language's stop words. English is the default:
 * a short or ambiguous text is read as English, so only a text that is clearly in another language is not.
 */
export function detectLanguage(text: string): DetectedLanguage {
  const tokens = tokenise(text);
  const hits = new Map<string, number>();
  for (const t of tokens) {
    for (const code of STOP_WORDS.get(t.lower) ?? []) hits.set(code, (hits.get(code) ?? 0) + 1);
  }
  const english = hits.get(ENGLISH.code) ?? 0;
  let best: LanguageWords = ENGLISH;
  let bestHits = english;
  for (const l of LANGUAGES) {
    const h = hits.get(l.code) ?? 0;
    if (h > bestHits) {
      best = l;
      bestHits = h;
    }
  }
  if (best === ENGLISH || bestHits < MIN_HITS || bestHits < english * LEAD_OVER_ENGLISH) {
    return { words: ENGLISH };
  }
  return { words: best };
}
