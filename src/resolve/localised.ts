import type { LocalisedText } from '../load/spec/spec.js';

/** The text for a language: exact tag, then its primary subtag, then English, then the first given. */
export function pickLanguage(text: LocalisedText, language: string): { text: string; language: string | undefined } {
  if (typeof text === 'string') return { text, language: undefined };
  const primary = language.split('-')[0]!;
  for (const tag of [language, primary, 'en']) {
    if (Object.hasOwn(text, tag)) return { text: text[tag]!, language: tag };
  }
  const first = Object.keys(text).sort()[0]!;
  return { text: text[first]!, language: first };
}
