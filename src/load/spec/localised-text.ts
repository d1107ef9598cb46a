/**
 * A text a spec writes itself (DESIGN 2.5): one string, in the spec's first language, or one string per language
 * of the spec (`{ nl: …, fr: …, de: … }`).
 */
export type LocalisedText = string | Record<string, string>;

/** The languages a text is written in: its keys, or for one string the spec's first language. */
export function languagesOfText(text: LocalisedText, mainLanguage: string): string[] {
  return typeof text === 'string' ? [mainLanguage] : Object.keys(text);
}

/**
 * The text in a language: its own string (exact tag, then the primary subtag), else the text in the spec's first
 * language, else the first one given. `language` is the one the returned string is written in.
 */
export function textIn(
  text: LocalisedText,
  language: string,
  mainLanguage: string,
): { text: string; language: string } {
  if (typeof text === 'string') return { text, language: mainLanguage };
  const primary = language.split('-')[0]!;
  for (const tag of [language, primary, mainLanguage, mainLanguage.split('-')[0]!]) {
    if (Object.hasOwn(text, tag)) return { text: text[tag]!, language: tag };
  }
  const first = Object.keys(text)[0]!;
  return { text: text[first]!, language: first };
}

/** Whether a text has its own string in a language (a single string is in the spec's first language only). */
export function hasTextIn(text: LocalisedText, language: string, mainLanguage: string): boolean {
  if (typeof text === 'string') return language === mainLanguage;
  return Object.hasOwn(text, language) || Object.hasOwn(text, language.split('-')[0]!);
}
