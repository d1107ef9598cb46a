import { detectLanguage } from '../../lib/language/language.js';
import { tokenise } from '../../lib/language/tokens.js';
import { ENGLISH } from '../../lib/language/words/index.js';

/** English function words a text must show before it counts as English rather than too short to tell. */
const ENGLISH_EVIDENCE = 3;

const englishStopWords = new Set(ENGLISH.stopWords.map((w) => w.toLowerCase()));

/**
 * The language of a replacement statement written as one plain text: the language its words show, else the
 * language of the spec that wrote it (a spec in Dutch may still replace a statement with English text).
 */
export function plainTextLanguage(text: string, specLanguage: string): string {
  const detected = detectLanguage(text).words.code;
  if (detected !== ENGLISH.code) return detected;
  const evidence = tokenise(text).filter((t) => englishStopWords.has(t.lower)).length;
  return evidence >= ENGLISH_EVIDENCE ? ENGLISH.code : specLanguage;
}
