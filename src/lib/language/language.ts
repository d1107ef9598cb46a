import { ENGLISH, LANGUAGES, type LanguageWords } from './words/index.js';
import { lowerCaseWords } from './tokens.js';

export interface DetectedLanguage {
  /** the words of the language; English when the text is short or ambiguous */
  words: LanguageWords;
}

/** stop word -> the indexes in LANGUAGES of the languages that use it */
const STOP_WORDS = new Map<string, number[]>();
LANGUAGES.forEach((l, index) => {
  for (const w of new Set(l.stopWords.map((s) => s.toLowerCase())))
    STOP_WORDS.set(w, [...(STOP_WORDS.get(w) ?? []), index]);
});
const NONE: readonly number[] = [];
const ENGLISH_INDEX = LANGUAGES.indexOf(ENGLISH);

/** Another language must show at least this many of its stop words, and clearly more than English does. */
const MIN_HITS = 3;
const LEAD_OVER_ENGLISH = 1.5;

/**
 * The language of a statement, from counts of each language's stop words. English is the default:
 * a short or ambiguous text is read as English, so only a text that is clearly in another language is not.
 */
export function detectLanguage(text: string): DetectedLanguage {
  const hits = new Array<number>(LANGUAGES.length).fill(0);
  for (const word of lowerCaseWords(text)) {
    for (const index of STOP_WORDS.get(word) ?? NONE) hits[index]!++;
  }
  const english = hits[ENGLISH_INDEX]!;
  let best: LanguageWords = ENGLISH;
  let bestHits = english;
  LANGUAGES.forEach((l, index) => {
    const h = hits[index]!;
    if (h > bestHits) {
      best = l;
      bestHits = h;
    }
  });
  if (best === ENGLISH || bestHits < MIN_HITS || bestHits < english * LEAD_OVER_ENGLISH) {
    return { words: ENGLISH };
  }
  return { words: best };
}
